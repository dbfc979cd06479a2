/** Every API route with good and bad input: status, headers and body. Handlers are called directly. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '$lib/server/atlas';
import { GET as layersIndex } from '../../src/routes/api/layers/+server';
import { GET as layerGet } from '../../src/routes/api/layers/[id]/+server';
import { GET as placeGet } from '../../src/routes/api/places/[id]/+server';
import { GET as incidentGet } from '../../src/routes/api/incidents/[id]/+server';
import { GET as articleGet } from '../../src/routes/api/articles/[id]/+server';
import { GET as articlesIndex } from '../../src/routes/api/articles/+server';
import { GET as unknownGet } from '../../src/routes/api/[...rest]/+server';
import type { ArticleResponse, IncidentResponse, PlaceResponse } from '$lib/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (event: any) => Response | Promise<Response>;
async function call(handler: Handler, params: Record<string, string>, path = '/api/x') {
	const url = new URL(path, 'http://localhost');
	const res = await handler({ params, url, request: new Request(url) });
	const text = await res.text();
	return { res, text, body: text ? JSON.parse(text) : null };
}

async function expectError(p: Promise<{ res: Response; body: { error: { code: string; message: string } } }>, status: number, code: string) {
	const { res, body } = await p;
	expect(res.status).toBe(status);
	expect(res.headers.get('content-type')).toMatch(/json/);
	expect(body.error.code).toBe(code);
	expect(body.error.message).toMatch(/\S/);
	expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
}

describe('GET /api/layers', () => {
	it('lists every exportable layer with its geometry type and count', async () => {
		const { res, body } = await call(layersIndex, {});
		expect(res.status).toBe(200);
		const ids = body.layers.map((l: { id: string }) => l.id);
		expect(ids).toEqual(expect.arrayContaining(['places', 'areas', 'lines', 'incidents']));
		for (const l of body.layers) {
			expect(Object.keys(l)).toEqual(expect.arrayContaining(['id', 'title', 'geometryType', 'count']));
			const layer = await call(layerGet, { id: l.id });
			expect(layer.body.features.length).toBe(l.count);
		}
		const byId = Object.fromEntries(body.layers.map((l: { id: string }) => [l.id, l]));
		expect(byId.places.geometryType).toBe('Point');
		expect(byId.lines.geometryType).toBe('LineString');
		expect(byId.areas.geometryType).toBe('Polygon');
	});
});

describe('GET /api/layers/{id}', () => {
	it('serves GeoJSON with the right content type, as a file on ?download=1', async () => {
		const plain = await call(layerGet, { id: 'places' }, '/api/layers/places');
		expect(plain.res.status).toBe(200);
		expect(plain.res.headers.get('content-type')).toBe('application/geo+json');
		expect(plain.res.headers.get('content-disposition')).toBeNull();
		expect(plain.body.type).toBe('FeatureCollection');
		const dl = await call(layerGet, { id: 'places' }, '/api/layers/places?download=1');
		expect(dl.res.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.geojson"$/);
		expect(dl.text).toBe(plain.text);
	});
	it('keeps id, names, kind, provenance and excerpts on every feature', async () => {
		for (const id of ['places', 'areas', 'lines', 'incidents', 'countries']) {
			const { body } = await call(layerGet, { id });
			for (const f of body.features) {
				expect(typeof f.id).toBe('string');
				for (const k of ['id', 'name_en', 'name_ar', 'kind', 'source', 'license', 'excerpts']) expect(f.properties, `${id}/${f.id}.${k}`).toHaveProperty(k);
				for (const e of f.properties.excerpts) expect(Object.keys(e)).toEqual(expect.arrayContaining(['article', 'start', 'end', 'text']));
			}
		}
	});
	it('filters incidents by date, both ends inclusive', async () => {
		const all = (await call(layerGet, { id: 'incidents' })).body.features;
		const day = await call(layerGet, { id: 'incidents' }, '/api/layers/incidents?from=2025-10-22&to=2025-10-22');
		const ids = day.body.features.map((f: { id: string }) => f.id);
		expect(ids).toContain('2025-10-22-joint-drug-seizure');
		for (const f of day.body.features) expect(f.properties.date_from <= '2025-10-22' && f.properties.date_to >= '2025-10-22').toBe(true);
		const expected = all.filter((f: { properties: { date_to: string } }) => f.properties.date_to >= '2025-01-01').length;
		expect((await call(layerGet, { id: 'incidents' }, '/api/layers/incidents?from=2025-01-01')).body.features.length).toBe(expected);
		expect(expected).toBeLessThan(all.length);
	});
	it('filters by bbox', async () => {
		const near = await call(layerGet, { id: 'places' }, '/api/layers/places?bbox=40.5,34,41.5,35');
		const ids = near.body.features.map((f: { id: string }) => f.id);
		expect(ids).toContain('albu-kamal');
		expect(ids).not.toContain('damascus');
	});
	it('answers 404 for an unknown layer and 400 for bad parameters', async () => {
		await expectError(call(layerGet, { id: 'nope' }), 404, 'unknown_layer');
		await expectError(call(layerGet, { id: 'incidents' }, '/api/layers/incidents?from=2025-13-01'), 400, 'bad_date');
		await expectError(call(layerGet, { id: 'incidents' }, '/api/layers/incidents?to=yesterday'), 400, 'bad_date');
		await expectError(call(layerGet, { id: 'incidents' }, '/api/layers/incidents?from=2025-02-01&to=2025-01-01'), 400, 'bad_date_range');
		await expectError(call(layerGet, { id: 'places' }, '/api/layers/places?bbox=1,2,3'), 400, 'bad_bbox');
		await expectError(call(layerGet, { id: 'places' }, '/api/layers/places?bbox=a,b,c,d'), 400, 'bad_bbox');
		await expectError(call(layerGet, { id: 'places' }, '/api/layers/places?bbox=42,30,41,35'), 400, 'bad_bbox');
		await expectError(call(layerGet, { id: 'places' }, '/api/layers/places?bbox=-200,0,0,10'), 400, 'bad_bbox');
		await expectError(call(layerGet, { id: 'places' }, '/api/layers/places?download=maybe'), 400, 'bad_download');
	});
});

describe('GET /api/places/{id}', () => {
	it('returns Albu Kamal with excerpts from both articles and its incidents', async () => {
		const { res, body } = await call(placeGet, { id: 'albu-kamal' });
		expect(res.status).toBe(200);
		const r = body as PlaceResponse;
		expect(r.place.properties.name_ar).toBe('البوكمال');
		expect(new Set(r.excerpts.map((e) => e.text))).toEqual(new Set(['أبو كمال', 'البوكمال']));
		for (const e of r.excerpts) expect(Object.keys(e)).toEqual(expect.arrayContaining(['article', 'start', 'end', 'text', 'sentence']));
		expect(r.incidents.map((i) => i.id)).toContain('2024-12-syrian-soldiers-return-via-albu-kamal');
	});
	it('returns a place outside the region with a null geometry', async () => {
		const { body } = await call(placeGet, { id: 'tehran' });
		expect(body.place.geometry).toBeNull();
		expect(body.excerpts.length).toBeGreaterThan(0);
	});
	it('answers 404 for an unknown place', async () => {
		await expectError(call(placeGet, { id: 'atlantis' }), 404, 'unknown_place');
	});
});

describe('GET /api/incidents/{id}', () => {
	it('returns the incident, its excerpts and its places', async () => {
		const { body } = await call(incidentGet, { id: '2024-12-26-iraqi-intelligence-delegation-damascus' });
		const r = body as IncidentResponse;
		expect(r.incident.properties.date).toBe('2024-12-26');
		expect(new Set(r.excerpts.map((e) => e.article))).toEqual(new Set(['001_af1a543c98add22c', '004_13910b3792c7a8a7']));
		expect(r.places.map((p) => p.id)).toEqual(['damascus']);
	});
	it('answers 404 for an unknown incident', async () => {
		await expectError(call(incidentGet, { id: '1999-01-01-x' }), 404, 'unknown_incident');
	});
});

describe('GET /api/articles', () => {
	it('returns metadata and the full text', async () => {
		const { body } = await call(articleGet, { id: '002_dd1c37901ee1dc00' });
		const r = body as ArticleResponse;
		expect(r.meta.outlet_en.value).toBe('Shafaq News');
		expect(r.meta.date.value).toBe('2025-11-08');
		expect(r.meta.date.precision).toBe('day');
		expect(r.text.length).toBeGreaterThan(1000);
		for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
	});
	it('lists every article on disk, each with its metadata and mention count', async () => {
		const { body } = await call(articlesIndex, {});
		const onDisk = readdirSync(join(dataDir(), 'articles'))
			.filter((f) => f.endsWith('.txt'))
			.map((f) => f.slice(0, -4));
		expect(body.articles.map((a: { id: string }) => a.id).sort()).toEqual(onDisk.sort());
		for (const a of body.articles) {
			expect(a.meta.id).toBe(a.id);
			expect(a.length).toBe(readFileSync(join(dataDir(), 'articles', `${a.id}.txt`), 'utf8').length);
			// The index's count is the mentions the article's own page lists.
			expect(a.mention_count, a.id).toBe((await call(articleGet, { id: a.id })).body.mentions.length);
		}
		expect(body.articles.some((a: { mention_count: number }) => a.mention_count > 0)).toBe(true);
	});
	it('answers 404 for an unknown article and for path tricks', async () => {
		await expectError(call(articleGet, { id: 'nope' }), 404, 'unknown_article');
		await expectError(call(articleGet, { id: '../gazetteer' }), 404, 'unknown_article');
	});
	it('answers a JSON 404 for unknown endpoints', async () => {
		await expectError(call(unknownGet, { rest: 'foo/bar' }), 404, 'unknown_endpoint');
	});
});
