/**
 * Search over the real atlas: every spelling of the shared table finds its place first; dates,
 * actors and outlets find incidents and articles. Plus ranking rules on a small invented index.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { getAtlas } from '$lib/server/atlas';
import { buildIndex, groupHits, search } from './engine';
import { articleDocs, incidentDocs, placeDocs, placeNamesById, userDocs, type SearchDoc } from './documents';
import { SPELLINGS } from '../../../tests/fixtures/search/spellings';

const atlas = getAtlas();
const places = ['places', 'areas', 'lines', 'countries'].flatMap((l) => placeDocs(atlas.layers.get(l as 'places')!));
const incidents = atlas.layers.get('incidents')!;
const index = buildIndex([
	...places,
	...incidentDocs(incidents, placeNamesById(places)),
	...articleDocs([...atlas.articles.values()].map((a) => ({ id: a.id, meta: a.meta })))
]);
const nextMonth = (m: string) => {
	const [y, mo] = m.split('-').map(Number);
	return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};
const top = (q: string) => search(index, q)[0]?.doc.id;
const ids = (q: string) => search(index, q).map((h) => h.doc.id);

describe('every spelling in the table finds its place first', () => {
	for (const row of SPELLINGS) {
		it(row.id, () => {
			expect(places.some((p) => p.target.kind === 'place' && p.target.id === row.id), `${row.id} is on the map`).toBe(true);
			for (const s of row.spellings) expect(top(s), JSON.stringify(s)).toBe(`place:${row.id}`);
		});
	}
	it('the table is wide: at least 15 places, 5 spellings each, Latin and Arabic', () => {
		expect(SPELLINGS.length).toBeGreaterThanOrEqual(15);
		for (const row of SPELLINGS.filter((r) => r.spellings.length < 5)) expect(row.spellings.length, row.id).toBeGreaterThanOrEqual(5);
		for (const row of SPELLINGS.slice(0, 15)) {
			expect(row.spellings.some((s) => /[\u0600-\u06FF]/.test(s)), row.id).toBe(true);
			expect(row.spellings.some((s) => /[a-z]/i.test(s)), row.id).toBe(true);
		}
		for (const row of SPELLINGS) for (const s of row.e2e) expect(row.spellings, row.id).toContain(s);
	});
});

describe('ranking', () => {
	it('a place named exactly comes before the lines and incidents that mention it', () => {
		expect(ids('Kirkuk')[0]).toBe('place:kirkuk');
		expect(ids('Kirkuk')).toContain('place:kirkuk-baniyas-pipeline');
		expect(ids('Qamishli').slice(0, 2)).toEqual(['place:qamishli', 'place:qamishli-countryside']);
		expect(ids('Baghdad')[0]).toBe('place:baghdad');
		const inBaghdad = incidents.features.filter((f) => f.properties!.place_ids.includes('baghdad')).map((f) => `incident:${f.id}`);
		expect(ids('Baghdad')).toEqual(expect.arrayContaining(inBaghdad));
	});
	it('every word counts: two names find the line joining them, not each place', () => {
		expect(ids('Kirkuk Baniyas')).toEqual(['place:kirkuk-baniyas-pipeline']);
		expect(ids('Kirkuk Ceyhan')[0]).toBe('place:kirkuk-ceyhan-pipeline');
	});
	it('a prefix finds what is being typed', () => {
		expect(top('Qami')).toBe('place:qamishli');
		expect(top('Deir ez')).toBe('place:deir-ez-zor');
		expect(top('البوك')).toBe('place:albu-kamal');
	});
	it('says which key of the whole name matched: as typed, folded or phonetic', () => {
		expect(search(index, 'Qamishli')[0].found).toMatchObject({ key: 'name', match: 'exact', via: 'exact' });
		expect(search(index, 'Alqamishli')[0].found).toMatchObject({ key: 'name', via: 'fold' });
		expect(search(index, 'Kamechli')[0].found).toMatchObject({ key: 'name', via: 'sound' });
		expect(search(index, 'Qamishlo')[0].found).toMatchObject({ key: 'name', match: 'fuzzy' });
	});
	it('finds nothing for nonsense', () => {
		expect(search(index, 'xqzvw')).toEqual([]);
		expect(search(index, '   ')).toEqual([]);
	});
});

describe('incidents', () => {
	const octIds = incidents.features.filter((f) => f.properties!.date_from <= '2025-10-31' && f.properties!.date_to >= '2025-10-01').map((f) => `incident:${f.id}`);
	it('by month and year, however written', () => {
		expect(octIds.length).toBeGreaterThan(0);
		for (const q of ['Oct 2025', 'October 2025', '2025-10', 'أكتوبر 2025', 'تشرين الأول 2025', 'oct 2025']) {
			const found = ids(q).filter((id) => id.startsWith('incident:'));
			expect(found.sort(), q).toEqual([...octIds].sort());
		}
	});
	it('a month finds incidents only of that month; a span covers each of its months', () => {
		// Every month some incident touches, named in English: the incidents whose days overlap it.
		const months = new Set<string>();
		for (const f of incidents.features)
			for (let m = f.properties!.date_from.slice(0, 7); m <= f.properties!.date_to.slice(0, 7); m = nextMonth(m)) months.add(m);
		expect(months.size).toBeGreaterThan(0);
		for (const m of months) {
			const q = `${new Date(`${m}-01T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${m.slice(0, 4)}`;
			const expected = incidents.features.filter((f) => f.properties!.date_from.slice(0, 7) <= m && f.properties!.date_to.slice(0, 7) >= m).map((f) => `incident:${f.id}`);
			expect(ids(q).filter((id) => id.startsWith('incident:')).sort(), q).toEqual(expected.sort());
		}
	});
	it('by its title first, and by each of its actors, in either script', () => {
		expect(incidents.features.length).toBeGreaterThan(0);
		for (const f of incidents.features) {
			const p = f.properties!;
			expect(top(p.title_en), p.title_en).toBe(`incident:${f.id}`);
			for (const actor of p.actors as string[]) {
				// "Syrian Democratic Forces (SDF, قسد)": the name before the brackets, and the Arabic inside them.
				const names = [actor.split('(')[0].trim(), ...(actor.match(/[\u0600-\u06FF][\u0600-\u06FF ]*/g) ?? []).map((a) => a.trim())];
				for (const q of names) expect(ids(q), q).toContain(`incident:${f.id}`);
			}
		}
	});
});

describe('articles', () => {
	const byOutlet = (o: string) => [...atlas.articles.values()].filter((a) => [a.meta.outlet_en.value, a.meta.outlet_ar.value].includes(o)).map((a) => `article:${a.id}`);
	it('by outlet, in English or Arabic, spelt loosely', () => {
		const shafaq = byOutlet('Shafaq News');
		expect(shafaq.length).toBeGreaterThan(0);
		for (const q of ['Shafaq News', 'شفق نيوز', 'Shafak', 'shafaq']) expect(ids(q).filter((id) => id.startsWith('article:')), q).toEqual(shafaq);
	});
	it('by the agency an article relays, and by headline', () => {
		const relaying = [...atlas.articles.values()].filter((a) => a.meta.reported_via.value);
		expect(relaying.length).toBeGreaterThan(0);
		// "Monte Carlo Doualiya radio (إذاعة مونت كارلو الدولية), citing …": the name before the brackets.
		for (const a of relaying) expect(ids(a.meta.reported_via.value!.split(/[(,;]/)[0].trim()), a.id).toContain(`article:${a.id}`);
		const withHeadline = [...atlas.articles.values()].find((a) => a.meta.headline_en)!;
		expect(ids(withHeadline.meta.headline_en!)[0]).toBe(`article:${withHeadline.id}`);
		expect(ids(withHeadline.meta.headline_ar.value!)[0]).toBe(`article:${withHeadline.id}`);
	});
});

describe('rules on an invented index', () => {
	const doc = (id: string, names: string[], forms: string[] = []): SearchDoc => ({
		id: `place:${id}`,
		group: 'place',
		target: { kind: 'place', id },
		title: names[0],
		titleAr: null,
		detail: {},
		names,
		forms
	});
	const small = buildIndex([doc('homs', ['Homs', 'حمص']), doc('hama', ['Hama', 'حماة']), doc('hol', ['al-Hol', 'الهول']), doc('rawa', ['Rawa', 'راوة'])]);
	it('an exact name beats a fuzzy neighbour', () => {
		expect(search(small, 'Hama')[0].doc.id).toBe('place:hama');
		expect(search(small, 'Homs')[0].doc.id).toBe('place:homs');
		expect(search(small, 'Hama')[0].score).toBeGreaterThan(search(small, 'Hama').find((h) => h.doc.id !== 'place:hama')?.score ?? 0);
	});
	it('says which key found it', () => {
		expect(search(small, 'Homs')[0].found).toMatchObject({ key: 'name', match: 'exact' });
		expect(search(small, 'Hawl')[0]).toMatchObject({ doc: { id: 'place:hol' } });
		expect(search(small, 'Hawl')[0].found.key).toMatch(/sound|skel|name|core/);
		expect(search(small, 'حماه')[0].doc.id).toBe('place:hama');
	});
	it('user features are found by their text properties and grouped apart', () => {
		const fc: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [40, 34] }, properties: { name: 'Checkpoint Alpha', note: 'near Rawa' } },
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [41, 34] }, properties: { label: 'Well 7' } }
			]
		};
		const user = buildIndex(userDocs(fc.features.map((feature, index) => ({ layer: { id: 'user-1', name: 'My points' }, index, feature, day: null }))));
		const hits = search([small, user], 'Rawa');
		expect(hits.map((h) => h.doc.id)).toEqual(['place:rawa', 'user:user-1:0']);
		expect(groupHits(hits).map((g) => g.group)).toEqual(['place', 'user']);
		expect(search([small, user], 'checkpint alpha')[0].doc).toMatchObject({ title: 'Checkpoint Alpha', target: { kind: 'user', layerId: 'user-1', index: 0 } });
	});
});
