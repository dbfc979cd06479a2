/**
 * The words with which a news text turns to another incident: «وفي عملية أخرى»، «وفي حادثة منفصلة»، «وفي حادث آخر»،
 * «في عملية ثانية»، «وفي سياق متصل»، «في سياق منفصل»، «من جهة أخرى»، «على صعيد آخر»، «وفي تطور منفصل». A clause that
 * opens with them tells a new event, never the one told just before it again, however close their type, day and
 * place (an arrest told after a seizure the same night was merged into it); an event told before that one (the lead
 * that summed up both) may still take it. Two lanes wrote this concern at once; this is the union of their words.
 * Normalised text (ة → ه, ى → ي, hamza seats dropped). Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/**
 * «وفي اليوم ذاته، تعرّضت قرى … لقصف مدفعي», «وفي نفس اليوم، قصفت …», «في الليلة نفسها»: a writer opens a sentence with
 * the day of the event just told only to tell another event of that day; the same event needs no «on the same day».
 */
const SAME_DAY = String.raw`(?:اليوم|الليله)\s+(?:نفسه|ذاته|عينه|نفسها|ذاتها|عينها)|(?:ذات|نفس)\s+(?:اليوم|الليله)`;

export const ANOTHER = new RegExp(
	String.raw`^[\s\u00A0"«“]*[وف]?(?:(?:في|فى|ب)\s+)?(?:سياق\s+(?:متصل|اخر|اخري|منفصل|مختلف|ذي\s+صله|ثان|ثاني|ثانيه|مستقل)|(?:عمليه|حادثه|حادث|حاديه|واقعه|تطور|هجوم|ضربه|غاره|اعتداء|حمله)\s+(?:اخري|اخر|منفصله|منفصل|ثانيه|ثاني|ثان|ثالثه|ثالث|مستقله|مستقل|مشابه|مشابهه)|(?:من|علي)\s+(?:جهه|صعيد)\s+(?:اخري|ثانيه|اخر|متصل|منفصل)|${SAME_DAY})(?![\p{L}])`,
	'u'
);

/** A lead's clause that adds a second incident to the first: «…، فيما قُتل راعٍ بلغم», «بينما أصيب مختار …». */
export const LISTED = /^[\s\u00A0]*(?:فيما|بينما|في\s+حين|وفي\s+حين)(?![\p{L}])/u;

/** Whether the clause `c`, the first event clause of the sentence starting at `sentence`, opens with «وفي عملية أخرى». */
export function toldApart(text: string, c: Span, sentence: number, drafted: { ev: { clause: Span } }[]): boolean {
	if (drafted.some((r) => r.ev.clause.start >= sentence && r.ev.clause.start < c.start)) return false;
	return ANOTHER.test(norm(text.slice(sentence, Math.max(c.end, sentence + 40))));
}

/** The events a clause may still be another telling of: all told so far, but the one just told when «وفي عملية أخرى» opens it. */
export function stillOpen<R extends { ev: { clause: Span } }>(text: string, c: Span, sentence: number, told: R[]): R[] {
	if (!toldApart(text, c, sentence, told)) return told;
	// A lead that listed both incidents («…، فيما أصيب مختار بعبوة») still sums up the one told «في حادث آخر».
	const last = told.at(-1);
	return last && LISTED.test(norm(text.slice(last.ev.clause.start, last.ev.clause.end))) ? told : told.slice(0, -1);
}
