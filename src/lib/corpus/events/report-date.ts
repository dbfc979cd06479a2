/**
 * Words around a date that say it is not the event's: a reporting verb before it (the day a source spoke)
 * and an outlet's quoted name ending in «اليوم». Used by when.ts.
 */
import { normalize } from '$lib/arabic/normalize';

/**
 * Reporting verbs: a date right after one («أعلنت …، اليوم الأربعاء،») is when the source spoke — with its
 * object pronoun too («وفق ما أعلنته القيادة اليوم», «بحسب ما ذكرها», «كما أكدوه»); a whole word, not the end of
 * another («مطلوبين» is no «بين»). A source quoted by its verbal noun speaks on that day too («نقلت … عن مصدر …
 * قوله، اليوم الأربعاء، إن …», «في تصريحات، اليوم، …»), and so do accounts that clash or a denial: «تضاربت
 * الروايات، اليوم الاثنين، بشأن …», «نفت الوزارة، اليوم، …» date the telling, not the event told after them. A date
 * after «أن / إن» is inside what was said («قال المصدر إن 40 عائلة غادرت المخيم يوم الثلاثاء»): the event's — with its
 * pronoun too («في عملية قالت إنها نُفذت يوم الأربعاء», «أكد أنهم دخلوا مساء الاثنين», «ذكر بأنه اعتُقل أمس»).
 */
/** A reporting verb, whole, with its object pronoun. */
const VERB = String.raw`(?<![\p{L}])[وف]?(?:افاد|افادت|اعلن|اعلنت|قال|قالت|ذكر|ذكرت|اكد|اكدت|كشف|كشفت|اوضح|اوضحت|افادت|نقل|نقلت|صرح|صرحت|اشار|اشارت|بين|بينت|اوردت|اورد|نفي|نفت|قول|تصريح|تضاربت|تتضارب|تباينت|تتباين)(?:ه|ها|هم|وا|وه|وها|ات)?(?![\p{L}])`;
/** What was said begins at «أن / إن»: no date after it is the telling's. */
const NO_AN = String.raw`(?:(?!(?<![\p{L}])(?:ان|بان)(?:ه|ها|هم|هما|هن|نا|ني)?(?![\p{L}]))`;
const REPORT = new RegExp(String.raw`${VERB}${NO_AN}[^.]){0,60}$`, 'u');

/**
 * The same verb with a long subject before the date set off by a comma: «أعلنت المديرية العامة لشؤون المخدرات في وزارة
 * الداخلية، اليوم الخميس، ضبط …». No «أن» between (what the source said begins there), no other comma, up to 130 letters.
 */
const REPORT_LONG = new RegExp(String.raw`${VERB}${NO_AN}[^.،,]){0,130}[،,][\s\u00A0]*$`, 'u');

/** Whether the date at `s` follows a reporting verb (and is not itself a part of a day, «مساء أمس»): the day the source spoke. */
export function reportedAt(text: string, from: number, s: number): boolean {
	return (REPORT.test(normalize(text.slice(Math.max(from, s - 70), s)).text) || REPORT_LONG.test(normalize(text.slice(Math.max(from, s - 160), s)).text)) && !/(?:مساء|فجر|صباح|ليله|امس)/.test(normalize(text.slice(s, s + 6)).text);
}

/** «لـ"بغداد اليوم"», «موقع «العراق اليوم»»: «اليوم» closing a quoted name (an outlet) is no date. */
export function quotedName(text: string, pos: { start: number; end: number }): boolean {
	if (!/^["”»']/.test(text.slice(pos.end, pos.end + 1)) || !/اليوم$/.test(text.slice(pos.start, pos.end))) return false;
	return /["“«'][^"“”«»'\s]+\s+$/.test(text.slice(Math.max(0, pos.start - 20), pos.start));
}
