import { describe, expect, it } from 'vitest';
import { labelPoint, labelPoints, riverLabelPoints } from './labelPoint';

describe('labelPoint', () => {
	it('sits near the middle of a rectangle', () => {
		const p = labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] })!;
		expect(p[0]).toBeCloseTo(2, 0);
		expect(p[1]).toBeCloseTo(1, 0);
	});
	it('stays inside an L shape, where the centre of the box is outside', () => {
		const L = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
		const [x, y] = labelPoint({ type: 'Polygon', coordinates: L })!;
		expect(x <= 2 || y <= 2).toBe(true);
	});
	it('uses the largest part of a multipolygon', () => {
		const [x] = labelPoint({
			type: 'MultiPolygon',
			coordinates: [
				[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
				[[[10, 0], [20, 0], [20, 10], [10, 10], [10, 0]]]
			]
		})!;
		expect(x).toBeGreaterThan(10);
	});
});

describe('labelPoints', () => {
	it('drops excerpts and keeps names', () => {
		const fc = labelPoints({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'a',
					geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
					properties: { name_en: 'A', excerpts: [1] }
				}
			]
		});
		expect(fc.features[0].properties).toEqual({ name_en: 'A' });
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
