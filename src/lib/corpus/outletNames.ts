/**
 * Where a text names an outlet, not a place: «بغداد اليوم» is a town and a word, and the name of the
 * news site Baghdad Today. A known outlet's name (./outlets.ts) is the outlet where it is written as
 * one: in the first lines (the date line and the credit: «صلاح الدين – بغداد اليوم»), between
 * quotation marks («لـ"بغداد اليوم"»), after «لـ» or a word for a medium (وكالة، موقع، قناة…). In a
 * sentence («شهدت بغداد اليوم انفجاراً», Baghdad saw an explosion today) the same words stay a place.
 */
import { Matcher, type Mention } from './match';
import { KNOWN_OUTLETS } from './outlets';

const matcher = new Matcher(KNOWN_OUTLETS.map((o) => ({ id: o.en, variants: o.ar })));

/** The lines a date line or a credit stands in. */
const HEAD_LINES = 3;
const OPEN_QUOTE = /["“«„'‘]\s*$/u;
const CLOSE_QUOTE = /^\s*["”»'’]/u;
// لـ/ل written onto the name, or a medium's noun (with its article or a preposition) right before it.
const MEDIUM_BEFORE = /(?:^|[\s(])(?:[وفب]?(?:ل|لـ)|(?:[وفبل]|لل)?(?:ال)?(?:وكالة|موقع|قناة|صحيفة|جريدة|شبكة|منصة|إذاعة|اذاعة|تلفزيون|صفحة|مراسل|مراسلة))\s*["“«]?\s*$/u;

/** The spans of `text` where a known outlet is named as an outlet. */
export function outletSpans(text: string): Mention[] {
	const head = [...text.matchAll(/[^\n]*\S[^\n]*/gu)].slice(0, HEAD_LINES).at(-1);
	const headEnd = head ? head.index + head[0].length : 0;
	return matcher.find(text).filter((m) => {
		const before = text.slice(Math.max(0, m.start - 24), m.start);
		const after = text.slice(m.end, m.end + 3);
		return m.end <= headEnd || (OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(after)) || MEDIUM_BEFORE.test(before);
	});
}

/** Whether `m` lies inside one of `spans`. */
export const insideSpans = (m: { start: number; end: number }, spans: readonly { start: number; end: number }[]) => spans.some((s) => m.start >= s.start && m.end <= s.end);
