/**
 * «قواتنا», «ضبطنا», «قطعاتنا»: in an interview or a statement the speaker's own forces act in the
 * clause. They are the force the article names its speaker by — the first force it names before the
 * clause («قائد في حرس الحدود العراقي», «آمر أحد ألوية قوات الحدود», «أعلنت قسد في بيان») — so the
 * outlet or speaker decides the actor, not the pronoun.
 */
import { normalize } from '$lib/arabic/normalize';
import { findActors, type ActorId, type ActorMention } from './actors';
import type { Span } from './scan';

/** A force noun with «نا» (our …), or a past verb of an operation in the first person plural. */
const OURS = new RegExp(
	String.raw`(?<![\p{L}])[وف]?(?:(?:ب|ل)?(?:ال)?(?:قوات|قطعات|كاميرات|عناصر|مقاتلي|دوريات|مفارز|وحدات|جنود|ابطال|رجال|مراصد|نقاط|فرق|طايرات|مسيرات|مجاهدو|مجاهدي)نا|(?:ضبط|ضرب|هاجم|اعتقل|نفذ|رصد|احبط|صادر|حجز|دمر|قتل|اسر|القي|تمكن|اوقف|لاحق|داهم|فكك|عثر|تصدي|صد|نصب|استهدف|قصف|حرر|اسقط|اعترض|سير|نشر|سلم|تسلم|استلم|اغلق|فتح)نا)(?![\p{L}])`,
	'u'
);
/** Who a speaker never is: the other side, the victims, the unknown. */
const NOT_FORCES = new Set<ActorId>(['civilians', 'isis', 'smugglers', 'unidentified-gunmen']);

/** A soldier named by no force («أُصيب جندي من قواتنا»): the speaker's, when the speaker's forces act. */
const SOLDIER = /^(?:[وفبل]|لل)?(?:ال)?(?:جندي\p{L}{0,3}|جنود|عسكري\p{L}{0,3}|منتسب\p{L}{0,3})$/u;

/** The clause's actors with the speaker's forces added and the soldiers of no named force folded into them. */
export function withSpeaker(text: string, clause: Span, actors: ActorMention[], country: 'IQ' | 'SY' | null): ActorMention[] {
	const ours = speakerForces(text, clause, country);
	if (!ours.length) return actors;
	const kept = actors.filter((a) => !SOLDIER.test(normalize(a.text).text));
	return kept.some((a) => a.id === ours[0].id) ? kept : [...kept, ...ours];
}

/** The speaker's forces acting in `clause`, with the «قواتنا» word as evidence; empty when the clause has none. */
export function speakerForces(text: string, clause: Span, country: 'IQ' | 'SY' | null): ActorMention[] {
	const n = normalize(text.slice(clause.start, clause.end));
	const m = OURS.exec(n.text);
	if (!m) return [];
	const speaker = findActors(text, 0, clause.start, country).find((a) => !NOT_FORCES.has(a.id));
	if (!speaker) return [];
	const start = clause.start + n.map[m.index];
	const end = clause.start + n.map[m.index + m[0].length - 1] + 1;
	return [{ start, end, text: text.slice(start, end), id: speaker.id, note: `«${text.slice(start, end)}»: the speaker's own forces, «${speaker.text}» as the article names them` }];
}
