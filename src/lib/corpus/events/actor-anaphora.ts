/**
 * «المجموعة نفسها», «الفصيل ذاته», «التنظيم نفسه»: a group named again as «the same group» is the armed
 * group the article named last before it. Only non-state groups are told this way (a state's forces
 * are named again by name), so only they are looked back for.
 */
import { normalize } from '$lib/arabic/normalize';
import type { ActorId } from './actor-ids';

/** A group noun with «نفس»/«ذات» and its pronoun after it. */
const SAME_GROUP = /(?<![\p{L}])[وفبل]?(?:ال|لل)(?:فصيل|فصائل|مجموعه|مجموعات|جماعه|تنظيم|ميليشيا|مليشيا|حركه|خليه|خلايا|عصابه|كتيبه)\s+(?:نفس|ذات)(?:ه|ها|هم|هما)(?![\p{L}])/gu;

/** The groups «the same group» can point back to. */
export const GROUP_IDS = new Set<ActorId>(['iran-backed-militias', 'isis', 'hezbollah', 'tribal-fighters', 'unidentified-gunmen', 'smugglers']);

/** Each «the same group» in `text[from, to)`, as a verbatim span. */
export function sameGroupSpans(text: string, from: number, to: number): { start: number; end: number; text: string }[] {
	const { text: n, map } = normalize(text.slice(from, to));
	return [...n.matchAll(SAME_GROUP)].map((m) => {
		const start = from + map[m.index];
		const end = from + map[m.index + m[0].length - 1] + 1;
		return { start, end, text: text.slice(start, end) };
	});
}
