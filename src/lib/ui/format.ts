import type { DatePrecision } from '$lib/types';
import { dateFormat, formatNumber, m, term } from '$lib/i18n';
import { isPartialDate } from '$lib/corpus/dates';

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) shown no more precisely than the source allows, with
 * `Intl` for the interface language (in UTC, so the server and the browser print the same thing).
 * @example formatDate('2025-10-22', 'day') // '22 Oct 2025' (English) | '٢٢ أكتوبر ٢٠٢٥' (Arabic)
 * @example formatDate('2025-10', 'approximate') // 'about Oct 2025'
 * A value that is no calendar date (month 13, 30 February) is shown as it is, never as another date.
 */
export function formatDate(date: string | null | undefined, precision: DatePrecision = 'day'): string {
	if (!date || precision === 'unknown') return m.date_unknown();
	if (!isPartialDate(date)) return date;
	const [y, mo, d] = date.split('-').map(Number);
	// setUTCFullYear: Date.UTC would read years 0–99 as 1900–1999.
	const at = new Date(0);
	at.setUTCFullYear(y, (mo || 1) - 1, d || 1);
	const fields: Intl.DateTimeFormatOptions =
		precision === 'year' || !mo
			? { year: 'numeric' }
			: precision === 'month' || !d
				? { month: 'short', year: 'numeric' }
				: { day: 'numeric', month: 'short', year: 'numeric' };
	const out = dateFormat({ ...fields, timeZone: 'UTC' }).format(at);
	return precision === 'approximate' ? m.about_date({ date: out }) : out;
}

/** How precisely a date is known, in words. */
export function precisionWords(p: DatePrecision): string {
	return { day: m.prec_day, month: m.prec_month, year: m.prec_year, approximate: m.prec_approximate, unknown: m.prec_unknown }[p]();
}

/**
 * A distance in kilometres, rounded to what the data can bear.
 * @example formatKm(0.4) // 'under 1 km'
 * @example formatKm(7.25) // '7.3 km'
 */
export function formatKm(km: number | null | undefined): string {
	if (km === null || km === undefined || !Number.isFinite(km)) return m.km_unknown();
	if (km === 0) return m.km({ n: formatNumber(0) });
	if (km < 1) return m.km_under_1();
	if (km < 10) return m.km({ n: formatNumber(km, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
	return m.km({ n: formatNumber(Math.round(km)) });
}

/** ACLED geo precision explained, as the panel states it. */
export function geoPrecisionWords(p: 1 | 2 | 3, radiusKm: number | null): string {
	if (p === 1) return m.precision_1();
	if (p === 2) return radiusKm ? m.precision_2_radius({ radius: formatKm(radiusKm) }) : m.precision_2();
	return m.precision_3();
}

/** A data term in the interface language: `drug-seizure` → `drug seizure` | `ضبط مخدرات`. */
export function humanise(s: string | null | undefined): string {
	return term(s);
}
