/** ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day ranges, for the time filter. */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Days in a month of the proleptic Gregorian calendar, by arithmetic: `Date.UTC` maps years 0–99
 * to 1900–1999, so it cannot judge 0001–0099.
 */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar day as YYYY-MM-DD, years 0001–9999. */
export function isIsoDay(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const [y, mo, d] = [+m[1], +m[2], +m[3]];
	return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of a partial date. */
export function firstDay(s: string): string {
	const m = PARTIAL.exec(s);
	if (!m) throw new Error(`not an ISO date: ${s}`);
	return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Last day of a partial date. */
export function lastDay(s: string): string {
	const m = PARTIAL.exec(s);
	if (!m) throw new Error(`not an ISO date: ${s}`);
	if (m[3]) return s;
	if (!m[2]) return `${m[1]}-12-31`;
	return `${m[1]}-${m[2]}-${pad(daysInMonth(+m[1], +m[2]))}`;
}

export function isPartialDate(s: unknown): s is string {
	if (typeof s !== 'string' || !PARTIAL.test(s)) return false;
	try {
		return isIsoDay(firstDay(s)) && isIsoDay(lastDay(s));
	} catch {
		return false;
	}
}

/** Whether [aFrom, aTo] meets [from, to]; both ends inclusive, either bound optional. */
export function overlaps(aFrom: string, aTo: string, from?: string, to?: string): boolean {
	return (from === undefined || aTo >= from) && (to === undefined || aFrom <= to);
}
