/**
 * A town named as where people are from («شاب من أبناء بلدة ذيبان», «أهالي ناحية القحطانية»). Usually the event's
 * own place, named elsewhere in the clause, goes first («أفاد أهالي الميادين بسقوط قذائف جنوبي البوكمال»); but when
 * the clause places the event only in a region that is coarser than a town — a countryside («في ريف دير الزور»), a
 * governorate, a country («الهجمات على مناطق شمال سوريا») — the people's own town is the best place the text gives:
 * a youth of a village abducted on his way to his field, the people of a town marching through its streets.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';
import type { PlaceMention } from './where';
import { precisionOf, REGION_KINDS } from './geoPrecision';

type Named = PlaceMention;

const PEOPLE_OF = /(?:^|\s)[وفبل]?(?:ال)?(?:ابناء|اهالي|اهل|سكان)\s+(?:\p{L}+\s+)?$/u;
/** «ريف دير الزور», «بريف الحسكة»: a city's countryside, tens of km wide. */
const COUNTRYSIDE = /(?:^|\s)[وفبل]?ريف\s+(?:\p{L}+\s+)?$/u;

/** Whether `m` is named only as where people are from. */
export function peopleOf(text: string, clause: Span, m: Span): boolean {
	return PEOPLE_OF.test(norm(text.slice(Math.max(clause.start, m.start - 20), m.start)));
}

/** Whether a place is coarser than a town: a region, a country, a whole governorate («محافظة دير الزور») or a countryside. */
function coarse(text: string, o: Named): boolean {
	return REGION_KINDS.has(o.kind) || precisionOf(text, o, 0).p === 3 || /^[وفبل]?ريف\s/u.test(norm(o.text)) || COUNTRYSIDE.test(norm(text.slice(Math.max(0, o.start - 12), o.start)));
}

/**
 * How far back `m`, named as people's origin, stands: 1 (after the event's own place) when another place of the
 * clause is a town or finer; 0 when every other place of the clause is coarser than a town (or there is none).
 */
export function originWeight(text: string, clause: Span, m: Named, others: readonly Named[]): number {
	if (coarse(text, m)) return 1;
	return others.some((o) => o !== m && !peopleOf(text, clause, o) && !coarse(text, o)) ? 1 : 0;
}
