/**
 * The rest of the database backend answers as the files do (beside db-backends.spec.ts, which
 * compares the exports byte for byte): the list page, the timeline, the filter counts and the
 * panels. The same generated queries — seeded random windows whose ends fall on the data's own
 * dates (so an event's first or last day equals a bound), the data's types and actors, near
 * targets at random distances — are asked of the routes with DATABASE_URL set and of the files
 * backend's functions over the same fixture atlas; the answers must be deep-equal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '$lib/atlas/build';
import { facetValues } from '$lib/explore/facets';
import { filtersOf, parseQueryStrict } from '$lib/explore/query';
import { listPage } from '$lib/explore/listing';
import { filesFacets, filesList, filesTimeline } from '$lib/server/layerAnswers';
import { incidentBody, placeBody } from '$lib/server/featureApi';
import { closePool } from '$lib/server/db/pool';
import { GET as listGet } from '../../../src/routes/api/layers/[id]/list/+server';
import { GET as timelineGet } from '../../../src/routes/api/layers/[id]/timeline/+server';
import { GET as facetsGet } from '../../../src/routes/api/layers/[id]/facets/+server';
import { GET as incidentGet } from '../../../src/routes/api/incidents/[id]/+server';
import { GET as placeGet } from '../../../src/routes/api/places/[id]/+server';
import { rng } from '../../seeded';
import { loadFixtureAtlas, requireDb, TEST_DB_URL, withDatabase } from './db';

let atlas: Atlas;

beforeAll(async () => {
	await requireDb();
	atlas = await loadFixtureAtlas();
}, 60_000);
afterAll(() => closePool());

type Get = (e: never) => Response | Promise<Response>;
async function dbJson(get: Get, id: string, qs: string): Promise<{ status: number; body: unknown }> {
	const url = new URL(`http://localhost/x?${qs}`);
	return withDatabase(TEST_DB_URL, async () => {
		const res = await get({ params: { id }, url, request: new Request(url) } as never);
		return { status: res.status, body: await res.json() };
	});
}

/** Seeded queries from the data's own values: windows on its dates, its types and actors, near targets. */
function generated(seed: number, n: number): string[] {
	const r = rng(seed);
	const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
	const events = atlas.layers.get('incidents')!.features;
	const days = [...new Set(events.flatMap((f) => [f.properties!.date_from as string, f.properties!.date_to as string]))].sort();
	const types = [...new Set(events.flatMap((f) => facetValues(f, 'type').map(([id]) => id)))];
	const actors = [...new Set(events.flatMap((f) => facetValues(f, 'actor').map(([id]) => id)))];
	const targets = ['iraq-syria-border', ...[...atlas.places.values()].filter((p) => p.geometry).map((p) => p.id)];
	const out = new Set<string>(['']);
	// Edges: a window of exactly one event's first or last day, and windows ending on the data's ends.
	for (const f of events.slice(0, 6)) {
		out.add(`from=${f.properties!.date_from}&to=${f.properties!.date_from}`);
		out.add(`from=${f.properties!.date_to}&to=${f.properties!.date_to}`);
	}
	out.add(`from=${days[0]}`).add(`to=${days[0]}`).add(`from=${days[days.length - 1]}`).add(`to=${days[days.length - 1]}`);
	while (out.size < n) {
		const p = new URLSearchParams();
		const a = pick(days);
		const b = pick(days);
		const cut = (d: string) => d.slice(0, pick([4, 7, 10, 10]));
		if (r() < 0.7) {
			const [lo, hi] = a <= b ? [a, b] : [b, a];
			if (r() < 0.8) p.set('from', cut(lo));
			if (r() < 0.8) p.set('to', cut(hi));
		}
		if (r() < 0.35) p.set('type', [pick(types), ...(r() < 0.3 ? [pick(types)] : [])].join(','));
		if (r() < 0.35) p.set('actor', pick(actors));
		if (r() < 0.3) p.set('near', `${pick(targets)}:${pick([1, 5, 12.5, 25, 60, 150])}`);
		if (r() < 0.15) p.set('sources', String(pick([1, 2, 3])));
		const s = p.toString();
		try {
			parseQueryStrict(new URLSearchParams(s));
			out.add(s);
		} catch {
			// A generated window that ends before it starts (month cuts): not a query the page sends.
		}
	}
	return [...out];
}

describe('list, timeline, filter counts and panels: the database answers as the files', () => {
	it('the same generated queries give the same timeline and filter counts', async () => {
		expect.hasAssertions();
		for (const qs of generated(21, 70)) {
			const q = filtersOf(parseQueryStrict(new URLSearchParams(qs)));
			for (const layer of ['incidents', 'places'] as const) {
				const features = atlas.layers.get(layer)!.features;
				const t = await dbJson(timelineGet, layer, qs);
				expect(t.status, `${layer}/timeline?${qs}`).toBe(200);
				expect(t.body, `${layer}/timeline?${qs}`).toEqual(JSON.parse(JSON.stringify(filesTimeline(atlas, layer, features, q))));
				const c = await dbJson(facetsGet, layer, qs);
				expect(c.body, `${layer}/facets?${qs}`).toEqual(JSON.parse(JSON.stringify(filesFacets(atlas, layer, features, q))));
			}
		}
	}, 180_000);

	it('the same list pages, sorted and paged in the database', async () => {
		expect.hasAssertions();
		const r = rng(2121);
		let nonEmpty = 0;
		for (const qs of generated(7, 40))
			for (const layer of ['incidents', 'places', 'areas'] as const) {
				const features = atlas.layers.get(layer)!.features;
				const paging = `sort=${['date', 'name', 'kind'][Math.floor(r() * 3)]}&offset=${Math.floor(r() * 4)}&limit=${1 + Math.floor(r() * 5)}`;
				const full = qs ? `${qs}&${paging}` : paging;
				const q = filtersOf(parseQueryStrict(new URLSearchParams(qs)));
				const files = filesList(atlas, layer, features, q, listPage(new URLSearchParams(paging)));
				const db = await dbJson(listGet, layer, full);
				expect(db.status, `${layer}/list?${full}`).toBe(200);
				expect(db.body, `${layer}/list?${full}`).toEqual(JSON.parse(JSON.stringify(files)));
				if (files.items.length) nonEmpty++;
			}
		// The comparison is not vacuous: most pages hold rows.
		expect(nonEmpty).toBeGreaterThan(40);
	}, 180_000);

	it('every incident and place panel is the same JSON; an unknown id is the same 404', async () => {
		expect.hasAssertions();
		for (const i of atlas.incidents.values()) {
			const db = await dbJson(incidentGet, i.id, '');
			expect(db.body, i.id).toEqual(JSON.parse(JSON.stringify(incidentBody(atlas, i))));
		}
		for (const p of atlas.places.values()) {
			const db = await dbJson(placeGet, p.id, '');
			expect(db.body, p.id).toEqual(JSON.parse(JSON.stringify(placeBody(atlas, p))));
		}
		for (const get of [incidentGet, placeGet]) {
			const miss = await dbJson(get, 'no-such-feature', '');
			expect(miss.status).toBe(404);
			expect((miss.body as { error: { code: string } }).error.code).toMatch(/^unknown_/);
		}
	}, 120_000);

	it('refuses a bad query or page in the one error shape', async () => {
		for (const [qs, code] of [
			['from=2025-13', 'bad_date'],
			['near=nowhere-at-all:5', 'unknown_near_target'],
			['sort=size', 'bad_sort'],
			['limit=0', 'bad_limit'],
			['offset=-1', 'bad_offset'],
			['limit=5000', 'bad_limit']
		]) {
			const res = await dbJson(listGet, 'incidents', qs);
			expect(res.status, qs).toBe(400);
			expect((res.body as { error: { code: string } }).error.code, qs).toBe(code);
		}
		expect((await dbJson(timelineGet, 'no-such-layer', '')).status).toBe(404);
	});
});
