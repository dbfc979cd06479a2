// Regression: a property named `constructor`, `__proto__`, `$name` or `$type` made MapLibre's worker
// drop the whole imported layer. The map now gets safe keys; the originals stay for display.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { importGeoJSON } from '$lib/geo/import';
import { dateFilter, dateProperties } from './dates';
import { mapData } from './mapData';

const HOSTILE = `{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"constructor":"c1","__proto__":{"polluted":true},"$name":"Foo","$type":"Point","seen":"2025-03-02"},
  "geometry":{"type":"Point","coordinates":[38.6,35.6],"$name":"Bar","constructor":1}},
 {"type":"Feature","properties":{"seen":"2025-05-20","nested":{"$name":"x","a":[1,2]},"toString":null},
  "geometry":{"type":"LineString","coordinates":[[38,36.2],[39.2,36.6]]}},
 {"type":"Feature","properties":null,"geometry":null}]}`;

function imported(): FeatureCollection {
	const r = importGeoJSON(new TextEncoder().encode(HOSTILE));
	if (!r.ok) throw new Error(r.errors[0].message);
	return r.collection;
}

describe('mapData: what MapLibre draws from a user layer', () => {
	it('puts every property under a pN key, in order of first appearance, and keeps the originals', () => {
		const fc = imported();
		const { data, keys } = mapData(fc);
		expect([...keys]).toEqual([
			['constructor', 'p0'],
			['__proto__', 'p1'],
			['$name', 'p2'],
			['$type', 'p3'],
			['seen', 'p4'],
			['nested', 'p5'],
			['toString', 'p6']
		]);
		expect(data.features[0].properties).toEqual({ p0: 'c1', p1: '{"polluted":true}', p2: 'Foo', p3: 'Point', p4: '2025-03-02' });
		expect(data.features[1].properties).toEqual({ p4: '2025-05-20', p5: '{"$name":"x","a":[1,2]}', p6: null });
		expect(data.features[2].properties).toEqual({});
		// The original is untouched: the panel shows the names as written.
		expect(Object.keys(fc.features[0].properties!)).toEqual(['constructor', '__proto__', '$name', '$type', 'seen']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('leaves no key, at any depth, that MapLibre’s worker serializer reads as a class name', () => {
		expect.hasAssertions();
		const { data } = mapData(imported());
		const walk = (v: unknown): void => {
			if (Array.isArray(v)) return v.forEach(walk);
			if (v === null || typeof v !== 'object') return;
			expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
			for (const k of Object.keys(v)) {
				expect(k).toMatch(/^(type|features|properties|geometry|geometries|coordinates|p\d+)$/);
				walk((v as Record<string, unknown>)[k]);
			}
		};
		walk(data);
		expect(data.features[0].geometry).toEqual({ type: 'Point', coordinates: [38.6, 35.6] });
		expect(data.features[2].geometry).toBeNull();
	});

	it('keeps numbers, booleans and null; a non-finite number becomes null', () => {
		const fc: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null as never, properties: { n: 3.5, b: false, z: null, inf: Infinity } }] };
		expect(mapData(fc).data.features[0].properties).toEqual({ p0: 3.5, p1: false, p2: null, p3: null });
	});

	it('the date filter works on the mapped key, even for a date property named "constructor"', () => {
		const fc: FeatureCollection = JSON.parse(
			'{"type":"FeatureCollection","features":[' +
				'{"type":"Feature","properties":{"constructor":"2025-03-02"},"geometry":{"type":"Point","coordinates":[1,1]}},' +
				'{"type":"Feature","properties":{"constructor":"2025-05-20"},"geometry":{"type":"Point","coordinates":[1,1]}},' +
				'{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,1]}}]}'
		);
		expect(dateProperties(fc)).toEqual(['constructor']);
		const { data, keys } = mapData(fc);
		const key = keys.get('constructor')!;
		const f = featureFilter(dateFilter(key, '2025-04-01', '')!, 'layers[0].filter');
		const kept = data.features.map((feat, i) => ({ i, ok: f.filter({ zoom: 5 }, { type: 1, properties: feat.properties ?? {}, id: i, geometry: [] } as never) }));
		expect(kept.filter((k) => k.ok).map((k) => k.i)).toEqual([1]);
	});
});
