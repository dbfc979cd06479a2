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

describe('a line’s point', () => {
	/** A bent line: most of its length runs east from (40, 34), then it turns north; its box centre is off the line. */
	const bent = { type: 'LineString' as const, coordinates: [[40, 34], [41, 34], [41, 38]] };
	it('lies halfway along the line, on it', () => {
		const p = representativePoint(bent)!;
		expect(p.lon).toBeCloseTo(41, 5);
		// Halfway along ~92 + ~445 km is ~268 km from the start: ~176 km up the northward leg from 34°N.
		expect(p.lat).toBeGreaterThan(35.4);
		expect(p.lat).toBeLessThan(35.8);
	});
	it('walks the parts of a multiline in order', () => {
		const p = representativePoint({ type: 'MultiLineString', coordinates: [[[40, 30], [40, 31]], [[45, 30], [45, 33]]] })!;
		expect(p.lon).toBe(45);
		expect(p.lat).toBeCloseTo(31, 1);
	});
	it('near miss: an area keeps its bounding box centre, a point itself', () => {
		expect(representativePoint({ type: 'Polygon', coordinates: [[[40, 34], [41, 34], [41, 38], [40, 34]]] })).toEqual({ lon: 40.5, lat: 36 });
		expect(representativePoint({ type: 'Point', coordinates: [41, 34] })).toEqual({ lon: 41, lat: 34 });
	});
});
