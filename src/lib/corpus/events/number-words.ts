/**
 * Numbers as Arabic news writes them: Arabic-Indic and Western digits («108», «١٠٨», «1.27 مليون»),
 * number words («خمسة وعشرين», «مئة», «ثلاثة آلاف»), duals («عنصرين»), vague plurals («عشرات») and
 * approximations («نحو», «أكثر من»). Every number keeps its verbatim span.
 */
import { normalize, norm } from '$lib/arabic/normalize';
import type { Span } from './scan';
import { dualOf } from './duals';

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

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const toWestern = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/[٫,]/g, '.');

export interface Tok {
	w: string;
	start: number;
	end: number;
}

/** Normalised words with verbatim offsets; digits with a decimal point stay one word. */
export function tokens(text: string, from: number, to: number): Tok[] {
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
		} else if (dualOf(t.w)) {
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
