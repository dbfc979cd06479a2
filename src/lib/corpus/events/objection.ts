/**
 * A party's objection is no street protest: «ما أثار احتجاج «قسد»», «أثارت الخطوة احتجاج دمشق», «سلّمته مذكرة احتجاج»,
 * «قدّمت احتجاجاً رسمياً», «أبدت الوزارة احتجاجها» — a government, a party or an embassy objects in words; no crowd
 * gathers. ACLED codes a protest only where people demonstrate.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** The verb that makes the protest noun what a step aroused or a party voiced: «أثار», «يثير», «أبدى», «قدّم», «سجّل». */
const AROUSED = /(?:^|\s)(?:ما\s+)?[وف]?(?:اثار|اثارت|يثير|تثير|اثاروا|ابدي|ابدت|ابدوا|يبدي|تبدي|قدم|قدمت|سجل|سجلت)\s+$/u;
/** Who objected, right after the noun: a party in quotation marks or a state, a government or a body («احتجاج «قسد»», «احتجاج أنقرة»). */
const PARTY = /^\s*(?:[«"“]|(?:ال)?(?:حكومه|دمشق|بغداد|انقره|طهران|واشنطن|موسكو|عمان|الوزاره|وزاره|الاداره|اداره|قسد|الجانب|الطرف|الخارجيه|السفاره|البعثه|الاسايش|الحشد|الجيش)(?![\p{L}]))/u;
/** The diplomatic forms: «مذكرة احتجاج», «احتجاجاً رسمياً», «احتجاجها الشديد». */
const NOTE_BEFORE = /(?:^|\s)(?:[وبل]|ال)?(?:مذكره|مذكرة|رساله|برقيه)\s+$/u;
const OFFICIAL_AFTER = /^\s*(?:ال)?(?:رسمي|رسميا|دبلوماسي|دبلوماسيا|شديد|الشديد|شديدا)(?![\p{L}])/u;
const POSSESSED = /(?:ها|هم|ه)$/u;

/** Whether the protest word `t` names an objection voiced by a party, not a protest of people. */
export function objection(text: string, t: Span): boolean {
	const w = norm(t.text);
	if (!/احتجاج/.test(w)) return false;
	const before = norm(text.slice(Math.max(0, t.start - 16), t.start));
	const after = norm(text.slice(t.end, t.end + 16));
	if (NOTE_BEFORE.test(before) || OFFICIAL_AFTER.test(after)) return true;
	return AROUSED.test(before) && (PARTY.test(after) || POSSESSED.test(w));
}
