/**
 * «وفي عملية أخرى، ألقت مفارز …», «وفي حادثة منفصلة، …», «وفي حادث آخر», «في عملية ثانية»: the writer says the
 * sentence tells another event than the one just told. Its first event clause is never folded into that event, however
 * close in type, day and region (an arrest told after a seizure the same night was merged into it); an event told
 * before that one (the lead that summed up both) may still take it. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

const ANOTHER = /^[\s"«“]*(?:[وف]?(?:في|فى)\s+)?(?:عمليه|حادثه|حادث|حاديه|واقعه|هجوم|ضربه|غاره|اعتداء|سياق|تطور|حمله)\s+(?:اخري|اخر|منفصله|منفصل|ثانيه|ثاني|ثالثه|ثالث|مستقله|مستقل)(?![\p{L}])/u;

/** Whether the clause `c`, the first event clause of the sentence starting at `sentence`, opens with «وفي عملية أخرى». */
export function toldApart(text: string, c: Span, sentence: number, drafted: { ev: { clause: Span } }[]): boolean {
	if (drafted.some((r) => r.ev.clause.start >= sentence && r.ev.clause.start < c.start)) return false;
	return ANOTHER.test(norm(text.slice(sentence, Math.max(c.end, sentence + 40))));
}

/** The events a clause may still be another telling of: all told so far, but the one just told when «وفي عملية أخرى» opens it. */
export function stillOpen<R extends { ev: { clause: Span } }>(text: string, c: Span, sentence: number, told: R[]): R[] {
	return toldApart(text, c, sentence, told) ? told.slice(0, -1) : told;
}
