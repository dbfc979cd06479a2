/**
 * A governorate is drawn at the mean of its outline's vertices (turf's centroid), as the coders draw a region; other
 * areas at their bounding box's centre. Invented shapes.
 */
import { describe, expect, it } from 'vitest';
import { representativePoint, vertexCentroid } from './geography';

/** An L-shaped outline: its bounding box's centre lies far from where most of its vertices are. */
const L = { type: 'Polygon' as const, coordinates: [[[40, 30], [44, 30], [44, 31], [41, 31], [41, 36], [40, 36], [40, 30]]] };

describe('a governorate’s point', () => {
	it('is the mean of its vertices, the closing vertex left out', () => {
		expect(vertexCentroid(L)).toEqual({ lon: 41.66667, lat: 32.33333 });
		expect(representativePoint(L)).toEqual({ lon: 42, lat: 33 });
	});
	it('counts every ring of a multipolygon', () => {
		const m = { type: 'MultiPolygon' as const, coordinates: [[[[0, 0], [2, 0], [2, 2], [0, 0]]], [[[10, 10], [12, 10], [12, 12], [10, 10]]]] };
		expect(vertexCentroid(m)).toEqual({ lon: 6.33333, lat: 5.66667 });
	});
	it('near miss: a point or a line keeps its own representative point', () => {
		expect(vertexCentroid({ type: 'Point', coordinates: [41, 34] })).toEqual({ lon: 41, lat: 34 });
		expect(vertexCentroid(null)).toBeNull();
	});
});
