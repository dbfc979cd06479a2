/**
 * The measure tool's numbers and wording, pure: the geodesic (great-circle, Turf's haversine on
 * the mean Earth radius) distance between two points and the distance as text. The arc the map
 * draws is ./measureArc.ts, loaded only when the tool is first switched on.
 */
import * as turf from '@turf/turf';

export type LngLat = [number, number];

/**
 * Great-circle distance in km, as `turf.distance` gives it.
 * @example distanceKm([40.918, 34.452], [41.141, 34.367]) // ≈ 22.4
 */
export function distanceKm(a: LngLat, b: LngLat): number {
	return turf.distance(a, b, { units: 'kilometers' });
}

/**
 * A distance for people: metres under 1 km, one decimal under 100 km, whole km above; in the
 * locale's digits and unit (`Intl` unit formatting).
 * @example formatDistance(12.345, 'en-GB') // '12.3 km'
 * @example formatDistance(0.4321, 'en-GB') // '430 m'
 */
export function formatDistance(km: number, locale: string): string {
	if (!Number.isFinite(km) || km < 0) throw new RangeError(`not a distance: ${km}`);
	const fmt = (n: number, unit: 'kilometer' | 'meter', digits: number) =>
		new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
	if (km < 1) return fmt(Math.round(km * 100) * 10, 'meter', 0);
	if (km < 100) return fmt(Math.round(km * 10) / 10, 'kilometer', 1);
	return fmt(Math.round(km), 'kilometer', 0);
}

/**
 * A position as people read it: latitude first, degrees with N/S and E/W, 4 decimals (~10 m).
 * @example formatLngLat([40.91854, 34.45226], 'en-GB') // '34.4523° N, 40.9185° E'
 */
export function formatLngLat([lng, lat]: LngLat, locale: string, hemispheres = { n: 'N', s: 'S', e: 'E', w: 'W' }): string {
	const f = (n: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(Math.abs(n));
	return `${f(lat)}° ${lat >= 0 ? hemispheres.n : hemispheres.s}, ${f(lng)}° ${lng >= 0 ? hemispheres.e : hemispheres.w}`;
}
