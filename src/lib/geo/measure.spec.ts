import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { distanceKm, formatDistance, formatLngLat, measureFeatures, type LngLat } from './measure';

const albuKamal: LngLat = [40.91854, 34.45226];
const baghdad: LngLat = [44.40088, 33.34058];

describe('distanceKm', () => {
	it('is the great-circle distance: a degree of latitude is ~111.2 km', () => {
		expect(distanceKm([41, 34], [41, 35])).toBeCloseTo((Math.PI / 180) * 6371.0088, 3);
	});
	it('is symmetric and zero for one point', () => {
		expect(distanceKm(albuKamal, baghdad)).toBeCloseTo(distanceKm(baghdad, albuKamal), 9);
		expect(distanceKm(albuKamal, albuKamal)).toBe(0);
	});
});

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

describe('formatDistance', () => {
	it('metres under a kilometre, rounded to 10 m', () => {
		expect(formatDistance(0.4321, 'en-GB')).toBe('430 m');
		expect(formatDistance(0, 'en-GB')).toBe('0 m');
	});
	it('one decimal under 100 km, whole km above, grouping thousands', () => {
		expect(formatDistance(1, 'en-GB')).toBe('1.0 km');
		expect(formatDistance(12.345, 'en-GB')).toBe('12.3 km');
		expect(formatDistance(99.94, 'en-GB')).toBe('99.9 km');
		expect(formatDistance(340.6, 'en-GB')).toBe('341 km');
		expect(formatDistance(1234.4, 'en-GB')).toBe('1,234 km');
	});
	it('in Arabic: the unit in Arabic, the number as the locale writes it', () => {
		const s = formatDistance(12.345, 'ar');
		expect(s).toContain('كم');
		expect(s).toContain(new Intl.NumberFormat('ar', { minimumFractionDigits: 1 }).format(12.3));
		expect(formatDistance(0.5, 'ar')).toContain('م');
	});
	it('refuses what is not a distance', () => {
		expect(() => formatDistance(-1, 'en-GB')).toThrow(RangeError);
		expect(() => formatDistance(Number.NaN, 'en-GB')).toThrow(RangeError);
	});
});

describe('formatLngLat', () => {
	it('latitude first, with hemispheres', () => {
		expect(formatLngLat(albuKamal, 'en-GB')).toBe('34.4523° N, 40.9185° E');
		expect(formatLngLat([-3.5, -10.25], 'en-GB')).toBe('10.2500° S, 3.5000° W');
	});
});
