/**
 * A place named again by its kind: «وسط البلدة», «أطراف المدينة», «داخل المخيم». Arabic news
 * names a town once («في بلدة العشارة») and then refers back to it with the definite place noun;
 * a clause whose only place is such a noun happened at the last place of that kind named before it.
 */
import { normalize } from '$lib/arabic/normalize';
import type { Span } from './scan';
import { locates } from './locators';
import type { PlaceMention } from './where';

/**
 * The definite place nouns that refer back (normalised), with the kinds of place each can refer to.
 * Only singular nouns (البلدات names several). Not القضاء («أُحيل إلى القضاء», the judiciary) nor
 * الناحية («من الناحية الأمنية», an aspect): as bare nouns they are more often not places.
 */
const BACK: Record<string, readonly string[]> = {
	البلده: ['town', 'city', 'district'],
	القريه: ['town', 'village'],
	المدينه: ['city', 'town', 'capital'],
	المخيم: ['camp'],
	// «في القطاع الثالث», «القطاع الخامس من المخيم»: a numbered sector is part of the camp last named (camp-sectors.ts).
	القطاع: ['camp']
};
/**
 * A border crossing named again by its noun: «وصل الوزير إلى منفذ القائم … واطّلع على سير العمل في المنفذ», «وكان
 * المعبر قد أُغلق». Crossings are no kind of their own (the gazetteer files «منفذ القائم» under its town), so the
 * noun refers back to the last place named with a crossing's noun, whatever its kind.
 */
const CROSSING = /^[وفبل]?(?:منفذ|معبر)\s/u;
const BY_NAME: Record<string, RegExp> = { المنفذ: CROSSING, المعبر: CROSSING };
/**
 * «قضاء البعاج … في إحدى قرى القضاء», «ناحية العباسي … أطراف الناحية»: a district or a sub-district named again by
 * its noun, only as a construct's second term after a word of its parts or edges — bare, «القضاء» is the
 * judiciary («أُحيل إلى القضاء») and «الناحية» an aspect («من الناحية الأمنية»). It refers back to the last place
 * the text announced with that noun; with none, the clause's own names place it.
 */
const UNIT_BACK: Record<string, RegExp> = { القضاء: /(?:^|\s)[وفبل]?(?:ال)?قضاء\s+$/u, الناحيه: /(?:^|\s)[وفبل]?(?:ال)?ناحيه\s+$/u };
const PART_OF = /(?:^|\s)[وفبل]?(?:ال)?(?:قري|قريه|اطراف|مركز|ريف|احياء|حي|مناطق|منطقه|بلدات|بلده|داخل|وسط|مدخل|مداخل)\s+$/u;
/** Whether `p` is a place the noun `key` can refer back to; a crossing's noun may stand before the name matched («معبر اليعربية»). */
const fits = (key: string, p: PlaceMention, text: string) => {
	const before = normalize(text.slice(Math.max(0, p.start - 8), p.start)).text;
	if (UNIT_BACK[key]) return UNIT_BACK[key].test(before) || UNIT_BACK[key].test(normalize(p.text).text.replace(/\S+$/u, ''));
	return BACK[key] ? BACK[key].includes(p.kind) : BY_NAME[key].test(normalize(p.text).text) || /(?:^|\s)[وفبل]?(?:ال)?(?:منفذ|معبر)\s+$/u.test(before);
};
/** A GeoNames record read off a bare place noun that refers back («أمام مركز المدينة», «أُغلق المعبر») is no place of its own. */
export const placeNoun = (name: string): boolean => nounOf(normalize(name).text) !== null || /^[وفبل]?(?:القضاء|الناحيه)$/u.test(normalize(name).text);

/**
 * The kind a GeoNames record is read as when a place noun announces it: «مخيم الركبان» is a camp (the
 * record says only "populated place"), so «داخل المخيم» later refers back to it; «قرية …» a village.
 */
const ANNOUNCED: Record<string, string> = { مخيم: 'camp', قريه: 'village' };
export function kindAnnounced(trigger: string | null): string | null {
	return trigger ? (ANNOUNCED[normalize(trigger).text.replace(/^[وف]?[بل]?/, '')] ?? null) : null;
}

/** Between a place and the one that locates it: «ب»/«في», with «ريف» or not (بريف، في محافظة), or a direction (جنوب، شرقي). */
const LOCATES = /^\s*(?:[وف]?ب(?:ريف\s+)?|في\s+(?:ريف\s+)?|ريف\s+|(?:[وف]?(?:ب|ل)?(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|\s+(?:ال)?(?:شرق|غرب)ي?)?\s+))$/u;

/** A word of the clause with the particles that attach to it (و، ف، ب، ك، ل — للمخيم is ل + المخيم). */
const WORD = /[\p{L}]+/gu;
const PARTICLES = /^[وف]?[بكل]?/;
/** The place noun a word is, once its particles are taken off, or null. */
function nounOf(word: string): string | null {
	const bare = word.replace(PARTICLES, '');
	const key = bare.startsWith('ال') ? bare : word.replace(/^[وف]?/, '').startsWith('لل') ? 'ا' + bare : bare;
	if (BACK[key] || BY_NAME[key] || UNIT_BACK[key]) return key;
	return BACK[word] || BY_NAME[word] ? word : null;
}

/** A place noun in `clause` that refers back, resolved to the mention it refers to. */
export interface BackReference {
	/** The noun as written, with its attached particles (بالبلدة). */
	noun: Span;
	/** The place it refers to: the last mention of a fitting kind before the noun. */
	antecedent: PlaceMention;
	/** Set when the noun refers to a camp no record knows, drawn by the town that locates it (precision 2). */
	near?: boolean;
	/** Set when the noun only owns the people named before it («أهالي المدينة»): where they are from. */
	owned?: boolean;
}

/** People, an office-holder or an institution a place noun owns in a construct («أبناء البلدة», «مدرسة القرية»). */
const OWNED_BY = /(?:^|\s)[وبل]?(?:ال)?(?:ابناء|اهالي|اهل|سكان|وجهاء|شيوخ|شيخ|مختار|مخاتير|عشاير|شباب|شبان|نساء|اطفال|مدرسه|مدارس|مدرس|معلم|معلمي|طبيب|اطباء|امام|خطيب|مجلس|رييس|وجيه|ابن|ابنه)\s+$/u;
/** The people of a place, as a crowd: «أهالي المدينة», «أبناء البلدة», «شبان القرية», «نساء المخيم». */
const PEOPLE_OF = /(?:^|\s)[وبل]?(?:ال)?(?:ابناء|اهالي|اهل|سكان|شباب|شبان|نساء)\s+$/u;
/** An ordinal or a number after «القطاع»: a camp's sector, not «القطاع الخاص» (the private sector). */
const SECTOR = /^\s*(?:ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)|رقم|\d|[\u0660-\u0669])/u;

/**
 * The last camp named before `at` when no record knows it: «مخيم روج في ريف المالكية», «مخيم الجدعة التابع لناحية
 * القيارة». Returns the town mention that locates it, null when the camp has no locating town (nothing to draw it
 * by: an older camp named before it is not the one meant), undefined when the last camp named is a known one.
 */
function unnamedCamp(text: string, at: number, places: readonly PlaceMention[]): PlaceMention | null | undefined {
	const before = normalize(text.slice(0, at));
	let last: RegExpMatchArray | undefined;
	for (const m of before.text.matchAll(/(?:^|[\s(«"])[وفبل]?مخيم\s+(?!(?:ال)?(?:الذي|التي|في|من|الي|علي|عن|منذ))\p{L}+/gu)) last = m;
	if (!last) return undefined;
	const campStart = before.map[last.index!];
	const campEnd = before.map[last.index! + last[0].length - 1] + 1;
	// A known camp or town named at that spot («مخيم الهول») is the existing rule's antecedent.
	if (places.some((p) => p.start <= campEnd && p.end >= campEnd - 1 && p.end > campStart)) return undefined;
	const locator = places.find((p) => p.start > campEnd && p.start - campEnd <= 48 && p.end <= at && !['camp'].includes(p.kind) && CAMP_LOCATED.test(normalize(text.slice(campEnd, p.start)).text));
	return locator ?? null;
}
/** Between an unknown camp's name and the town that locates it: «في ريف», «التابع لناحية», «قرب بلدة», «جنوب». */
const CAMP_LOCATED = /^[^.،,؛\n]*?(?:في|قرب|بالقرب من|التابع ل|الواقع في|ب|جنوب|شمال|شرق|غرب)\p{L}*\s*(?:\p{L}+\s+)?$/u;

/**
 * The first place noun in `clause` that refers back to a place named earlier in the article
 * (`places`: every mention, in text order), or null. A noun followed by a name is not a
 * reference («المدينة القديمة» still is; «مخيم الهول» has no article and never matches).
 */
export function backReference(text: string, clause: Span, places: readonly PlaceMention[], owned = false): BackReference | null {
	const n = normalize(text.slice(clause.start, clause.end));
	let fallback: BackReference | null = null;
	for (const m of n.text.matchAll(WORD)) {
		const key = nounOf(m[0]);
		if (!key) continue;
		const start = clause.start + n.map[m.index!];
		const end = clause.start + n.map[m.index! + m[0].length];
		if (key === 'القطاع' && !SECTOR.test(normalize(text.slice(end, end + 16)).text)) continue;
		if (UNIT_BACK[key] && !PART_OF.test(normalize(text.slice(Math.max(clause.start, start - 12), start)).text)) continue;
		// «مخيم روج في ريف المالكية … داخل المخيم»: the camp last named is one no record knows, drawn by the town that locates it.
		const unnamed = key !== 'القريه' && key !== 'البلده' && key !== 'المدينه' ? unnamedCamp(text, start, places) : undefined;
		if (unnamed !== undefined) {
			if (unnamed) return { noun: { start, end, text: text.slice(start, end) }, antecedent: unnamed, near: true };
			continue;
		}
		// «البلدة» directly before a name is its label, not a reference.
		if (places.some((p) => p.start >= end && p.start <= end + 1)) continue;
		// «عشرات من أبناء البلدة», «مدرّساً في مدرسة البلدة», «مختار القرية»: the place owns the people or the school named
		// before it; it says who they are, not where the event was — unless the clause names no place at all
		// (`owned`): «خرج العشرات من أهالي المدينة في وقفة احتجاجية» is then where they gathered, as likely as not.
		const ownerWords = normalize(text.slice(Math.max(clause.start, start - 16), start)).text;
		const isOwned = OWNED_BY.test(ownerWords);
		// Only a crowd of its people gathers in a town; its school, its mukhtar or its council locate no event.
		if (isOwned && (!owned || fallback || !PEOPLE_OF.test(ownerWords))) continue;
		// «وفي القحطانية، استشهد مواطن … داخل الناحية»: a town the clause itself named before the noun is the unit meant.
		const own = UNIT_BACK[key] ? [...places].reverse().find((p) => p.start >= clause.start && p.end <= start && ['town', 'city'].includes(p.kind)) : undefined;
		const last = own ?? [...places].reverse().find((p) => p.end <= start && fits(key, p, text));
		// «بلدة ذيبان بريف دير الزور … مدخل البلدة», «مدينة العشارة، شرقي دير الزور … في المدينة», «بلدة القحطانية (تربه
		// سبيه) شرق القامشلي … في سوق البلدة»: a place named right after another only to locate it is not the one referred to.
		const located = last && places.find((o) => o !== last && o.end <= last.start && ((last.start - o.end <= 14 && LOCATES.test(normalize(text.slice(o.end, last.start)).text)) || locates(text, o, last)) && fits(key, o, text));
		const antecedent = located || last;
		// «وفي مخيم شاريا … أحرقوا خيمة إدارة المخيم»: a camp the same clause introduces by a name no record knows is the one meant.
		if (antecedent && new RegExp(`(?:^|\\s)[وفبل]?${key.slice(2)}\\s+\\p{L}`, 'u').test(normalize(text.slice(Math.max(antecedent.end, clause.start), start)).text)) return null;
		if (antecedent && isOwned) fallback = { noun: { start, end, text: text.slice(start, end) }, antecedent, owned: true };
		else if (antecedent) return { noun: { start, end, text: text.slice(start, end) }, antecedent };
	}
	return fallback;
}
