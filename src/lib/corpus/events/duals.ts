/**
 * Dual nouns as counts: «جنديين» is two soldiers, «طفلتين» two girls, «عبوتين» two bombs. Arabic
 * forms the dual with -ان (nominative) or -ين (oblique) on the singular, feminine ة becoming ت
 * (عبوة → عبوتين). Unvoweled, the oblique dual of a noun whose plural is the sound -ين looks like
 * that plural (مدنيَّين «two civilians» = مدنيِّين «civilians», مسلحَين = مسلحِين), so only nouns
 * with a broken plural (جندي / جنود، عنصر / عناصر، شخص / أشخاص) are read as duals by their form;
 * the others count as two only with «اثنين» after them (مدنيين اثنين), which number-words reads.
 */
import { norm } from '$lib/arabic/normalize';

/** Singulars (normalised: ة → ه) of persons whose plural is broken, so their dual is unambiguous. */
const PERSONS = [
	'عنصر', 'جندي', 'شخص', 'طفل', 'طفله', 'شاب', 'رجل', 'ضابط', 'شقيق', 'شقيقه', 'امراه', 'راعي', 'قتيل', 'جريح',
	'شرطي', 'مختار', 'اخ', 'ابن', 'شهيد', 'فتاه', 'سيده', 'حارس', 'عضو', 'تاجر', 'صبي', 'ولد', 'زوج', 'اسير', 'رهينه'
].map(norm);

/** Singulars of things counted in events (bombs, vehicles, strikes, families). */
const THINGS = ['عبوه', 'لغم', 'سياره', 'صاروخ', 'قذيفه', 'طايره', 'مسيره', 'عايله', 'شاحنه', 'صهريج', 'ضربه', 'غاره', 'قنبله', 'عجله', 'هجوم', 'منزل'].map(norm);

/** The singular a dual is formed on: -ين/-ان off, a feminine ت back to ة. */
function singularsOf(w: string): string[] {
	const m = /^(\p{L}+?)(?:ين|ان)$/u.exec(w);
	if (!m) return [];
	const s = m[1];
	return s.endsWith('ت') ? [s, s.slice(0, -1) + 'ه'] : [s];
}

/** A word (normalised) read as a dual: its singular and whether it names persons; null when it is none. */
export function dualOf(word: string): { singular: string; person: boolean } | null {
	// Attached particles (و، ف، ب، ل) and the article: «والجنديين», «لطفلين».
	for (const w of new Set([word, word.replace(/^[وف]/, ''), word.replace(/^[وف]?[بل]/, ''), word.replace(/^[وف]?[بل]?ال/, ''), word.replace(/^[وف]?لل/, '')])) {
		for (const s of singularsOf(w)) {
			if (PERSONS.includes(s)) return { singular: s, person: true };
			if (THINGS.includes(s)) return { singular: s, person: false };
		}
	}
	return null;
}
