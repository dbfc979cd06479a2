/**
 * The `date` field of a draft from the date its clause gives (when.ts) and what the article's own
 * date is known as: a day, a span (a month, an approximate range), or nothing. An unknown date is
 * never guessed: it stays null with the reason and a way to set it, and the confidence drops.
 */
import type { DraftDate } from './schema';
import type { Anchor, When } from './when';
import { findDates } from '../dates';

export interface DatedDraft {
	date: DraftDate;
	/** Confidence to take off, with the reason for `reasons`; 0 and null when the date is sound. */
	penalty: number;
	reason: string | null;
}

const shift = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

export function draftDate(article: string, when: When | null, anchor: Anchor): DatedDraft {
	const fix = `set it in articles/${article}.json or accept with --date`;
	if (when && when.from !== null && when.to !== null) {
		const report = when.role === 'report';
		const date: DraftDate = {
			value: when.from === when.to ? when.from : null,
			from: when.from,
			to: when.to,
			precision: report || when.precision === 'unknown' ? 'approximate' : when.precision,
			evidence: when.evidence,
			note: report ? 'the date the source spoke; the event may be a day or two earlier' : (when.note ?? null)
		};
		// Widened against an article dated only to a span: right but loose.
		const loose = !!anchor && anchor.from !== anchor.to && when.note !== undefined;
		return { date, penalty: loose ? 0.05 : 0, reason: loose ? `−0.05 ${when.note}` : null };
	}
	if (when) {
		const note = `${when.note ?? `«${when.evidence.text}» cannot be resolved`}: ${fix}`;
		return { date: { value: null, from: null, to: null, precision: 'unknown', evidence: when.evidence, note }, penalty: 0.15, reason: `−0.15 no date: ${note}` };
	}
	if (anchor) {
		const day = anchor.from === anchor.to;
		const note = day ? "the clause dates nothing: the article's date and the two days before it" : `the clause dates nothing: the article's date, known only as ${anchor.from}…${anchor.to}, and the two days before it`;
		return {
			date: { value: null, from: shift(anchor.from, -2), to: anchor.to, precision: 'approximate', evidence: null, note },
			penalty: 0.05,
			reason: "−0.05 no date of its own: the article's date stands in"
		};
	}
	const note = `the clause dates nothing and the article's date is unknown: ${fix}`;
	return { date: { value: null, from: null, to: null, precision: 'unknown', evidence: null, note }, penalty: 0.15, reason: `−0.15 no date: ${note}` };
}

/** The year an undated article's dates without a year take: the latest year its explicit dates give. */
export function yearOf(text: string): number | null {
	const ys = findDates(text).filter((d) => d.calendar === 'gregorian' && d.year !== null).map((d) => d.year!);
	return ys.length ? Math.max(...ys) : null;
}
