import { describe, expect, it } from 'vitest';
import { listOrder, type ListItem, type ListSort } from './listing';
import { mergePages, pagedTotal, type LayerPages } from './pagedList';

const item = (layer: string, id: string, date: string | null, name: string, kind = 'x'): ListItem => ({
	id,
	layer,
	name_en: name,
	name_ar: null,
	date,
	date_precision: date ? 'day' : null,
	date_from: date,
	date_to: date,
	kind,
	source_count: null,
	outlets: null
});

// Two layers as a server holds them: every row, each layer sorted by the listing's order.
const incidents = Array.from({ length: 7 }, (_, i) => item('incidents', `i${i}`, `2024-0${1 + (i % 5)}-1${i}`, `Incident ${String.fromCharCode(70 - i)}`, i % 2 ? 'clash' : 'arrest'));
const places = Array.from({ length: 5 }, (_, i) => item('places', `p${i}`, null, `Place ${String.fromCharCode(65 + ((i * 3) % 5))}`, 'town'));
const layers = ['places', 'incidents'];

/** The whole order in one sort (what the pages merged must give), ties by layer order. */
function whole(sort: ListSort): string[] {
	const o = listOrder(sort);
	const all = [...places.map((x) => ({ item: x, ord: 0 })), ...incidents.map((x) => ({ item: x, ord: 1 }))];
	return all.sort(o).map((x) => x.item.id);
}

/** A layer's rows sorted by the server, paged `size` at a time. */
const sorted = (rows: ListItem[], sort: ListSort, l: number) =>
	rows
		.map((x) => ({ item: x, ord: l }))
		.sort(listOrder(sort))
		.map((x) => x.item);

describe('mergePages', () => {
	for (const sort of ['date', 'name', 'kind'] as const)
		it(`asking the blocked layers page by page gives the whole ${sort} order`, () => {
			expect.hasAssertions();
			const all = { places: sorted(places, sort, 0), incidents: sorted(incidents, sort, 1) };
			let pages: Record<string, LayerPages | undefined> = {};
			let merged = mergePages(layers, pages, sort);
			expect(merged).toEqual({ rows: [], blocked: layers });
			for (let step = 0; merged.blocked.length && step < 20; step++) {
				const next = { ...pages };
				for (const l of merged.blocked) {
					const had = next[l]?.items ?? [];
					next[l] = { items: [...had, ...all[l as keyof typeof all].slice(had.length, had.length + 2)], total: all[l as keyof typeof all].length };
				}
				pages = next;
				const now = mergePages(layers, pages, sort);
				// What is certain stays certain: each merge extends the last.
				expect(now.rows.slice(0, merged.rows.length).map((r) => r.id)).toEqual(merged.rows.map((r) => r.id));
				merged = now;
			}
			expect(merged.rows.map((r) => r.id)).toEqual(whole(sort));
			expect(pagedTotal(layers, pages)).toBe(places.length + incidents.length);
		});

	it('a layer not asked yet holds the total back', () => {
		expect(pagedTotal(layers, { places: { items: [], total: 0 } })).toBeNull();
	});
});
