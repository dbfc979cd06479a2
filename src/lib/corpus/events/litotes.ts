/**
 * «لم يكن إغلاق المنفذ في الثالث من كانون الثاني حدثاً عابراً», «لم تكن الغارة على القائم حادثة معزولة»: a negated
 * verdict on an event (it was no passing, isolated or ordinary thing) says that it happened. The negation judges the
 * event; it does not deny it (reach.ts).
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** «حدثاً عابراً», «أمراً عادياً», «حادثة معزولة», «تطوراً مفاجئاً»: the verdict the negated «كان» takes. */
const VERDICT = /(?:^|\s)(?:حدثا|حادثا|حادثه|امرا|تطورا|واقعه|خبرا)\s+(?:عابرا|عابره|معزولا|معزوله|عرضيا|عرضيه|عاديا|عاديه|مفاجئا|مفاجئه|بسيطا|بسيطه|هامشيا|هامشيه)(?![\p{L}])/u;

/** Whether the negation `cue` is «لم يكن / لم تكن» whose predicate, later in the clause, is such a verdict. */
export function litotes(text: string, cue: Span, c: Span): boolean {
	if (!/^[وف]?لم$/.test(norm(cue.text)) || !/^\s*[يت]كن(?![\p{L}])/u.test(norm(text.slice(cue.end, cue.end + 8)))) return false;
	return VERDICT.test(norm(text.slice(cue.end, c.end)));
}
