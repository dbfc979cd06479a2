import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geometryOf, isShared, shareGeometries } from './sharedGeometry';

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

	it('gives every feature its geometry back by reference, through JSON as the page gets it, one object per shared polygon', () => {
		const sent = JSON.parse(JSON.stringify(shareGeometries(structuredClone(fc))));
		expect(sent.features.map((x: Feature) => geometryOf(x, sent.geometries))).toEqual(fc.features.map((x) => x.geometry));
		expect(geometryOf(sent.features[0], sent.geometries)).toBe(geometryOf(sent.features[1], sent.geometries));
		expect(sent.features.map(isShared)).toEqual([true, true, false, false, false, true]);
		// The features stay as sent: nothing is copied back into them.
		expect(sent.features[0].geometry).toBeNull();
	});

	it('finds nothing for a reference the collection does not hold', () => {
		const lost: Feature = { type: 'Feature', geometry: null, properties: { geometry_ref: 'g9' } } as unknown as Feature;
		expect(geometryOf(lost, { g0: square(0) })).toBeNull();
		expect(geometryOf(lost, undefined)).toBeNull();
	});

	it('leaves a collection with nothing shared as it was', () => {
		const one: FeatureCollection = { type: 'FeatureCollection', features: [f('a', square(0)), f('c', square(5))] };
		expect(shareGeometries(one)).toEqual(one);
	});
});
