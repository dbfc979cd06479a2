/**
 * Numbers as Arabic news writes them: Arabic-Indic and Western digits («108», «١٠٨», «1.27 مليون»),
 * number words («خمسة وعشرين», «مئة», «ثلاثة آلاف»), duals («عنصرين»), vague plurals («عشرات») and
 * approximations («نحو», «أكثر من»). Every number keeps its verbatim span.
 */
import { normalize, norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** A number the text writes. */
export interface NumberMention extends Span {
	/** The value, or null for a vague plural («عشرات»). */
	value: number | null;
	/** «نحو», «قرابة», «أكثر من», a vague plural: not an exact count. */
	approximate: boolean;
	/** The word it counts when the number is a dual noun («عنصرين» → 2 of «عنصر»). */
	dual: boolean;
}

const UNITS: Record<string, number> = {
	واحد: 1, واحده: 1, احد: 1, احدي: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
	ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثمان: 8, ثماني: 8, ثمانيه: 8,
	تسع: 9, تسعه: 9, عشر: 10, عشره: 10
};
const TENS: Record<string, number> = { عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90 };
const HUNDREDS: Record<string, number> = { مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مئتي: 200, مائتي: 200, مائتان: 200, مائتين: 200, ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400, خمسمئه: 500, خمسمائه: 500, ستمئه: 600, ستمائه: 600, سبعمئه: 700, سبعمائه: 700, ثمانمئه: 800, ثمانمائه: 800, تسعمئه: 900, تسعمائه: 900 };
const SCALES: Record<string, number> = { الف: 1000, الاف: 1000, الفا: 1000, الفين: 2000, الفان: 2000, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليونين: 2e6, مليوني: 2e6, مليونان: 2e6, الفي: 2000, مليار: 1e9, مليارات: 1e9 };
/** Vague plurals: how many they are at least. */
const VAGUE: Record<string, number> = { عشرات: 20, مئات: 200, الاف: 2000, ملايين: 2e6, بضعه: 3, بضع: 3, عده: 3, عدد: 2 };
const APPROX = ['نحو', 'قرابه', 'حوالي', 'زهاء', 'اكثر من', 'ما يقارب', 'ما يزيد عن', 'ما يزيد على', 'اقل من', 'ما لا يقل عن', 'لا يقل عن', 'قرابة', 'اكثر من'];
/** Dual nouns of people and things: the word, and 2. Plurals in -ين are not here (مدنيين). */
export const DUALS = [
	'عنصرين', 'عنصران', 'جنديين', 'جنديان', 'شخصين', 'شخصان', 'طفلين', 'طفلان', 'شقيقين', 'شقيقان', 'ضابطين', 'ضابطان', 'راعيين', 'امراتين',
	'رجلين', 'شابين', 'شابان', 'مقاتلين اثنين', 'عبوتين', 'لغمين', 'سيارتين', 'صاروخين', 'قذيفتين', 'طايرتين', 'مسيرتين', 'متهمين اثنين', 'مدنيين اثنين', 'قتيلين', 'قتيلان', 'جريحين', 'جريحان', 'عايلتين', 'شاحنتين', 'مسلحين اثنين', 'مطلوبين اثنين', 'مهربين اثنين', 'عسكريين اثنين', 'منتسبين اثنين'
];

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const toWestern = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/[٫,]/g, '.');

interface Tok {
	w: string;
	start: number;
	end: number;
}

/** Normalised words with verbatim offsets; digits with a decimal point stay one word. */
function tokens(text: string, from: number, to: number): Tok[] {
	const n = normalize(text.slice(from, to));
	const out: Tok[] = [];
	for (const m of n.text.matchAll(/[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫][0-9\u0660-\u0669\u06F0-\u06F9]+)?|\p{L}+/gu)) {
		out.push({ w: m[0], start: from + n.map[m.index], end: from + n.map[m.index + m[0].length - 1] + 1 });
	}
	return out;
}

/** A word's number value: «خمسه» 5, «والعشرين» 20 (with و and ال), or null. */
const normKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [norm(k), v]));
for (const table of [UNITS, TENS, HUNDREDS, SCALES, VAGUE]) Object.assign(table, normKeys(table));

function wordValue(w: string): { v: number; kind: 'unit' | 'ten' | 'hundred' | 'scale' } | null {
	for (const form of [w, w.replace(/^و/, ''), w.replace(/^(?:و?ال)/, ''), w.replace(/^[وف]?[بل]/, '')]) {
		if (form in UNITS) return { v: UNITS[form], kind: 'unit' };
		if (form in TENS) return { v: TENS[form], kind: 'ten' };
		if (form in HUNDREDS) return { v: HUNDREDS[form], kind: 'hundred' };
		if (form in SCALES) return { v: SCALES[form], kind: 'scale' };
	}
	return null;
}

/** Every number in `text[from, to)`, in text order. */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
	const toks = tokens(text, from, to);
	const out: NumberMention[] = [];
	const approxAt = (i: number) => {
		const prev = toks.slice(Math.max(0, i - 4), i).map((t) => t.w);
		for (const a of APPROX) {
			const words = norm(a).split(' ');
			if (words.every((w, k) => prev[prev.length - words.length + k] === w)) return words.length;
		}
		return 0;
	};
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		let value: number | null = null;
		let j = i;
		let vague = false;
		if (DIGIT.test(t.w[0])) {
			value = Number(toWestern(t.w));
			const scale = toks[i + 1] && SCALES[toks[i + 1].w];
			if (scale && scale >= 1000) (value *= scale), (j = i + 1);
		} else if (wordValue(t.w) && !(wordValue(t.w)!.kind === 'scale' && t.w.replace(/^و/, '') in VAGUE)) {
			let total = 0;
			let part = 0;
			for (; j < toks.length; j++) {
				const wv = wordValue(toks[j].w);
				if (!wv || (j > i && !/^و/.test(toks[j].w) && wv.kind !== 'scale' && !(wv.kind === 'unit' && toks[j].w === 'عشر'))) break;
				if (wv.kind === 'scale') (total += (part || 1) * wv.v), (part = 0);
				else if (wv.kind === 'unit' && toks[j].w === 'عشر' && j > i) part += 10;
				else part += wv.v;
			}
			j--;
			value = total + part;
			// «أحد» alone is «someone», «ست» alone is «Mrs»: only as a count before a noun or in a compound.
			// «الأحد» is Sunday, «الثلاثاء» Tuesday: a lone unit word with the article counts nothing.
			if (j === i && (/^(?:احد|احدي|ست|عدد)$/.test(t.w) || (/^و?ال/.test(t.w) && !(t.w.replace(/^و?/, '') in UNITS) && !(t.w.replace(/^و?/, '') in SCALES)))) continue;
		} else if (t.w.replace(/^و/, '') in VAGUE) {
			const w = t.w.replace(/^و/, '');
			if ((w === 'عدد' || w === 'عده') && !toks[i + 1]) continue;
			vague = true;
		} else if (DUALS.includes(t.w.replace(/^[وبل]/, '')) || DUALS.includes(t.w)) {
			out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), value: 2, approximate: false, dual: true });
			continue;
		} else continue;
		const a = approxAt(i);
		const start = a ? toks[i - a].start : t.start;
		out.push({ start, end: toks[j].end, text: text.slice(start, toks[j].end), value: vague ? null : value, approximate: vague || a > 0, dual: false });
		i = j;
	}
	return out;
}

/* ---- Casualties and quantities ------------------------------------------------------------ */

/** A count of the dead or the wounded, with the words that give it. */
export interface Count {
	value: number | null;
	approximate: boolean;
	/** The verb or noun of killing or wounding, and the number (or the word that means one). */
	evidence: Span[];
	note: string | null;
}

const KILLED = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:قتل\p{L}{0,3}|مقتل\p{L}{0,2}|لقي\p{L}{0,2}|لقوا|استشهد\p{L}{0,3}|استشهاد|مصرع\p{L}{0,3}|قتيل\p{L}{0,2}|شهيد\p{L}{0,2}|شهداء|فارق\p{L}{0,2}|توفي\p{L}{0,2}|وفاه|قضي|قضوا|اعدم\p{L}{0,3}|اعدام|اغتال\p{L}{0,3}|اغتيال|جثه|جثث|جثتي|مقتول\p{L}{0,2})$/u;
const INJURED = /^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:اصيب\p{L}{0,3}|اصابه|اصابت\p{L}{0,3}|اصابات|جرح\p{L}{0,3}|جريح\p{L}{0,2}|مصاب\p{L}{0,3})$/u;
/** Singular nouns of a person: «مقتل جندي» is one dead. */
const ONE = /^(?:[وبل])?(?:ال)?(?:جندي|عنصر|شخص|مدني|راعي|طفل|طفله|امراه|ضابط|منتسب|مواطن|شاب|رجل|مقاتل|مسلح|قيادي|مختار|شرطي|منتسب|سايق|مزارع|عامل|صياد|مهرب|قايد|مسوول|متهم|ثالث|رابع|خامس|اخر)ا?$/u;
const NONE_WORDS = 'اصابات|خساير(?:\\s+بشريه)?|ضحايا|اصابات\\s+بشريه';
const noneRe = (words: string) => new RegExp(`(?:دون|بدون|لم\\s+\\p{L}+(?:\\s+عن)?|لا)\\s+(?:وقوع\\s+|تسجيل\\s+|اي\\s+)?(?:${words})`, 'u');
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
		const after = nums.find((x) => x.start >= verb.end && x.end <= limit);
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
		if (n) return { value: n.value, approximate: n.approximate, evidence: [verb, { start: n.start, end: n.end, text: n.text }], note: n.value === null ? `«${n.text}»: a vague number` : null };
		// «مقتل جندي»; «اغتال مسلحون … مختاراً»: the victim may stand a few words after a finite verb.
		const reach = /^(?:[وف])?(?:اغتال|قتل|اعدم)/.test(toks[i].w) ? 7 : 3;
		const one = toks.slice(i + 1, i + reach).find((t) => ONE.test(t.w));
		if (one) return { value: 1, approximate: false, evidence: [verb, { start: one.start, end: one.end, text: text.slice(one.start, one.end) }], note: `«${text.slice(one.start, one.end)}»: one person` };
		if (/(?:ه|ها)$/u.test(verb.text) && /^(?:مقتل|اصابت|اصابه)/.test(toks[i].w.replace(/^[وفبل]/, ''))) return { value: 1, approximate: false, evidence: [verb], note: 'a singular pronoun: one person' };
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
