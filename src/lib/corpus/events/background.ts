/**
 * Background told in the pluperfect: «وكانت البادية قد شهدت … هجوماً مماثلاً», «وكان المعبر قد أُغلق في
 * كانون الأول 2021». The pluperfect steps back from the story; whether that step is news or background
 * is decided by a comparison with the story («مماثل», «مشابه») or by how far back its own date lies.
 */
import { norm } from '$lib/arabic/normalize';
import type { When } from './when';

const shift = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** «وكانت … قد شهدت», «وكان المعبر قد أُغلق»: the pluperfect tells what happened before the story. */
export const PLUPERFECT = /(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,4}قد\s/u;
/** «هجوماً مماثلاً», «حادثاً مشابهاً»: an earlier event named for comparison. */
const SIMILAR = /(?:^|\s)(?:ال)?(?:مماثل|مشابه)\p{L}{0,2}(?=\s|$)/gu;
/**
 * «قوة مماثلة», «دورية مشابهة», «مفارز مماثلة»: the adjective on the clause's agent says another unit of the same
 * kind acted, not that the event is an earlier one named for comparison.
 */
const AGENT = /(?:^|\s)[وف]?(?:ال)?(?:قوه|قوات|دوريه|دوريات|مفرزه|مفارز|وحده|وحدات|فرقه|كتيبه|لواء|فوج|خليه|سريه|دفعه|مجموعه)\s*$/u;
const compares = (n: string) => [...n.matchAll(SIMILAR)].some((m) => !AGENT.test(n.slice(0, m.index)));
/** How long before the article a pluperfect event is background rather than news. */
const BACKGROUND_DAYS = 180;

/**
 * A pluperfect clause is background when it compares («شهدت … هجوماً مماثلاً») with no date of its own, or when
 * its own date lies half a year or more before the article; a recent one («كانت قد استقبلت، في حزيران الماضي، …») is news.
 */
export function pluperfectBackground(clause: string, whens: When[], articleDate: string | null): boolean {
	const n = norm(clause);
	if (!PLUPERFECT.test(n)) return false;
	const own = whens.find((w) => !w.background && w.to);
	// «كانت غارة مماثلة قد استهدفت الأسبوع الماضي موقعاً …»: a like event with a recent day of its own is one more
	// event of the story; with none it is named only to compare.
	if (compares(n) && !own) return true;
	return Boolean(articleDate && own?.to && own.to < shift(articleDate, -BACKGROUND_DAYS));
}
