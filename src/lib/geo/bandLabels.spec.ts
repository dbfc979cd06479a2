import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { bandLabelPoints, distanceToPolylineKm } from './bandLabels';

describe('bandLabelPoints: labels on the outer edge of each border band', () => {
	it('a straight border: one label per width per side at each step, each at its width from the line', () => {
		expect.hasAssertions();
		const line: Position[] = [
			[41, 33],
			[41, 35]
		];
		const fc = bandLabelPoints(line, [10, 25, 50], 100);
		// About 221 km of line: labels at 50 and 150 km, 3 widths, 2 sides.
		expect(fc.features).toHaveLength(12);
		for (const f of fc.features) {
			const d = distanceToPolylineKm(f.geometry.coordinates, line);
			expect(Math.abs(d - f.properties.width_km), `${f.properties.width_km} km label at ${d.toFixed(2)} km`).toBeLessThan(0.2);
			// Left of a line running north is west.
			expect(Math.sign(f.geometry.coordinates[0] - 41)).toBe(-f.properties.side);
			expect(f.properties.derived_from).toMatch(/border line/);
		}
	});

	it('a bend: no label lands nearer or farther than its band edge', () => {
		expect.hasAssertions();
		const line: Position[] = [
			[40, 34],
			[41, 34],
			[41.05, 33.2]
		];
		const fc = bandLabelPoints(line, [10, 25, 50], 20);
		expect(fc.features.length).toBeGreaterThan(0);
		for (const f of fc.features) expect(Math.abs(distanceToPolylineKm(f.geometry.coordinates, line) - f.properties.width_km)).toBeLessThanOrEqual(0.1 * f.properties.width_km);
	});

	it('nothing for a line shorter than half a step, or a single point', () => {
		expect(bandLabelPoints([[41, 34], [41.1, 34]], [10], 120).features).toEqual([]);
		expect(bandLabelPoints([[41, 34]], [10], 120).features).toEqual([]);
	});
});
