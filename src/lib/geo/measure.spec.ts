import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance, formatLngLat, type LngLat } from './measure';

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
