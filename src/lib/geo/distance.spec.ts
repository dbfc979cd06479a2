import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Geometry } from 'geojson';
import { distanceKm } from './distance';

const pt = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });
const square = (x: number, y: number, s: number): Geometry => ({
	type: 'Polygon',
	coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]]
});
const km = (a: number[], b: number[]) => turf.distance(a, b, { units: 'kilometers' });

describe('distanceKm', () => {
	it('measures point to point and is symmetric', () => {
		expect(distanceKm(pt(40, 34), pt(41, 34))).toBeCloseTo(km([40, 34], [41, 34]), 6);
		expect(distanceKm(pt(41, 34), pt(40, 34))).toBeCloseTo(distanceKm(pt(40, 34), pt(41, 34)), 9);
	});
	it('is 0 inside or touching a polygon, and to its outline from outside', () => {
		expect(distanceKm(pt(40.5, 34.5), square(40, 34, 1))).toBe(0);
		expect(distanceKm(square(40, 34, 1), pt(40.5, 34.5))).toBe(0);
		expect(distanceKm(pt(42, 34.5), square(40, 34, 1))).toBeCloseTo(km([42, 34.5], [41, 34.5]), 0);
	});
	it('measures polygon to polygon and polygon to line by their nearest parts', () => {
		expect(distanceKm(square(40, 34, 1), square(40.5, 34.5, 1))).toBe(0);
		const d = distanceKm(square(40, 34, 1), square(42, 34, 1));
		expect(d).toBeGreaterThan(km([41, 34.5], [42, 34.5]) * 0.98);
		expect(d).toBeLessThan(km([41, 34], [42, 34]) * 1.001);
		const line: Geometry = { type: 'LineString', coordinates: [[43, 30], [43, 40]] };
		expect(distanceKm(square(40, 34, 1), line)).toBeCloseTo(km([41, 34], [43, 34]), -1);
		expect(distanceKm(line, square(42.5, 34, 1))).toBe(0);
	});
	it('is 0 where lines cross', () => {
		const a: Geometry = { type: 'LineString', coordinates: [[40, 34], [42, 36]] };
		const b: Geometry = { type: 'LineString', coordinates: [[40, 36], [42, 34]] };
		expect(distanceKm(a, b)).toBe(0);
	});
});
