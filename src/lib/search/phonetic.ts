/**
 * The sound and skeleton keys (see ./keys.ts): one spelling for the many transliterations of one
 * Arabic name, and a consonant skeleton shared by the Latin and the Arabic script.
 */

/** Doubled letters written once: "Raqqa" → raqa. */
export const collapse = (s: string) => s.replace(/(.)\1+/g, '$1');

/**
 * The phonetic-ish Latin key: one spelling for the many transliterations of one Arabic name.
 * @example soundKey('qamishli') === soundKey('kamechli') // 'kamixli'
 * @example soundKey('hawl') === soundKey('hol') // 'hul'
 */
export function soundKey(w: string): string {
	let s = w
		.replace(/x/g, 'ks')
		.replace(/([aeiouy])h$/, '$1')
		// Taa marbuta in a construct: "Badiyat al-Sham" is the badiya of Sham.
		.replace(/(?<=[a-z]{3}[aeiy])at$/, 'a')
		.replace(/sch|sh|ch/g, 'x')
		.replace(/kh/g, 'h')
		.replace(/gh|dj|zh|g/g, 'j')
		.replace(/th/g, 't')
		.replace(/dh/g, 'z')
		.replace(/ph|v/g, 'f')
		.replace(/p/g, 'b')
		.replace(/qu(?=[aeiy])/g, 'k')
		.replace(/ck|q|c/g, 'k')
		.replace(/ou|oo|uu/g, 'u')
		.replace(/ee|ie|iy/g, 'i')
		.replace(/ay|ai|ei|ey/g, 'i')
		.replace(/aw|au|ow/g, 'u')
		.replace(/e/g, 'i')
		.replace(/o/g, 'u')
		.replace(/(?<=[^aiu])y|(?<=.)y(?![aiu])/g, 'i');
	s = collapse(s);
	return s;
}

/** Consonant skeleton of a sound key: vowels and the semi-vowels w/y dropped, sh → s. */
export function latinSkeleton(sound: string): string {
	return collapse(sound.replace(/x/g, 's').replace(/[aeiouyw]/g, ''));
}

/** Arabic letters in the skeleton alphabet; long vowels, hamza and ʿayn are dropped, as Latin spellings drop them. */
const ARABIC_SKELETON: Record<string, string> = {
	ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'h', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 's', ص: 's',
	ض: 'd', ط: 't', ظ: 'z', غ: 'j', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', گ: 'j', پ: 'b', چ: 's', ڤ: 'f'
};

/** The consonant skeleton of a normalised Arabic word (taa marbuta, already ه, is silent at the end). */
export function arabicSkeleton(w: string): string {
	let out = '';
	for (const ch of w.replace(/ه$/, '')) out += ARABIC_SKELETON[ch] ?? '';
	return collapse(out);
}

