/**
 * Arabic normalisation for matching, never for display: every normalised character remembers
 * the index of the original character it came from, so matches map back to verbatim offsets.
 */

import { TASHKEEL, TATWEEL } from './script';
export { stripTashkeel } from './script';

const FOLD: Record<string, string> = {
	'\u0622': '\u0627', // آ → ا
	'\u0623': '\u0627', // أ → ا
	'\u0625': '\u0627', // إ → ا
	'\u0671': '\u0627', // ٱ → ا
	'\u0672': '\u0627',
	'\u0673': '\u0627',
	'\u0624': '\u0648', // ؤ → و
	'\u0626': '\u064A', // ئ → ي
	'\u0649': '\u064A', // ى → ي (alef maqsura)
	'\u06CC': '\u064A', // Persian yeh → ي
	'\u06D2': '\u064A',
	'\u0629': '\u0647', // ة → ه (taa marbuta)
	'\u06C0': '\u0647',
	'\u06A9': '\u0643', // keheh → ك
	'\u200C': '',
	'\u200D': '',
	'\u200F': '',
	'\u200E': ''
};

export interface Normalized {
	/** The normalised string. */
	text: string;
	/** `map[i]` is the index in the original string of normalised character `i`; `map[text.length]` is the original length. */
	map: number[];
}

/**
 * Normalise Arabic (and lower-case Latin) text for matching.
 * @example normalize('القُصَيْر').text === 'القصير'
 */
export function normalize(input: string): Normalized {
	let text = '';
	const map: number[] = [];
	for (let i = 0; i < input.length; i++) {
		const ch = input[i];
		if (ch === TATWEEL || TASHKEEL.test(ch)) continue;
		const folded = ch in FOLD ? FOLD[ch] : ch.toLowerCase();
		for (const out of folded) {
			text += out;
			map.push(i);
		}
	}
	map.push(input.length);
	return { text, map };
}

/** Normalised form only. */
export function norm(input: string): string {
	return normalize(input).text;
}
