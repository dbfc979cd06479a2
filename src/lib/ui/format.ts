import type { DatePrecision } from '$lib/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) shown no more precisely than the source allows.
 * Pure string work, no Date or locale: the server and the browser must print the same thing.
 * @example formatDate('2025-10-22', 'day') // '22 Oct 2025'
 * @example formatDate('2025-10', 'approximate') // 'about Oct 2025'
 */
export function formatDate(date: string | null | undefined, precision: DatePrecision = 'day'): string {
	if (!date || precision === 'unknown') return 'date unknown';
	const [y, m, d] = date.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	let out: string;
	if (precision === 'year' || !month) out = y;
	else if (precision === 'month' || !d) out = `${month} ${y}`;
	else out = `${Number(d)} ${month} ${y}`;
	return precision === 'approximate' ? `about ${out}` : out;
}

/** How precisely a date is known, in words. */
export function precisionWords(p: DatePrecision): string {
	return {
		day: 'exact day',
		month: 'month only',
		year: 'year only',
		approximate: 'approximate',
		unknown: 'not given in the text'
	}[p];
}

/**
 * A distance in kilometres, rounded to what the data can bear.
 * @example formatKm(0.4) // 'under 1 km'
 * @example formatKm(7.25) // '7.3 km'
 */
export function formatKm(km: number | null | undefined): string {
	if (km === null || km === undefined || !Number.isFinite(km)) return 'unknown';
	if (km === 0) return '0 km';
	if (km < 1) return 'under 1 km';
	if (km < 10) return `${km.toFixed(1)} km`;
	return `${Math.round(km).toLocaleString('en-GB')} km`;
}

/** ACLED geo precision explained, as the panel states it. */
export function geoPrecisionWords(p: 1 | 2 | 3, radiusKm: number | null): string {
	if (p === 1) return 'Precision 1 — the text names the town; drawn as a point.';
	if (p === 2)
		return `Precision 2 — near or part of a named place; drawn as a ${radiusKm ? `${formatKm(radiusKm)} radius` : 'footprint'}, not a pin.`;
	return 'Precision 3 — a region or "the border area"; drawn as the whole footprint, not a pin.';
}

/** `drug-seizure` → `drug seizure`. */
export function humanise(s: string | null | undefined): string {
	return (s ?? '').replace(/[-_]+/g, ' ').trim();
}
