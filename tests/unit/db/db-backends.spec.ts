/**
 * The database backend answers as the files do: the fixture corpus is loaded into PostgreSQL
 * (src/lib/server/db/load.ts) and every query below is asked of /api/layers/{id} with DATABASE_URL
 * set; its body must be the files backend's body for the same atlas and query, byte for byte
 * (layerAnswer: the one selector, src/lib/explore/select.ts). Queries are made from the data's own
 * values (every type, actor, article, outlet, kind; months at both ends; near targets), not listed
 * by hand. Also: tiles, 304s, and the 503 when the database is away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Atlas } from '$lib/atlas/build';
import { layerAnswer } from '$lib/server/layerQuery';
import { parseQueryStrict, filtersOf } from '$lib/explore/query';
import { facetValues } from '$lib/explore/facets';
import { LIST_KEYS } from '$lib/explore/query';
import { closePool } from '$lib/server/db/pool';
import { GET as layerGet } from '../../../src/routes/api/layers/[id]/+server';
import { GET as tileGet } from '../../../src/routes/tiles/[layer]/[z]/[x]/[y].pbf/+server';
import { GET as tilesInfo } from '../../../src/routes/api/tiles/+server';
import { loadFixtureAtlas, requireDb, TEST_DB_URL, withDatabase } from './db';

let atlas: Atlas;

beforeAll(async () => {
	await requireDb();
	atlas = await loadFixtureAtlas();
}, 60_000);
afterAll(() => closePool());

async function dbGet(path: string) {
	const url = new URL(path, 'http://localhost');
	const id = url.pathname.split('/').pop()!;
	return withDatabase(TEST_DB_URL, async () => {
		const res = await layerGet({ params: { id }, url, request: new Request(url) } as never);
		// Decoded keeping the CSV's byte-order mark (Response.text() drops it).
		return { res, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
	});
}

/** The queries: the data's own facet values, alone and combined, dates at month and day ends, near and bbox. */
function queries(): string[] {
	const out = new Set<string>(['', 'from=2025-07', 'to=2025-06', 'from=2024-12-26&to=2024-12-26', 'from=2025&to=2025', 'sources=2', 'sources=3', 'bbox=40,34,42,36', 'bbox=38.5,33,44,37.5']);
	for (const fc of atlas.layers.values())
		for (const f of fc.features)
			for (const k of LIST_KEYS) for (const [id] of facetValues(f, k)) out.add(`${k}=${encodeURIComponent(id)}`);
	const targets = ['iraq-syria-border', ...[...atlas.places.values()].filter((p) => p.geometry).map((p) => p.id).slice(0, 4)];
	for (const t of targets) for (const km of [5, 25, 100]) out.add(`near=${t}:${km}`);
	const some = [...out].filter((s) => s.startsWith('type=') || s.startsWith('actor=')).slice(0, 6);
	for (const s of some) out.add(`${s}&from=2025-01&to=2025-12&near=iraq-syria-border:50`);
	// Only values the page could ask for (ids the codec accepts).
	return [...out].filter((s) => {
		try {
			parseQueryStrict(new URLSearchParams(s));
			return true;
		} catch {
			return false;
		}
	});
}

describe('the database backend answers as the files backend', () => {
	it('every layer, every query: the same GeoJSON bytes', async () => {
		expect.hasAssertions();
		const qs = queries();
		expect(qs.length).toBeGreaterThan(20);
		for (const layer of ['incidents', 'places', 'areas', 'lines', 'countries'] as const)
			for (const qs1 of qs) {
				const q = filtersOf(parseQueryStrict(new URLSearchParams(qs1)));
				const files = layerAnswer(atlas, layer, atlas.layers.get(layer)!, q, 'geojson');
				const { res, text } = await dbGet(`/api/layers/${layer}?${qs1}`);
				expect(res.status, `${layer}?${qs1}`).toBe(200);
				expect(text, `${layer}?${qs1}`).toBe(files.body);
			}
	}, 120_000);

	it('CSV and KML exports are the same bytes too', async () => {
		expect.hasAssertions();
		for (const qs1 of ['', 'from=2025-07&to=2025-12', 'near=iraq-syria-border:25'])
			for (const format of ['csv', 'kml'] as const) {
				const q = filtersOf(parseQueryStrict(new URLSearchParams(qs1)));
				const files = layerAnswer(atlas, 'incidents', atlas.layers.get('incidents')!, q, format);
				const { res, text } = await dbGet(`/api/layers/incidents?${qs1}&format=${format}`);
				expect(res.headers.get('content-type')).toBe(files.type);
				expect(text, `${format}?${qs1}`).toBe(files.body);
			}
	});

	it('refuses what the files backend refuses, in the one error shape', async () => {
		for (const [path, code] of [
			['/api/layers/incidents?from=2025-13', 'bad_date'],
			['/api/layers/incidents?near=nowhere-at-all:5', 'unknown_near_target'],
			['/api/layers/incidents?format=shp', 'bad_format']
		]) {
			const { res, text } = await dbGet(path);
			expect(res.status, path).toBe(400);
			expect(JSON.parse(text).error.code).toBe(code);
		}
		expect((await dbGet('/api/layers/no-such-layer')).res.status).toBe(404);
	});
});

async function getTile(path: string, headers: Record<string, string> = {}) {
	const url = new URL(path, 'http://localhost');
	const [, , layer, z, x, yp] = url.pathname.split('/');
	return withDatabase(TEST_DB_URL, async () => tileGet({ params: { layer, z, x, y: yp.replace(/\.pbf$/, '') }, url, request: new Request(url, { headers }) } as never));
}
const decode = async (res: Response) => new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer())));

describe('/tiles/{layer}/{z}/{x}/{y}.pbf', () => {
	it('high zooms carry the features with the properties the map reads; region-only incidents never as points', async () => {
		expect.hasAssertions();
		const incidents = atlas.layers.get('incidents')!.features;
		// z 9 tile of the first point-like incident's anchor.
		for (const f of incidents) {
			const p = f.properties!;
			const lon = p.anchor_lon ?? (f.geometry as GeoJSON.Point).coordinates?.[0];
			const lat = p.anchor_lat ?? (f.geometry as GeoJSON.Point).coordinates?.[1];
			if (typeof lon !== 'number') continue;
			const z = 9;
			const x = Math.floor(((lon + 180) / 360) * 2 ** z);
			const y = Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
			const res = await getTile(`/tiles/incidents/${z}/${x}/${y}.pbf`);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
			expect(res.headers.get('cache-control')).toMatch(/public/);
			const t = await decode(res);
			const points = t.layers.incidents;
			const regions = t.layers['incidents-regions'];
			const ids = (l: typeof points | undefined) => (l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : []);
			const here = [...ids(points), ...ids(regions)].find((g) => g.properties.id === f.id);
			expect(here, String(f.id)).toBeTruthy();
			for (const g of ids(points)) expect(g.properties.geo_precision).not.toBe(3);
			for (const g of ids(points)) expect(g.type).toBe(1);
			for (const g of ids(regions)) expect(g.properties.geo_precision).toBe(3);
			expect(here!.properties.date_from).toBe(p.date_from);
			expect(here!.properties.type).toBe(p.type);
		}
	});

	it('low zooms count incidents per cell for the query; strong ETag and 304', async () => {
		const all = await decode(await getTile('/tiles/incidents/0/0/0.pbf'));
		const sum = (l: { length: number; feature(i: number): { properties: Record<string, unknown> } } | undefined) =>
			l ? Array.from({ length: l.length }, (_, i) => Number(l.feature(i).properties.count)).reduce((a, b) => a + b, 0) : 0;
		const incidents = atlas.layers.get('incidents')!.features;
		const pointLike = incidents.filter((f) => f.properties!.geo_precision !== 3).length;
		expect(sum(all.layers.cells)).toBe(pointLike);
		expect(sum(all.layers.regions)).toBe(incidents.length - pointLike);
		const q = 'from=2025-07&to=2025-12';
		const kept = JSON.parse(layerAnswer(atlas, 'incidents', atlas.layers.get('incidents')!, filtersOf(parseQueryStrict(new URLSearchParams(q))), 'geojson').body).features;
		const res = await getTile(`/tiles/incidents/0/0/0.pbf?${q}`);
		const t = await decode(res.clone());
		expect(sum(t.layers.cells) + sum(t.layers.regions)).toBe(kept.length);
		const etag = res.headers.get('etag')!;
		expect(etag).toMatch(/^"[^"]+"$/);
		const again = await getTile(`/tiles/incidents/0/0/0.pbf?${q}`, { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect((await getTile('/tiles/incidents/0/0/0.pbf')).headers.get('etag')).not.toBe(etag);
	});

	it('refuses a tile that does not exist and says when tiles are available', async () => {
		expect((await getTile('/tiles/incidents/3/9/0.pbf')).status).toBe(400);
		const info = await withDatabase(TEST_DB_URL, async () => (await tilesInfo({} as never)).json());
		expect(info.available).toBe(true);
		expect(info.layers).toContain('incidents');
		const off = await withDatabase(null, async () => (await tilesInfo({} as never)).json());
		expect(off.available).toBe(false);
	});
});
