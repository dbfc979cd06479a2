/**
 * /api/layers/{id} with the explore query: the filters the page uses, the `metadata` foreign
 * member, filenames, and 400s for malformed or repeated parameters. Expected sets are computed
 * from the unfiltered layer with the rule each filter states, never counted by hand.
 */
import { describe, expect, it } from 'vitest';
import GJV from 'geojson-validation';
import { check } from '@placemarkio/check-geojson';
import { GET as layerGet } from '../../src/routes/api/layers/[id]/+server';
import { getAtlas } from '$lib/server/atlas';
import { distanceKm } from '$lib/geo/distance';
import { DRAWN_AS } from '$lib/model/precision';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;
async function get(path: string) {
	const url = new URL(path, 'http://localhost');
	const id = url.pathname.split('/').pop()!;
	const res = await layerGet({ params: { id }, url, request: new Request(url) } as never);
	const text = await res.text();
	return { res, text, body: JSON.parse(text) as Body };
}
async function expectError(path: string, code: string) {
	const { res, body } = await get(path);
	expect(res.status, path).toBe(400);
	expect(res.headers.get('content-type')).toMatch(/json/);
	expect(body.error.code, path).toBe(code);
	expect(body.error.message).toMatch(/\S/);
}

describe('GET /api/layers/{id} with explore filters', () => {
	it('answers the analyst question: incidents within 25 km of the border, July–October 2025', async () => {
		const all = (await get('/api/layers/incidents')).body.features;
		const border = getAtlas().places.get('iraq-syria-border')!.geometry!;
		const expected = all
			.filter((f: Body) => f.properties.date_to >= '2025-07-01' && f.properties.date_from <= '2025-10-31')
			.filter((f: Body) => distanceKm(f.geometry, border) <= 25)
			.map((f: Body) => f.id);
		const { res, text, body } = await get('/api/layers/incidents?from=2025-07&to=2025-10&near=iraq-syria-border:25');
		expect(res.status).toBe(200);
		expect(body.features.map((f: Body) => f.id)).toEqual(expected);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(all.length);
		expect(body.metadata).toEqual({
			layer: 'incidents',
			query: 'from=2025-07&to=2025-10&near=iraq-syria-border%3A25',
			filters: { from: '2025-07-01', to: '2025-10-31', near: { target: 'iraq-syria-border', within_km: 25 } },
			// The same filters in words, in English: the border by its name, never the raw parameter.
			filters_text: [expect.stringMatching(/Jul 2025.*Oct 2025/), 'Within 25 km of Iraq–Syria border'],
			count: expected.length,
			total: all.length,
			geo_precision_drawn: DRAWN_AS
		});
		expect(body.metadata.geo_precision_drawn['3']).toMatch(/never a point/);
		// A foreign member, not `properties`: still valid RFC 7946 for both validators.
		expect(body.properties).toBeUndefined();
		expect(GJV.valid(body)).toBe(true);
		expect(() => check(text)).not.toThrow();
	});

	it('is the same bytes whatever order or page-only parameters the query has', async () => {
		const a = await get('/api/layers/incidents?near=iraq-syria-border:25&to=2025-10&from=2025-07');
		const b = await get('/api/layers/incidents?from=2025-07&to=2025-10&near=iraq-syria-border:25&place=albu-kamal&layers=places,incidents&q=kamal');
		expect(a.text).toBe(b.text);
	});

	it('filters by type, actor, article, outlet and kind, and names a filtered file so', async () => {
		const all = (await get('/api/layers/incidents')).body.features;
		const type = all[0].properties.type;
		const byType = await get(`/api/layers/incidents?type=${type}&download=1`);
		expect(byType.body.features.map((f: Body) => f.id)).toEqual(all.filter((f: Body) => f.properties.type === type).map((f: Body) => f.id));
		expect(byType.res.headers.get('content-disposition')).toBe('attachment; filename="frontier-atlas-incidents-filtered.geojson"');
		const article = all[0].properties.excerpts[0].article;
		const byArticle = await get(`/api/layers/incidents?article=${article}`);
		expect(byArticle.body.features.map((f: Body) => f.id)).toEqual(
			all.filter((f: Body) => f.properties.excerpts.some((e: Body) => e.article === article)).map((f: Body) => f.id)
		);
		const places = (await get('/api/layers/places')).body.features;
		const kind = places[0].properties.kind;
		const byKind = await get(`/api/layers/places?kind=${kind}&bbox=35,30,48,38&download=1`);
		expect(byKind.body.features.every((f: Body) => f.properties.kind === kind)).toBe(true);
		expect(byKind.res.headers.get('content-disposition')).toBe('attachment; filename="frontier-atlas-places-filtered-in-view.geojson"');
		const inView = await get('/api/layers/places?bbox=35,30,48,38&download=1');
		expect(inView.res.headers.get('content-disposition')).toBe('attachment; filename="frontier-atlas-places-in-view.geojson"');
		expect(inView.body.metadata.filters).toEqual({ bbox: [35, 30, 48, 38] });
	});

	it('serves the unfiltered layer without metadata, as before', async () => {
		const plain = await get('/api/layers/places?download=1');
		expect(plain.body.metadata).toBeUndefined();
		expect(plain.res.headers.get('content-disposition')).toBe('attachment; filename="frontier-atlas-places.geojson"');
	});

	it('answers 400 JSON on repeated, malformed or unknown-target parameters', async () => {
		await expectError('/api/layers/incidents?from=2025-01-01&from=2025-02-01', 'repeated_parameter');
		await expectError('/api/layers/incidents?bbox=1,2,3,4&bbox=1,2,3,4', 'repeated_parameter');
		await expectError('/api/layers/places?bbox=0x10,0,20,1', 'bad_bbox');
		await expectError('/api/layers/places?near=iraq-syria-border:abc', 'bad_near');
		await expectError('/api/layers/places?near=nowhere-at-all:10', 'unknown_near_target');
		await expectError('/api/layers/places?near=washington:10', 'unknown_near_target');
		await expectError('/api/layers/places?type=a%20b', 'bad_type');
		await expectError('/api/layers/incidents?from=2025-02&to=2025-01', 'bad_date_range');
	});

	it('takes dates of years 0001–0099 (no 1900 trap)', async () => {
		const early = await get('/api/layers/incidents?from=0001-01-01&to=0099-12-31');
		expect(early.res.status).toBe(200);
		expect(early.body.features).toEqual([]);
		const all = await get('/api/layers/incidents?from=0001&to=9999');
		expect(all.body.features.length).toBe((await get('/api/layers/incidents')).body.features.length);
	});
});
