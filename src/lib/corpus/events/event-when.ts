/**
 * Which of a clause's date expressions (findWhens, when.ts) is its event's date. Pure.
 */
import type { Span } from './scan';
import { findWhens, type Anchor, type When } from './when';

/**
 * The event's date among a clause's date expressions: an event date before one told against the event before,
 * before a report date, the closest to the event word; null when the clause dates nothing.
 */
export function eventWhen(text: string, articleDate: string | Anchor, clause: Span, at: number, yearHint: number | null = null): When | null {
	const all = findWhens(text, articleDate, clause.start, clause.end, yearHint).filter((w) => !w.background);
	if (!all.length) return null;
	const dist = (w: When) => Math.abs(w.evidence.start - at);
	// «بعد يومين على الهجوم، خرج العشرات … اليوم الخميس»: a day the clause names is its own, before one counted from the event told before.
	const rank = (w: When) => (w.role === 'report' ? 2 : w.role === 'same' || w.role === 'next' ? 1 : 0);
	// «عصر يوم أمس الأربعاء الموافق الخامس من آذار 2025»: the day, not the month.
	const fine = (w: When) => (w.precision === 'day' ? 0 : w.from === null ? 2 : 1);
	return [...all].sort((a, b) => rank(a) - rank(b) || fine(a) - fine(b) || dist(a) - dist(b))[0];
}
