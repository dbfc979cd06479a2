import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { labelPoint, labelPoints, riverLabelPoints } from './labelPoints';
import { LABEL_POINT } from '$lib/model/map';

describe('labelPoint', () => {
	const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]] };
	it('puts a polygon\'s point at its pole of inaccessibility, a point as it is, a line\'s middle vertex', () => {
		const [x, y] = labelPoint({ type: 'Feature', geometry: square, properties: {} })!;
		expect(x).toBeCloseTo(2, 1);
		expect(y).toBeCloseTo(2, 1);
		expect(labelPoint({ type: 'Feature', geometry: { type: 'Point', coordinates: [5, 6] }, properties: {} })).toEqual([5, 6]);
		expect(labelPoint({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] }, properties: {} })).toEqual([1, 1]);
	});
	it('has none for a polygon without a ring, or no geometry', () => {
		expect(labelPoint({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} })).toBeNull();
		expect(labelPoint({ type: 'Feature', geometry: null, properties: {} } as unknown as Feature)).toBeNull();
	});
});

describe('labelPoints', () => {
	it('drops excerpts and the label point property, keeps names, and skips features without a point', () => {
		const fc = labelPoints({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'a',
					geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
					properties: { name_en: 'A', excerpts: [1], [LABEL_POINT]: [0.7, 0.3] }
				},
				{ type: 'Feature', id: 'b', geometry: { type: 'Polygon', coordinates: [] }, properties: { name_en: 'B' } }
			]
		});
		expect(fc.features).toHaveLength(1);
		expect(fc.features[0].properties).toEqual({ name_en: 'A' });
		expect(fc.features[0].id).toBe('a');
		const [x, y] = fc.features[0].geometry.coordinates;
		// Inside the triangle (0,0) (1,0) (1,1): below the diagonal.
		expect(x > y && x < 1 && y > 0).toBe(true);
	});
});

describe('riverLabelPoints', () => {
	it('gives each river one point, on its longest stretch', () => {
		const fc = riverLabelPoints({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: { name_en: 'Euphrates' } },
				{
					type: 'Feature',
					geometry: { type: 'MultiLineString', coordinates: [[[5, 5], [6, 6], [7, 7], [8, 8], [9, 9]]] },
					properties: { name_en: 'Euphrates' }
				}
			]
		});
		expect(fc.features).toHaveLength(1);
		expect(fc.features[0].geometry.coordinates).toEqual([7, 7]);
	});
});
