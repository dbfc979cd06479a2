/**
 * Every API route with good and bad input: status, headers and body. Handlers are called directly,
 * on the fixture corpus (tests/fixtures/corpus): the expected values are read off its texts and
 * records, so nothing here changes when an article is added to geodata/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '$lib/server/atlas';
import { FIXTURE_CORPUS, fixtureDataDir, removeDir } from './fixture-corpus';
import { GET as layersIndex } from '../../src/routes/api/layers/+server';
import { GET as layerGet } from '../../src/routes/api/layers/[id]/+server';
import { GET as placeGet } from '../../src/routes/api/places/[id]/+server';
import { GET as incidentGet } from '../../src/routes/api/incidents/[id]/+server';
import { GET as articleGet } from '../../src/routes/api/articles/[id]/+server';
import { GET as articlesIndex } from '../../src/routes/api/articles/+server';
import { GET as unknownGet } from '../../src/routes/api/[...rest]/+server';
import type { ArticleResponse } from '$lib/types';
import { SOURCE_KEYS, type IncidentWire as IncidentResponse, type PlaceWire as PlaceResponse } from '$lib/model/panel';

// The atlas is built on first use (getAtlas), after this line: the handlers serve the fixture.
process.env.ATLAS_DATA_DIR = fixtureDataDir();
afterAll(() => removeDir(process.env.ATLAS_DATA_DIR!));
/** The fixture's one incident, as recorded: "Clashes near Albu Kamal", date 2025-11 (a month). */
const FX_INCIDENT = JSON.parse(readFileSync(join(FIXTURE_CORPUS, 'incidents.json'), 'utf8')).incidents[0];

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
		expect.hasAssertions();
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
		for (const id of ['places', 'areas', 'incidents']) {
			const { body } = await call(layerGet, { id });
			// The fixture names towns, a governorate and an incident; no line, and Iraq and Syria only as adjectives.
			expect(body.features.length, id).toBeGreaterThan(0);
			for (const f of body.features) {
				expect(typeof f.id).toBe('string');
				for (const k of ['id', 'name_en', 'name_ar', 'kind', 'source', 'license', 'excerpts']) expect(f.properties, `${id}/${f.id}.${k}`).toHaveProperty(k);
				for (const e of f.properties.excerpts) expect(Object.keys(e)).toEqual(expect.arrayContaining(['article', 'start', 'end', 'text']));
			}
		}
	});
	it('filters incidents by date, both ends inclusive', async () => {
		const ids = async (q: string) => (await call(layerGet, { id: 'incidents' }, `/api/layers/incidents?${q}`)).body.features.map((f: { id: string }) => f.id);
		expect(FX_INCIDENT.date).toBe('2025-11');
		// A month-dated incident lasts from the 1st to the 30th of November, both days included.
		expect(await ids('from=2025-11-01&to=2025-11-01')).toEqual([FX_INCIDENT.id]);
		expect(await ids('from=2025-11-30&to=2025-11-30')).toEqual([FX_INCIDENT.id]);
		expect(await ids('from=2025-10-01&to=2025-10-31')).toEqual([]);
		expect(await ids('from=2025-12-01')).toEqual([]);
		expect(await ids('to=2025-11-01')).toEqual([FX_INCIDENT.id]);
	});
	it('filters by bbox', async () => {
		// Albu Kamal (≈ 40.9 E, 34.5 N) is in the box, Baghdad (≈ 44.4 E, 33.3 N) is not.
		const all = (await call(layerGet, { id: 'places' })).body.features.map((f: { id: string }) => f.id);
		expect(all).toEqual(expect.arrayContaining(['albu-kamal', 'baghdad']));
		const near = await call(layerGet, { id: 'places' }, '/api/layers/places?bbox=40.5,34,41.5,35');
		const ids = near.body.features.map((f: { id: string }) => f.id);
		expect(ids).toContain('albu-kamal');
		expect(ids).not.toContain('baghdad');
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
	it('returns Albu Kamal with excerpts under both spellings fx_001 uses, and its incident', async () => {
		const { res, body } = await call(placeGet, { id: 'albu-kamal' });
		expect(res.status).toBe(200);
		const r = body as PlaceResponse;
		expect(r.place.properties.name_ar).toBe('البوكمال');
		expect(new Set(r.excerpts.map((e) => e.text))).toEqual(new Set(['أبو كمال', 'البوكمال']));
		expect.hasAssertions();
		for (const e of r.excerpts) expect(Object.keys(e)).toEqual(expect.arrayContaining(['article', 'start', 'end', 'text', 'sentence']));
		// The article's outlet, headline and date are the article table's (/api/articles), not each excerpt's.
		for (const e of r.excerpts) for (const k of SOURCE_KEYS) expect(e).not.toHaveProperty(k);
		expect(r.incidents.map((i) => i.id)).toEqual([FX_INCIDENT.id]);
	});
	it('returns a place outside the region (Washington, in fx_001) with a null geometry', async () => {
		const { body } = await call(placeGet, { id: 'washington' });
		expect(body.place.geometry).toBeNull();
		expect(body.excerpts.map((e: { text: string }) => e.text)).toEqual(['واشنطن']);
	});
	it('answers 404 for an unknown place', async () => {
		await expectError(call(placeGet, { id: 'atlantis' }), 404, 'unknown_place');
	});
});

describe('GET /api/incidents/{id}', () => {
	it('returns the incident, its excerpts and its places', async () => {
		const { body } = await call(incidentGet, { id: FX_INCIDENT.id });
		const r = body as IncidentResponse;
		expect(r.incident.properties.date).toBe(FX_INCIDENT.date);
		expect(r.excerpts.map((e) => [e.article, e.start, e.end, e.text])).toEqual(FX_INCIDENT.excerpts.map((q: { article: string; start: number; end: number; text: string }) => [q.article, q.start, q.end, q.text]));
		expect(r.places.map((p) => p.id)).toEqual(FX_INCIDENT.place_ids);
	});
	it('answers 404 for an unknown incident', async () => {
		await expectError(call(incidentGet, { id: '1999-01-01-x' }), 404, 'unknown_incident');
	});
});

describe('GET /api/articles', () => {
	it('returns metadata and the full text', async () => {
		const { body } = await call(articleGet, { id: 'fx_002' });
		const r = body as ArticleResponse;
		// fx_002's date line: «بغداد، 3 تشرين الثاني/نوفمبر 2025 (وكالة الأنباء العراقية)».
		expect(r.meta.reported_via.value).toMatch(/^Iraqi News Agency/);
		expect(r.meta.date.value).toBe('2025-11-03');
		expect(r.meta.date.precision).toBe('day');
		expect(r.text).toBe(readFileSync(join(FIXTURE_CORPUS, 'articles', 'fx_002.txt'), 'utf8'));
		expect(r.mentions.length).toBeGreaterThan(0);
		for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
	});
	it('lists every article on disk, each with its metadata and mention count', async () => {
		const { body } = await call(articlesIndex, {});
		const onDisk = readdirSync(join(dataDir(), 'articles'))
			.filter((f) => f.endsWith('.txt'))
			.map((f) => f.slice(0, -4));
		expect(body.articles.map((a: { id: string }) => a.id).sort()).toEqual(onDisk.sort());
		expect(onDisk.length).toBeGreaterThan(0);
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
