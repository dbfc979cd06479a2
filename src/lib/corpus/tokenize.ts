/**
 * Word tokens with their offsets in the original text. A token is a run of letters (Arabic or
 * Latin), digits, Arabic diacritics and tatweel; everything else separates tokens.
 */
import { TASHKEEL_CLASS } from '$lib/arabic/script';

export interface Token {
	start: number;
	end: number;
	raw: string;
}

// Letters, digits, the Arabic marks and tatweel, and the zero-width (non-)joiners.
const WORD = new RegExp(`[\\p{L}\\p{N}${TASHKEEL_CLASS}\\u0640\\u200C\\u200D]+`, 'gu');

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(WORD)) {
		tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
	}
	return tokens;
}

/**
 * What may stand between two words of one multi-word name: spaces and dashes ("كركوك -بانياس",
 * "كركوك - جيهان"), and nothing that ends a clause or a sentence.
 */
export function joinsName(gap: string): boolean {
	return /^[\s\u00A0\-\u2010-\u2015\u0640]*$/u.test(gap) && gap.length <= 4 && !/\n\s*\n/.test(gap);
}
