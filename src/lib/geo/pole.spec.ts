import { describe, expect, it } from 'vitest';
import { polygonLabelPoint } from './pole';

describe('polygonLabelPoint', () => {
	it('sits near the middle of a rectangle', () => {
		const p = polygonLabelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] })!;
		expect(p[0]).toBeCloseTo(2, 0);
		expect(p[1]).toBeCloseTo(1, 0);
	});
	it('stays inside an L shape, where the centre of the box is outside', () => {
		const L = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
		const [x, y] = polygonLabelPoint({ type: 'Polygon', coordinates: L })!;
		expect(x <= 2 || y <= 2).toBe(true);
	});
	it('uses the largest part of a multipolygon', () => {
		const [x] = polygonLabelPoint({
			type: 'MultiPolygon',
			coordinates: [
				[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
				[[[10, 0], [20, 0], [20, 10], [10, 10], [10, 0]]]
			]
		})!;
		expect(x).toBeGreaterThan(10);
	});
	it('has nothing for points, lines, empty polygons and no geometry', () => {
		expect(polygonLabelPoint({ type: 'Point', coordinates: [1, 2] })).toBeNull();
		expect(polygonLabelPoint({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeNull();
		expect(polygonLabelPoint({ type: 'Polygon', coordinates: [] })).toBeNull();
		expect(polygonLabelPoint(null)).toBeNull();
	});
});
