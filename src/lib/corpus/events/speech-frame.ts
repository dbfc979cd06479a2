/**
 * A place inside a speech frame — between a verb of saying and its «إن/أن» — says where the speaker is
 * («قالت قيادة الأمن الداخلي في دير الزور إن دورية … ألقت القبض على شخصين في محيط البصيرة», «أفادت مصادر محلية
 * في الرقة بأن …»): a command, a source or an office sits in the city of its governorate, and the events it
 * reports happen across it. When the reported content names a place of its own, that place is the event's;
 * when it names none, the frame's place is all the clause gives and is kept.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** A verb of saying or announcing, any person or gender, with و/ف. */
const SAY = /(?:^|\s)[وف]?(?:قال|قالت|اعلن|اعلنت|اعلنوا|ذكر|ذكرت|افاد|افادت|افادوا|اكد|اكدت|اكدوا|اوضح|اوضحت|صرح|صرحت|كشف|كشفت|نقل|نقلت|اشار|اشارت|تحدث|تحدثت)\s+[^،,.:;"«»“”]*$/u;
/** The complementiser that opens what was said: إن، أن، بأن (with a pronoun: أنها، إنه). */
const THAT = /(?<![\p{L}])[وف]?ب?[إأا]ن(?:ه|ها|هم|هما)?(?![\p{L}])/u;

/** Where the content of a saying opens when `m` stands in its frame, or -1 when it does not. */
function contentAfter(text: string, clause: Span, m: Span): number {
	const before = norm(text.slice(Math.max(clause.start, m.start - 70), m.start));
	if (!SAY.test(before) || THAT.test(before.slice(before.search(SAY)))) return -1;
	const rest = text.slice(m.end, Math.min(clause.end, m.end + 40));
	const that = rest.match(THAT);
	if (!that || /[،,.:;"«»“”]/.test(rest.slice(0, that.index))) return -1;
	return m.end + that.index! + that[0].length;
}

/** Whether `m` only says where the speaker of a saying is, the content naming another place of the clause. */
export function speakerSeat(text: string, clause: Span, m: Span, places: readonly Span[]): boolean {
	const at = contentAfter(text, clause, m);
	return at >= 0 && places.some((o) => o !== m && o.start >= at && o.end <= clause.end);
}
