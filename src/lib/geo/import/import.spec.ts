import { describe, expect, it } from 'vitest';
import gjv from 'geojson-validation';
import type { Polygon } from 'geojson';
import { importGeoJSON } from './index';

const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
function ok(v: unknown) {
	const r = importGeoJSON(enc(v));
	if (!r.ok) throw new Error(r.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
	return r;
}
const cw = [[44, 33], [44, 34], [45, 34], [45, 33], [44, 33]]; // clockwise outline
const ccw = [...cw].reverse();

describe('importGeoJSON: good inputs', () => {
	it('wraps a bare geometry as one feature, with a note', () => {
		const r = ok({ type: 'Point', coordinates: [44.1, 33.2] });
		expect(r.collection.features).toEqual([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [44.1, 33.2] } }]);
		expect(r.warnings.map((w) => w.code)).toContain('wrapped');
	});

	it('wraps a bare Feature, keeping its id and properties', () => {
		const r = ok({ type: 'Feature', id: 'cp-1', properties: { name: 'checkpoint' }, geometry: { type: 'Point', coordinates: [41, 34.4] } });
		expect(r.collection.features[0]).toMatchObject({ id: 'cp-1', properties: { name: 'checkpoint' } });
		expect(r.warnings[0].message).toMatch(/single Feature/);
	});

	it('rewinds a clockwise outline with a warning naming where, and keeps a correct one as is', () => {
		const r = ok({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [ccw] } }, { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [cw] } }] });
		expect((r.collection.features[0].geometry as Polygon).coordinates[0]).toEqual(ccw);
		expect((r.collection.features[1].geometry as Polygon).coordinates[0]).toEqual(ccw);
		const w = r.warnings.find((x) => x.code === 'rewound');
		expect(w?.where).toBe('features[1].geometry.coordinates[0]');
		expect(w?.message).toMatch(/1 polygon ring was wound the wrong way/);
	});

	it('rewinds a counter-clockwise hole to clockwise', () => {
		const hole = [[44.2, 33.2], [44.8, 33.2], [44.8, 33.8], [44.2, 33.8], [44.2, 33.2]]; // counter-clockwise
		const r = ok({ type: 'Polygon', coordinates: [ccw, hole] });
		expect((r.collection.features[0].geometry as Polygon).coordinates[1]).toEqual([...hole].reverse());
	});

	it('keeps 3D positions, null properties, null geometry and numeric ids', () => {
		const r = ok({ type: 'FeatureCollection', features: [
			{ type: 'Feature', id: 7, properties: null, geometry: { type: 'LineString', coordinates: [[44, 33, 120.5], [45, 34, 80]] } },
			{ type: 'Feature', properties: { note: 'no location' }, geometry: null }
		] });
		expect(r.collection.features[0]).toEqual({ type: 'Feature', id: 7, properties: null, geometry: { type: 'LineString', coordinates: [[44, 33, 120.5], [45, 34, 80]] } });
		expect(r.collection.features[1].geometry).toBeNull();
	});

	it('accepts bbox across the antimeridian, GeometryCollections and an empty collection', () => {
		ok({ type: 'FeatureCollection', bbox: [170, -10, -170, 10], features: [] });
		ok({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [44, 33] }, { type: 'LineString', coordinates: [[44, 33], [45, 33]] }] });
	});

	it('reads a UTF-8 byte-order mark and Arabic property text', () => {
		const r = importGeoJSON(new Uint8Array([0xef, 0xbb, 0xbf, ...enc({ type: 'Feature', properties: { name: 'البوكمال' }, geometry: { type: 'Point', coordinates: [40.9, 34.45] } })]));
		expect(r.ok && r.collection.features[0].properties?.name).toBe('البوكمال');
	});

	it('warns that a crs member is ignored', () => {
		const r = ok({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }, features: [] });
		expect(r.warnings.map((w) => w.code)).toContain('crs');
	});

	it('keys __proto__, constructor and prototype pollute nothing and stay the data they are', () => {
		const text = '{"type":"FeatureCollection","__proto__":{"polluted":1},"features":[{"type":"Feature","properties":{"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},"prototype":"p"},"geometry":{"type":"Point","coordinates":[44,33],"__proto__":{"polluted":4}}}]}';
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const r = ok(text);
		const copy = structuredClone(r.collection);
		const props = copy.features[0].properties!;
		expect(Object.keys(props)).toEqual(['__proto__', 'constructor', 'prototype']);
		expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
	});

	it('reports progress through the stages', () => {
		const stages: string[] = [];
		importGeoJSON(enc({ type: 'FeatureCollection', features: [] }), { onprogress: (s) => stages.push(s) });
		expect([...new Set(stages)]).toEqual(['decode', 'syntax', 'parse', 'validate']);
	});
});

// The gaps of geojson-validation 1.0.2 that the issue measured, confirmed here so an upgrade that
// closes them shows up — and each answered properly by importGeoJSON.
describe('geojson-validation gaps, closed', () => {
	const fc = (geometry: unknown, extra = {}) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry, ...extra }] });
	const cases: [string, unknown, (v: unknown) => unknown][] = [
		['{"type":"toString"} passes as truthy', { type: 'toString' }, (v) => expect(gjv.valid(v)).toBe('[object Object]')],
		['{"type":"__proto__"} throws', { type: '__proto__' }, (v) => expect(() => gjv.valid(JSON.parse(JSON.stringify(v)))).toThrow()],
		['a polygon [[null]] throws', { type: 'Polygon', coordinates: [[null]] }, (v) => expect(() => gjv.valid(v)).toThrow()],
		['longitude 999 passes', fc({ type: 'Point', coordinates: [999, 33] }), (v) => expect(gjv.valid(v)).toBe(true)],
		['5-number positions pass', fc({ type: 'Point', coordinates: [44, 33, 1, 2, 3] }), (v) => expect(gjv.valid(v)).toBe(true)],
		['a bbox of strings passes', fc({ type: 'Point', coordinates: [44, 33] }, { bbox: ['a', 'b', 'c', 'd'] }), (v) => expect(gjv.valid(v)).toBe(true)],
		['string properties pass', fc({ type: 'Point', coordinates: [44, 33] }, { properties: 'x' }), (v) => expect(gjv.valid(v)).toBe(true)]
	];
	for (const [name, value, gap] of cases) {
		it(`${name} in geojson-validation; importGeoJSON refuses it`, () => {
			gap(value);
			expect(importGeoJSON(enc(value)).ok).toBe(false);
		});
	}

	it('100,000-deep coordinates overflow geojson-validation; importGeoJSON refuses them cleanly', () => {
		const text = `{"type":"MultiPolygon","coordinates":${'['.repeat(100000)}${']'.repeat(100000)}}`;
		expect(() => gjv.valid(JSON.parse(text))).toThrow(RangeError);
		const r = importGeoJSON(enc(text));
		expect(!r.ok && r.errors[0].code).toBe('too-deep');
	});
});
