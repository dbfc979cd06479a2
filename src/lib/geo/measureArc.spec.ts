import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { distanceKm, type LngLat } from './measure';
import { measureFeatures } from './measureArc';

const albuKamal: LngLat = [40.91854, 34.45226];
const baghdad: LngLat = [44.40088, 33.34058];

describe('measureFeatures', () => {
	it('draws the arc between the two ends and labels its middle', () => {
		const fc = measureFeatures([albuKamal, baghdad], '340 km');
		const line = fc.features.find((f) => f.properties?.role === 'line')!;
		const coords = (line.geometry as { coordinates: number[][] }).coordinates;
		expect(coords[0][0]).toBeCloseTo(albuKamal[0], 6);
		expect(coords.at(-1)![1]).toBeCloseTo(baghdad[1], 6);
		// Drawn along the great circle: its length is the distance shown.
		expect(turf.length(line, { units: 'kilometers' })).toBeCloseTo(distanceKm(albuKamal, baghdad), 1);
		expect(fc.features.find((f) => f.properties?.role === 'label')!.properties!.label).toBe('340 km');
	});
	it('one point is only that point; two equal points do not break the arc', () => {
		expect(measureFeatures([albuKamal], '').features).toHaveLength(1);
		const same = measureFeatures([albuKamal, albuKamal], '0 m');
		expect(same.features.some((f) => f.geometry.coordinates.flat().some((n) => Number.isNaN(n)))).toBe(false);
	});
});
