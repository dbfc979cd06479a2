import type { DatePrecision } from '$lib/types';
import { dateFormat, formatNumber, getLocale, m, term, type Locale } from '$lib/i18n';
import { arabicMonth } from '$lib/arabic/months';
import { isPartialDate } from '$lib/corpus/dates';

export interface DateOptions {
	/** Arabic: the Egyptian/Gulf month after the Levantine one ("تشرين الأول/أكتوبر"), where a reader from elsewhere needs it. */
	twin?: boolean;
	/** The language; the page's by default (tests and the server pass one). */
	locale?: Locale;
}

/**
 * The one date formatter of the interface. An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) shown no more
 * precisely than the source allows, in the catalogue's digits. English through `Intl` (in UTC, so
 * the server and the browser print the same thing); Arabic with the Iraqi/Levantine month names
 * of $lib/arabic/months, which no `Intl` locale writes.
 * @example formatDate('2025-10-22', 'day') // '22 Oct 2025' (English) | '22 تشرين الأول 2025' (Arabic)
 * @example formatDate('2025-10-22', 'day', { twin: true }) // Arabic: '22 تشرين الأول/أكتوبر 2025'
 * @example formatDate('2025-10', 'approximate') // 'about Oct 2025'
 * A value that is no calendar date (month 13, 30 February) is shown as it is, never as another date.
 */
export function formatDate(date: string | null | undefined, precision: DatePrecision = 'day', opts: DateOptions = {}): string {
	const locale = opts.locale ?? getLocale();
	if (!date || precision === 'unknown') return m.date_unknown({}, { locale });
	if (!isPartialDate(date)) return date;
	const [y, mo, d] = date.split('-').map(Number);
	const shown = precision === 'year' || !mo ? 'year' : precision === 'month' || !d ? 'month' : 'day';
	const out = locale === 'ar' ? arabicDate(y, mo, d, shown, opts.twin, locale) : intlDate(y, mo, d, shown, locale);
	return precision === 'approximate' ? m.about_date({ date: out }, { locale }) : out;
}

function intlDate(y: number, mo: number, d: number, shown: 'year' | 'month' | 'day', locale: Locale): string {
	// setUTCFullYear: Date.UTC would read years 0–99 as 1900–1999.
	const at = new Date(0);
	at.setUTCFullYear(y, (mo || 1) - 1, d || 1);
	const fields: Intl.DateTimeFormatOptions =
		shown === 'year' ? { year: 'numeric' } : shown === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
	return dateFormat({ ...fields, timeZone: 'UTC' }, locale).format(at);
}

function arabicDate(y: number, mo: number, d: number, shown: 'year' | 'month' | 'day', twin = false, locale: Locale = 'ar'): string {
	const year = formatNumber(y, { useGrouping: false }, locale);
	if (shown === 'year') return year;
	const month = `${arabicMonth(mo, twin)} ${year}`;
	return shown === 'month' ? month : `${formatNumber(d, undefined, locale)} ${month}`;
}

/** A moment (an export's or a brief's making) as date and UTC time, through the same formatter. */
export function formatTimestamp(at: Date, locale: Locale = getLocale()): string {
	const time = formatNumber(at.getUTCHours(), { minimumIntegerDigits: 2 }, locale) + ':' + formatNumber(at.getUTCMinutes(), { minimumIntegerDigits: 2 }, locale);
	return `${formatDate(at.toISOString().slice(0, 10), 'day', { locale })} ${time} UTC`;
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
