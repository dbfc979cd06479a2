/**
 * Where in its clause a repatriation's date is read. Repatriations are coded at the camp the families leave (where.ts
 * takes the origin), and so on the day they leave: «وصلت إلى مخيم الجدعة مساء الجمعة قافلة … كانت قد غادرت مخيم الهول
 * يوم الخميس» is Thursday's. when.ts picks the date nearest the point returned here: the leaving word when the clause
 * tells one, else the event word.
 */
import { normalize } from '$lib/arabic/normalize';
import type { ClauseEvent } from './classify';

/** Leaving the camp, in every person, and its verbal nouns: «غادرت», «يغادرون», «خرجت», «مغادرة», «خروج», «انطلقت». */
const LEAVE = /(?<![\p{L}])[وف]?(?:غادر|تغادر|يغادر|نغادر|خرج|تخرج|يخرج|مغادره|خروج|انطلق|تنطلق)\p{L}{0,3}(?![\p{L}])/u;

export function dateAnchor(text: string, ev: ClauseEvent): number {
	if (ev.type !== 'repatriation') return ev.trigger.start;
	const c = ev.clause;
	const n = normalize(text.slice(c.start, c.end));
	const m = LEAVE.exec(n.text);
	return m ? c.start + n.map[m.index] : ev.trigger.start;
}
