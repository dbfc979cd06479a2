/**
 * The words a date is searched by: "2025", "2025-10", "Oct", "October", أكتوبر, تشرين الأول… for every
 * month a dated thing may fall in, and the ISO day for a day-precise one.
 */
import { isPartialDate } from '$lib/corpus/dates';
import { GREGORIAN_MONTHS } from '$lib/arabic/months';

const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_EXTRA: Record<number, string[]> = { 9: ['Sept'] };

/** Names of month `m` (1–12) in English (full and short) and Arabic (every spelling the corpus reader knows: $lib/arabic/months). */
export function monthNames(m: number): string[] {
	const en = EN[m - 1];
	return [en, en.slice(0, 3), ...(EN_EXTRA[m] ?? []), ...GREGORIAN_MONTHS[m - 1]];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every `YYYY-MM` from the month of `from` to the month of `to` (ISO dates of any precision), at most 36. */
export function monthsBetween(from: string, to: string): string[] {
	// A date that is no calendar date (month 13) has no months: it must not break search for everyone.
	if (!isPartialDate(from) || !isPartialDate(to)) return [];
	const [y0, m0] = from.split('-').map(Number);
	const [y1, m1] = to.split('-').map(Number);
	const out: string[] = [];
	for (let y = y0, m = m0 || 1; (y < y1 || (y === y1 && m <= (m1 || 12))) && out.length < 36; m === 12 ? ((m = 1), y++) : m++) {
		out.push(`${y}-${pad(m)}`);
	}
	return out;
}

/**
 * Search words for a date span (ISO, any precision; `to` defaults to `from`).
 * @example dateWords('2025-10-22').includes('October') // true
 * @example dateWords('2024-12', '2025-01').includes('2025-01') // true
 */
export function dateWords(from: string | null | undefined, to?: string | null): string[] {
	if (!from || !isPartialDate(from) || (to && !isPartialDate(to))) return [];
	const months = monthsBetween(from, to || from);
	const out = new Set<string>();
	for (const ym of months) {
		const [y, m] = ym.split('-');
		out.add(y);
		out.add(ym);
		for (const name of monthNames(Number(m))) out.add(name);
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(from) && (!to || to === from)) {
		out.add(from);
		out.add(String(Number(from.slice(8))));
	}
	return [...out];
}
