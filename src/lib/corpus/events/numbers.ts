/**
 * Casualties and quantities of an event clause: the dead and the wounded (a number after the word of
 * killing or wounding, a number before a noun of the dead, a singular victim, a pronoun, «دون وقوع
 * إصابات»), and what was seized or counted by unit. The numbers themselves are read by number-words.ts.
 */
import { normalize } from '$lib/arabic/normalize';
import type { Span } from './scan';
import { findNumbers, tokens } from './number-words';

export { findNumbers } from './number-words';


/** A count of the dead or the wounded, with the words that give it. */
export interface Count {
	value: number | null;
	approximate: boolean;
	/** The verb or noun of killing or wounding, and the number (or the word that means one). */
	evidence: Span[];
	note: string | null;
}

const KILLED = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:قتل\p{L}{0,3}|مقتل\p{L}{0,3}|لقي\p{L}{0,2}|لقوا|استشهد\p{L}{0,3}|استشهاد\p{L}{0,3}|مصرع\p{L}{0,3}|قتيل\p{L}{0,2}|شهيد\p{L}{0,2}|شهداء|ارتقي|ارتقت|ارتقوا|ارتقيا|ارتقاء|فارق\p{L}{0,2}|توفي\p{L}{0,2}|وفاه|قضي|قضوا|اعدم\p{L}{0,3}|اعدام\p{L}{0,3}|اغتال\p{L}{0,3}|اغتيال\p{L}{0,3}|جثه|جثث|جثتي|مقتول\p{L}{0,2}|هلاك\p{L}{0,3}|هلك\p{L}{0,2})$/u;
const INJURED = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:اصيب\p{L}{0,3}|اصابه|اصابت\p{L}{0,3}|اصابات|جرح\p{L}{0,3}|جريح\p{L}{0,2}|مصاب\p{L}{0,3})$/u;
/** Singular nouns of a person: «مقتل جندي» is one dead. */
const ONE = /^(?:[وبل])?(?:ال)?(?:جندي|عنصر|شخص|مدني|راعي|راع|طفل|طفله|امراه|ضابط|منتسب|مواطن|شاب|رجل|مقاتل|مسلح|قيادي|مختار|شرطي|سايق|مزارع|عامل|صياد|مهرب|قايد|مسوول|متهم|ثالث|رابع|خامس|اخر|عضو|موظف|معلم|مدرس|طبيب|ناشط|صحفي|تاجر|وجيه|حارس|فتاه|صبي)ا?$/u;
/** «أحد المهربين», «إحدى النساء»: one of them, when it stands where the victim does. */
const ONE_OF = /^(?:[وب])?(?:احد|احدي)$/u;
/** A noun of the dead or wounded, or of a person: «قتيل واحد», «شخص واحد» count; «عشيرة واحدة» does not. */
const COUNTED = /^(?:[وب]?ال)?(?:قتلي|قتيل\p{L}{0,2}|جرحي|جريح\p{L}{0,2}|مصاب\p{L}{0,3}|شهداء|شهيد\p{L}{0,2}|ضحي\p{L}{0,2})$/u;
/** «واحد/واحدة» after a noun is an adjective («عشيرة واحدة», one tribe): a count of victims only after a word for them. */
const adjectivalOne = (toks: { w: string; end: number }[], n: { start: number; text: string }) => {
	if (!/^و?واحد[ه]?$/.test(normalize(n.text).text)) return false;
	const prev = [...toks].reverse().find((t) => t.end <= n.start);
	return !!prev && !COUNTED.test(prev.w) && !ONE.test(prev.w) && !KILLED.test(prev.w) && !INJURED.test(prev.w);
};
/** «ومرافقه», «وسائقه», «وزوجته»: a companion with the victim's pronoun. */
const COMPANION = /^و(?:مرافق|سايق|زوج|زوجت|ابن|ابنت|نجل|شقيق|شقيقت|حارس|والد|والدت|اخ|اخت)(?:ه|ها)$/u;
/**
 * A number that counts no victims: an age («يبلغ من العمر 16 عاماً», «في العاشرة من عمره»), or the count
 * of the other kind right before its noun («شهيد و4 جرحى»: the 4 are wounded).
 */
function notACount(toks: { w: string; start: number; end: number }[], n: { start: number; end: number }, other: RegExp): boolean {
	const k = toks.findIndex((t) => t.start >= n.end);
	const next = k < 0 ? '' : toks[k].w;
	const age = /^(?:عام|عاما|اعوام|سنه|سنوات|ربيعا)$/.test(next) || (next === 'من' && /^(?:عمره|عمرها)$/.test(toks[k + 1]?.w ?? ''));
	const otherNoun = (other === INJURED ? /^(?:جرحي|جريح\p{L}{0,2}|مصاب\p{L}{0,3})$/u : /^(?:قتلي|قتيل\p{L}{0,2}|شهداء|شهيد\p{L}{0,2})$/u).test(next.replace(/^[وب]?(?:ال)?/, ''));
	return age || otherNoun;
}
const NONE_WORDS = 'اصابات|خساير(?:\\s+بشريه)?|ضحايا|اصابات\\s+بشريه';
const noneRe = (words: string) => new RegExp(`(?:(?:دون|بدون)(?:\\s+ان\\s+\\p{L}+(?:\\s+عن)?)?|لم\\s+\\p{L}+(?:\\s+(?!معلومات|انباء|تفاصيل|ارقام)\\p{L}+)?(?:\\s+عن)?|لا)\\s+(?:وقوع\\s+|تسجيل\\s+|اي\\s+)?(?:${words})`, 'u');
const NONE_DEAD = noneRe(`${NONE_WORDS}|قتلي|وفيات`);
const NONE_HURT = noneRe(`${NONE_WORDS}|جرحي`);

function casualty(text: string, from: number, to: number, re: RegExp, other: RegExp): Count | null {
	const toks = tokens(text, from, to);
	const nums = findNumbers(text, from, to);
	for (let i = 0; i < toks.length; i++) {
		if (!re.test(toks[i].w)) continue;
		const verb: Span = { start: toks[i].start, end: toks[i].end, text: text.slice(toks[i].start, toks[i].end) };
		// «لقي حتفه» one, «لقيا حتفهما» two, «لقوا حتفهم» several.
		const next = toks[i + 1]?.w ?? '';
		if (/^حتف/.test(next)) {
			const v = next === 'حتفه' || next === 'حتفها' ? 1 : next === 'حتفهما' ? 2 : null;
			const ev = { start: verb.start, end: toks[i + 1].end, text: text.slice(verb.start, toks[i + 1].end) };
			const n = v === null ? nums.find((x) => x.start > ev.end && x.start - ev.end < 40) : undefined;
			if (v !== null || !n) return { value: v, approximate: v === null, evidence: [ev], note: v === null ? `«${ev.text}» without a number` : null };
		}
		// A number after the word, before any word of the other kind; or right before it («خمسة قتلى»).
		const stop = toks.findIndex((t, k) => k > i && other.test(t.w));
		const limit = Math.min(toks[Math.min(i + 6, toks.length - 1)].end, stop > 0 ? toks[stop].start : Infinity);
		const after = nums.find((x) => x.start >= verb.end && x.end <= limit && !adjectivalOne(toks, x) && !notACount(toks, x, other));
		// «خمسة قتلى», «ثلاثة جرحى»: a number right before a noun of the dead or wounded.
		const noun = /^(?:[وب]?ال)?(?:قتلي|قتيل\p{L}{0,2}|جرحي|جريح\p{L}{0,2}|مصاب\p{L}{0,3}|شهداء|شهيد\p{L}{0,2}|جثث|جثه)$/u.test(toks[i].w);
		const before = noun ? nums.find((x) => x.end <= verb.start && toks.filter((t) => t.start >= x.end && t.end <= verb.start).length === 0) : undefined;
		let n = after ?? before;
		// «مقتل ثلاثة من عناصر قسد وأحد مقاتلي العشائر»: counts joined by و add up.
		if (n && after && n.value !== null) {
			const more = nums.filter((x) => x.start > n!.end && x.end <= Math.min(limit, toks[Math.min(i + 12, toks.length - 1)].end) && x.value !== null && /^و/.test(normalize(x.text).text));
			if (more.length) {
				const last = more[more.length - 1];
				n = { ...n, value: more.reduce((s, x) => s + x.value!, n.value!), end: last.end, text: text.slice(n.start, last.end) };
			}
		}
		// «مقتل مقاتل من الحشد واثنين من المسلحين», «قُتل جندي وثلاثة مهاجمين»: one person named before the count that و
		// joins to it is one more of the dead, on whichever side.
		const first = after && n === after && n.value !== null && (/^و/.test(normalize(n.text).text) || text[n.start - 1] === 'و') ? toks.find((t) => t.start >= verb.end && t.end <= n!.start && ONE.test(t.w) && toks.indexOf(t) <= i + 2) : undefined;
		if (n && first) return { value: n.value! + 1, approximate: n.approximate, evidence: [verb, { start: first.start, end: n.end, text: text.slice(first.start, n.end) }], note: `«${text.slice(first.start, n.end)}»: one person and ${n.value} more` };
		if (n) return { value: n.value, approximate: n.approximate, evidence: [verb, { start: n.start, end: n.end, text: n.text }], note: n.value === null ? `«${n.text}»: a vague number` : null };
		// «مقتل جندي»; «اغتال مسلحون … مختاراً»: the victim may stand a few words after a finite verb.
		const reach = /^(?:[وف])?(?:اغتال|قتل|اعدم)/.test(toks[i].w) ? 7 : 3;
		const one = toks.slice(i + 1, i + reach).find((t) => ONE.test(t.w));
		// «مقتل قيادي في التنظيم ومرافقه»: a companion named with his pronoun is a second person.
		const mate = one && toks.slice(toks.indexOf(one) + 1, toks.indexOf(one) + 5).find((t) => COMPANION.test(t.w));
		if (one && mate) return { value: 2, approximate: false, evidence: [verb, { start: one.start, end: mate.end, text: text.slice(one.start, mate.end) }], note: `«${text.slice(one.start, mate.end)}»: a person and a companion` };
		if (one) return { value: 1, approximate: false, evidence: [verb, { start: one.start, end: one.end, text: text.slice(one.start, one.end) }], note: `«${text.slice(one.start, one.end)}»: one person` };
		// «شهيد و4 جرحى», «العثور على جثة»: a singular noun of the dead or wounded is one.
		if (/^(?:[وب]?ال)?(?:شهيد|قتيل|جثه|جريح|مصاب)$/u.test(toks[i].w)) return { value: 1, approximate: false, evidence: [verb], note: `«${verb.text}»: a singular noun, one person` };
		// «وقُتل أحد المهاجمين»: one of a group, right after the word of killing or wounding.
		const oneOf = [toks[i + 1], toks[i + 2]].find((t) => t && ONE_OF.test(t.w) && toks.indexOf(t) + 1 < toks.length);
		if (oneOf) return { value: 1, approximate: false, evidence: [verb, { start: oneOf.start, end: oneOf.end, text: text.slice(oneOf.start, oneOf.end) }], note: `«${text.slice(oneOf.start, oneOf.end)}»: one of them` };
		// «فقُتل خلال الاشتباك», «وقُتل على الفور»: the singular verb with no subject after it kills the one person told before.
		if (/^[وف]?قتل$/.test(toks[i].w) && (!toks[i + 1] || /^(?:خلال|في|اثناء|جراء|علي|متاثرا|برصاص|بنيران|بعد|اثر)$/.test(toks[i + 1].w))) return { value: 1, approximate: false, evidence: [verb], note: `«${verb.text}»: a singular verb, one person` };
		// A pronoun on the verbal noun counts its victims: «مقتله» one, «مقتلهما» two, «مقتلهم» several.
		const bare = toks[i].w.replace(/^[وفبل]/, '');
		if (/^(?:مقتل|اصاب|استشهاد|اغتيال|اعدام|مصرع|هلاك)/.test(bare)) {
			if (/هما$/.test(bare)) return { value: 2, approximate: false, evidence: [verb], note: 'a dual pronoun: two persons' };
			if (/(?:ه|ها)$/.test(bare) && !/^اصابه$/.test(bare)) return { value: 1, approximate: false, evidence: [verb], note: 'a singular pronoun: one person' };
		}
		return { value: null, approximate: true, evidence: [verb], note: `«${verb.text}» without a number the clause gives` };
	}
	return null;
}

/** Zero dead and wounded, where the clause says so («دون وقوع إصابات»). */
function none(text: string, from: number, to: number, re: RegExp): Count | null {
	const n = normalize(text.slice(from, to));
	const m = re.exec(n.text);
	if (!m) return null;
	const s = from + n.map[m.index];
	const e = from + n.map[m.index + m[0].length - 1] + 1;
	return { value: 0, approximate: false, evidence: [{ start: s, end: e, text: text.slice(s, e) }], note: 'the clause says there were no casualties' };
}

/** The dead the clause reports: a count, null with a note when it names deaths without a number, or null when it names none. */
export function findFatalities(text: string, from = 0, to = text.length): Count | null {
	return pick(casualty(text, from, to, KILLED, INJURED), none(text, from, to, NONE_DEAD));
}

/** A count, unless its word is the «قتلى» of «دون وقوع قتلى»: then none. */
function pick(count: Count | null, zero: Count | null): Count | null {
	if (count && zero && count.evidence[0].start >= zero.evidence[0].start && count.evidence[0].end <= zero.evidence[0].end) return zero;
	return count ?? zero;
}

/** The wounded the clause reports (as for fatalities). */
export function findInjuries(text: string, from = 0, to = text.length): Count | null {
	return pick(casualty(text, from, to, INJURED, KILLED), none(text, from, to, NONE_HURT));
}

const UNIT_WORDS: [RegExp, string, number][] = [
	[/^(?:كغ|كغم|كلغ|كيلو|كيلوغرام\p{L}{0,3}|كيلوجرام\p{L}{0,3}|كيلوات)$/u, 'kg', 1],
	[/^(?:طن|طنا|اطنان)$/u, 'kg', 1000],
	[/^(?:حبه|حبات|قرص|اقراص|حبوب)$/u, 'pills', 1],
	[/^(?:قطعه|قطع|بندقيه|بنادق|مسدس\p{L}{0,2}|سلاح|اسلحه)$/u, 'weapons', 1],
	[/^(?:طلقه|اطلاقه|اطلاقات|طلقات)$/u, 'rounds', 1],
	[/^(?:لتر|لترات|لترا)$/u, 'liters', 1],
	[/^(?:سياره|سيارات|سيارتين|عجله|عجلات|مركبه|مركبات|شاحنه|شاحنات|شاحنتين|صهريج|صهاريج)$/u, 'vehicles', 1],
	[/^(?:عايله|عايلات|اسره|اسر|عوايل)$/u, 'families', 1],
	[/^(?:عبوه|عبوات|عبوتين|لغم|الغام|لغمين)$/u, 'explosives', 1],
	[/^(?:شخص|اشخاص|متهم\p{L}{0,2}|مطلوب\p{L}{0,2}|عنصر|عناصر|عنصرين|مهرب\p{L}{0,2}|مشتبه\p{L}{0,2}|ارهابي\p{L}{0,2})$/u, 'people', 1]
];

/** A quantity the clause gives: what it counts, how many, and the words. */
export interface Quantity {
	value: number | null;
	approximate: boolean;
	evidence: Span;
}

/**
 * Quantities of the clause by unit (kg, pills, weapons, rounds, liters, vehicles, families,
 * explosives, people); tons are given in kg. Numbers in `skip` (casualty counts) are left out.
 */
export function findQuantities(text: string, from = 0, to = text.length, skip: Span[] = []): Record<string, Quantity> {
	const out: Record<string, Quantity> = {};
	const toks = tokens(text, from, to);
	for (const n of findNumbers(text, from, to)) {
		if (skip.some((s) => s.start < n.end && n.start < s.end)) continue;
		const i = toks.findIndex((t) => t.start >= n.end);
		// A dual is its own unit («شخصين»): the word the number is, wherever it stands in the clause (even last).
		const unitToks = n.dual ? toks.filter((t) => t.start < n.end && n.start < t.end) : i < 0 ? [] : toks.slice(i, i + 2);
		for (const u of unitToks) {
			const w = u.w.replace(/^(?:[وبل]|من\s)?(?:ال)?/, '');
			// A dual names its unit with the dual ending: «شخصين» counts «شخص».
			const stem = n.dual ? w.replace(/(?:ين|ان)$/, '') : w;
			const hit = UNIT_WORDS.find(([re]) => re.test(w) || re.test(u.w) || re.test(stem));
			if (!hit || out[hit[1]]) continue;
			const end = Math.max(u.end, n.end);
			out[hit[1]] = { value: n.value === null ? null : n.value * hit[2], approximate: n.approximate, evidence: { start: n.start, end, text: text.slice(n.start, end) } };
			break;
		}
	}
	return out;
}
