/**
 * An interview's answer tells the event its question asked about: «ماذا حدث يوم الأحد بالضبط؟» then «المسؤول: طائرة
 * مسيّرة تركية ضربت سيارة …» — the answer's first sentence, with no day of its own, is dated by the question on the line
 * before it («وماذا عن التظاهرة التي خرجت أمس؟» dates «تجمّع أكثر من مئتي شخص …»).
 */
import type { Span } from './scan';

/** The question on the line before the line `clause` opens (its first sentence), or null. */
export function askedBefore(text: string, clause: Span): Span | null {
	const lineStart = text.lastIndexOf('\n', clause.start - 1) + 1;
	// Only the answer's first sentence: a later one may move on to another day.
	if (/[.!؟?]/.test(text.slice(lineStart, clause.start))) return null;
	let end = lineStart;
	while (end > 0 && /\s/.test(text[end - 1])) end--;
	if (end === 0) return null;
	const start = text.lastIndexOf('\n', end - 1) + 1;
	const question = text.slice(start, end);
	return /[؟?]["»”]?$/.test(question) ? { start, end, text: question } : null;
}
