/**
 * A fronted time adverbial set off by a comma dates the clause by an earlier event: «وعقب الاشتباكات، شنت قسد حملة
 * مداهمات» reports the raid; «بعد يومين على الهجوم الذي استهدف آلية عسكرية على طريق سنجار، خرج العشرات … في وقفة
 * احتجاجية» reports the protest — every event word of the aside, its relative clause included, is the earlier event.
 * The fronted event stays the clause's event when what follows is only its toll («إثر انفجار عبوة، قُتل جنديان»). Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Trigger } from './lexicon';
import type { Hit, Span } from './scan';
import { words } from './reach';

/**
 * «عقب», «بعد», «إثر», «على إثر», «في أعقاب», «رداً على», alone or with a distance in time before «على / من» («بعد يومين
 * على», «بعد ساعات من», «بعد ثلاثة أيام على»); normalised («على» is «علي»).
 */
const FRONTED = /^[وف]?(?:عقب|بعد|اثر|عل[يى] اثر|في اعقاب|اعقاب|ردا عل[يى])(?:\s+(?:\p{L}+\s+)?(?:يوم|يومين|ايام|ساعه|ساعتين|ساعات|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|ليله|ليلتين|[0-9\u0660-\u0669]+)\s+(?:عل[يى]|من))?$/u;
/** How many words the aside may run to after its first event word, its relative clause included. */
const ASIDE_WORDS = 12;

/** Whether the event word `t` stands in a fronted aside of its clause whose comma is followed by the clause's own event. */
export function fronted(text: string, c: Span, t: Hit<Trigger>, alive: Hit<Trigger>[]): boolean {
	const first = alive.filter((x) => x.start <= t.start).sort((a, b) => a.start - b.start)[0];
	if (!first || !FRONTED.test(norm(text.slice(c.start, first.start)).trim())) return false;
	const comma = text.slice(first.end, c.end).search(/[،,]/);
	if (comma < 0 || words(text.slice(first.end, first.end + comma)) > ASIDE_WORDS || t.start > first.end + comma) return false;
	return alive.some((x) => x.start > first.end + comma && x.entry.type !== 'killing');
}
