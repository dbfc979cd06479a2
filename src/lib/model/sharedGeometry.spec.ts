import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { restoreGeometries, shareGeometries } from './sharedGeometry';

const square = (x: number): Geometry => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const f = (id: string, geometry: Geometry): Feature => ({ type: 'Feature', id, geometry, properties: { id } });
const fc: FeatureCollection = {
	type: 'FeatureCollection',
	features: [f('a', square(0)), f('b', square(0)), f('c', square(5)), f('d', { type: 'Point', coordinates: [1, 2] }), f('e', { type: 'Point', coordinates: [1, 2] }), f('g', square(0))]
};

describe('shared geometries', () => {
	it('sends a polygon used by several features once, and only that one', () => {
		const shared = shareGeometries(structuredClone(fc));
		expect(Object.keys(shared.geometries!)).toHaveLength(1);
		expect(shared.features.filter((x) => x.geometry === null).map((x) => x.id)).toEqual(['a', 'b', 'g']);
		expect(JSON.stringify(shared).length).toBeLessThan(JSON.stringify(fc).length);
	});

	it('restores exactly what was shared, through JSON as the page gets it', () => {
		const back = restoreGeometries(JSON.parse(JSON.stringify(shareGeometries(structuredClone(fc)))));
		expect(back).toEqual(fc);
		expect(back.features[0].geometry).toBe(back.features[1].geometry);
	});

	it('leaves a collection with nothing shared as it was', () => {
		const one: FeatureCollection = { type: 'FeatureCollection', features: [f('a', square(0)), f('c', square(5))] };
		expect(shareGeometries(one)).toEqual(one);
		expect(restoreGeometries(structuredClone(one))).toEqual(one);
	});
});
