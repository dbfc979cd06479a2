import { describe, expect, it } from 'vitest';
import { geometryBounds, intersects } from './bounds';

describe('geometryBounds', () => {
	it('spans every vertex', () => {
		expect(
			geometryBounds({ type: 'LineString', coordinates: [[44.4, 35.5], [35.9, 35.2], [40, 34]] })
		).toEqual([[35.9, 34], [44.4, 35.5]]);
	});
	it('is null without geometry', () => {
		expect(geometryBounds(null)).toBeNull();
	});
});

describe('intersects', () => {
	it('tells overlapping from disjoint boxes', () => {
		expect(intersects([[0, 0], [2, 2]], [[1, 1], [3, 3]])).toBe(true);
		expect(intersects([[0, 0], [1, 1]], [[2, 2], [3, 3]])).toBe(false);
	});
});
