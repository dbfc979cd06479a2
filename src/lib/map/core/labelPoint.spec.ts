import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { LABEL_POINT, labelPoint, labelPoints, riverLabelPoints } from './labelPoint';

describe('labelPoint', () => {
	const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]] };
	it('takes a polygon\'s point from the server, a point as it is, a line\'s middle vertex', () => {
		expect(labelPoint({ type: 'Feature', geometry: square, properties: { [LABEL_POINT]: [2, 2] } })).toEqual([2, 2]);
		expect(labelPoint({ type: 'Feature', geometry: { type: 'Point', coordinates: [5, 6] }, properties: {} })).toEqual([5, 6]);
		expect(labelPoint({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] }, properties: {} })).toEqual([1, 1]);
	});
	it('has none for a polygon without a usable point, or no geometry', () => {
		expect(labelPoint({ type: 'Feature', geometry: square, properties: {} })).toBeNull();
		expect(labelPoint({ type: 'Feature', geometry: square, properties: { [LABEL_POINT]: ['x', 1] } })).toBeNull();
		expect(labelPoint({ type: 'Feature', geometry: null, properties: {} } as unknown as Feature)).toBeNull();
	});
});

describe('labelPoints', () => {
	it('drops excerpts and the label point, keeps names, and skips features without a point', () => {
		const fc = labelPoints({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'a',
					geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
					properties: { name_en: 'A', excerpts: [1], [LABEL_POINT]: [0.7, 0.3] }
				},
				{ type: 'Feature', id: 'b', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { name_en: 'B' } }
			]
		});
		expect(fc.features).toHaveLength(1);
		expect(fc.features[0].properties).toEqual({ name_en: 'A' });
		expect(fc.features[0].geometry.coordinates).toEqual([0.7, 0.3]);
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
