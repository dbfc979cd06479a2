/**
 * The Arabic script, defined once: its combining marks (tashkeel), tatweel, and the test of whether
 * a text is written in it. The normaliser (./normalize.ts), the map labels, search keys, citations
 * and the GeoNames reader all read these.
 */

/** Harakat, tanween, shadda, sukun, superscript alef, Quranic marks: the source of a character class. */
export const TASHKEEL_CLASS = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED';
/** One combining mark. */
export const TASHKEEL = new RegExp(`[${TASHKEEL_CLASS}]`, 'u');
/** The kashida (ـ), a stretch with no letter value. */
export const TATWEEL = '\u0640';
/** The letters of Arabic itself (hamza to yeh, no Persian or Kurdish letters): the source of a character class. */
export const ARABIC_LETTER_CLASS = '\\u0621-\\u063A\\u0641-\\u064A';

const MARKS = new RegExp(`[${TASHKEEL_CLASS}\\u0640]`, 'gu');

/**
 * The text without tashkeel and tatweel, letters as written: for map labels (MapLibre's shaper
 * spaces the marks badly) and for names shown without diacritics. Panels keep the text as written.
 * @example stripTashkeel('دِمَشْق') // 'دمشق'
 */
export function stripTashkeel(s: string): string {
	return s.replace(MARKS, '');
}

/** The Arabic blocks: Arabic, Supplement, Extended-A and the presentation forms. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/**
 * Whether the text holds any Arabic-script character.
 * @example hasArabic('Albu Kamal البوكمال') // true
 */
export function hasArabic(s: string): boolean {
	return ARABIC.test(s);
}

/** Arabic letters only, with spaces, tashkeel and tatweel, and at least one letter. */
const ARABIC_NAME = new RegExp(`^[${ARABIC_LETTER_CLASS}${TASHKEEL_CLASS}\\u0640 ]+$`, 'u');
const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTER_CLASS}]`, 'u');

/**
 * Whether a name is written in Arabic, not in Kurdish or Persian (which add letters of their own):
 * how an alternate name of a GeoNames record is told apart.
 * @example isArabicName('البوكمال') // true
 * @example isArabicName('کەرکووک') // false
 */
export function isArabicName(s: string): boolean {
	return ARABIC_NAME.test(s) && ARABIC_LETTER.test(s);
}

/** `ar` when the text is in Arabic script, else `en`: the language a field's text is written in. */
export function scriptLang(s: string): 'ar' | 'en' {
	return hasArabic(s) ? 'ar' : 'en';
}
