/** ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day ranges, for the time filter. */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDay(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
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
	const days = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
	return `${m[1]}-${m[2]}-${pad(days)}`;
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
