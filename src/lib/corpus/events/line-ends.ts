/**
 * A power line, a pipeline or a railway is named by the towns it joins: «خط نقل الطاقة (بيجي – كركوك)»,
 * «أنبوب كركوك – جيهان», «خط 400 ك.ف الرابط بين بيجي وكركوك», «خط الغاز الممتد من X إلى Y». Those towns name
 * the line, hundreds of km long, not where along it the tower fell or the pipe was tapped: that is the place
 * the clause gives with a preposition («في ريف الحويجة», «قرب قضاء الشرقاط»). where.ts weighs an end below
 * every other place of the clause, and keeps it when the clause names no other. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** A line or a pipeline, in the singular, the dual or the plural, with «و ف ب ل» and «ال». */
const HEAD = /(?:^|\s)[وفبل]?(?:ال|لل)?(?:خط|خطا|خطي|خطوط|انبوب|انبوبي|انابيب|سكه)(?=\s)/gu;
/** What a line carries or how it is named: a line of these is infrastructure, not a front («خط التماس»). */
const CARRIES = /^[وفبل]?(?:ال|لل)?(?:نقل|طاقه|كهرباء|كهربايي?\p{L}*|ضغط|جهد|ك\.?ف|كيلوفولت|كيلو|فولت|نفط|نفطي?\p{L}*|غاز|مياه|ماء|تصدير|ناقل|رابط|واصل|ممتد|حديد|قطار|[0-9٠-٩]+)$/u;
/** Where the event is, not what the line is called: a preposition of place, a place noun, a direction, a stop. */
const LOCATES = /^[وفبل]?(?:ال)?(?:في|قرب|عند|داخل|ضمن|بمحاذاه|بالقرب|اطراف|باطراف|علي|قضاء|ناحيه|منطقه|مدينه|بلده|قريه|محافظه|ريف|مقطع|المقطع|المار|جنوب\p{L}*|شمال\p{L}*|شرق\p{L}*|غرب\p{L}*)$/u;

/** Whether the place `m` is one of the towns a line or a pipeline is named by, in `clause`. */
export function namesLine(text: string, clause: Span, m: Span): boolean {
	const before = norm(text.slice(Math.max(clause.start, m.start - 70), m.start));
	const at = lastHead(before);
	// A stop between the line and the town ends the line's name («ك.ف» is an abbreviation, not a stop).
	if (at < 0 || /[،,؛:\n]|\.(?!\p{L})/u.test(before.slice(at))) return false;
	const head = before.slice(at).trim().split(/\s+/)[0];
	// The words between the line and the town, brackets, dashes and a lone «و» (the pair's second end) aside.
	const words = before
		.slice(at)
		.trim()
		.split(/\s+/)
		.slice(1)
		.map((w) => w.replace(/[()[\]\-–—/]/g, ''))
		.filter((w) => w && w !== 'و');
	if (words.length > 9 || words.some((w) => LOCATES.test(w))) return false;
	// A pipeline is infrastructure whatever follows; a «خط» is when it carries power, oil or gas, or is named
	// right away by its two ends («خط كركوك – جيهان»).
	return /انبوب|انابيب|سكه/.test(head) || words.some((w) => CARRIES.test(w)) || words.length <= 1;
}

function lastHead(before: string): number {
	let at = -1;
	for (const h of before.matchAll(HEAD)) at = h.index;
	return at;
}
