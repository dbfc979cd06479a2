/**
 * The words around a name that say whether it is a place: trigger nouns (مدينة، معبر…), the
 * prepositions of place, and the homographs — place names that are also ordinary Arabic words.
 * Every list is written as Arabic and compared after the one normaliser, so أ/ا and ة/ه never matter.
 */
import { norm } from '$lib/arabic/normalize';
import { tokenize } from './tokenize';
import { wordForms } from './match';
import { TASHKEEL_CLASS } from '$lib/arabic/script';

// A letter, or a mark or tatweel written inside a word.
const IN_WORD = new RegExp(`[\\p{L}${TASHKEEL_CLASS}\\u0640]`, 'u');

const normSet = (words: string[]) => new Set(words.map(norm));

/** Nouns that announce a place name: "the town of …", "the crossing of …". */
export const TRIGGERS = normSet([
	'مدينة', 'مدن', 'بلدة', 'بلدات', 'قرية', 'قرى', 'منفذ', 'معبر', 'ريف', 'قضاء', 'ناحية', 'محافظة', 'مخيم',
	'حي', 'منطقة', 'بادية', 'صحراء', 'نهر', 'سد', 'جسر', 'مطار', 'قاعدة', 'مدينتي', 'بلدتي', 'مدينتا', 'بلدتا', 'قريتا', 'ضواحي', 'مركز'
]);

/** Prepositions and directions that take a place: في، من، إلى، قرب، شرق… */
export const PREPOSITIONS = normSet([
	'في', 'من', 'إلى', 'الى', 'قرب', 'بالقرب', 'عند', 'نحو', 'باتجاه', 'داخل', 'حتى', 'عبر', 'بين', 'محيط', 'جنوب',
	'شمال', 'شرق', 'غرب', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'جنوب غرب', 'شمال شرق', 'أطراف', 'مشارف'
]);

/**
 * Names in GeoNames that are, far more often, ordinary words: الزيارة "the visit", الباب "the
 * door", الإشارة "the reference", القصير "short", حديثة "recent". A homograph counts as a place only
 * after a trigger noun (مدينة الباب).
 */
export const HOMOGRAPHS = normSet([
	'الزيارة', 'الباب', 'الإشارة', 'القصير', 'حديثة', 'الثورة', 'النصر', 'السلام', 'الحرية', 'الجديدة', 'الوحدة',
	'الصناعة', 'الكرامة', 'الخير', 'الرشيد', 'النهضة', 'العدل', 'الأمين', 'الشيخ', 'المركز', 'الجامعة', 'السلطان',
	'القائد', 'الشهداء', 'المعارضة', 'الحكومة', 'المطار', 'القاعدة', 'الحرس', 'الشمال', 'الجنوب', 'الشرق', 'الغرب',
	'القوات', 'الأمن', 'الدولة', 'البلد', 'الحدود', 'الطريق', 'الجسر', 'السد', 'الميدان', 'النور', 'الحياة',
	'العمل', 'المال', 'الوطن', 'الساحل', 'الجزيرة', 'الصحراء', 'البادية', 'المدينة', 'القرية', 'الأمل', 'الفتح',
	'العين', 'الرقيب', 'الضمير', 'المنصورة', 'الطيبة', 'العزيزية', 'الحسينية', 'الصالحية', 'سلمى', 'عامر', 'الهدى',
	'الزهراء', 'الإسلام', 'تمام', 'كامل', 'مبارك', 'الخضر', 'الخالدية', 'السبع', 'الرحمة', 'حماية', 'الحامدية',
	'الحسين', 'الكرمة', 'الثمانين', 'مريم', 'الأحرار', 'الملكية', 'الحمراء', 'القلعة', 'الفضل', 'السعادة', 'الوفاء',
	'الإصلاح', 'السياسة', 'بيان', 'المسيرة', 'المعلم', 'المهندس', 'عنه', 'الطبقة', 'الجلاء'
]);

const IRAQ = /عراق/;
const SYRIA = /^(?:[وفبل]|لل|ال|وال|بال)*سوري/;

/**
 * The country a sentence places a name in, from the nearest word naming Iraq or Syria (by name or
 * adjective). "الحدود مع سوريا" (the border with Syria) points at the other side, so a word after
 * مع counts for the other country. Null when neither is named.
 */
export function countryCue(sentence: string, at: number): { country: 'IQ' | 'SY'; word: string } | null {
	const tokens = tokenize(sentence);
	let best: { country: 'IQ' | 'SY'; word: string; d: number } | null = null;
	tokens.forEach((t, i) => {
		const n = norm(t.raw);
		let country: 'IQ' | 'SY' | null = IRAQ.test(n) ? 'IQ' : SYRIA.test(n) ? 'SY' : null;
		if (!country) return;
		if (i > 0 && norm(tokens[i - 1].raw) === 'مع') country = country === 'IQ' ? 'SY' : 'IQ';
		const d = Math.abs(t.start - at);
		if (!best || d < best.d) best = { country, word: t.raw, d };
	});
	return best ? { country: (best as { country: 'IQ' | 'SY' }).country, word: (best as { word: string }).word } : null;
}

export interface NameContext {
	/** The trigger noun right before the name (مدينة), verbatim, or null. */
	trigger: string | null;
	/** A preposition right before the name (في، قرب), attached (بـ، لـ) or not, or null. */
	preposition: string | null;
	/** The name is, once normalised, an ordinary word in the homograph list. */
	homograph: boolean;
}

/** The words right before `[start, end)` inside `[from, start)`, last first. */
function before(text: string, from: number, start: number, n: number): string[] {
	return tokenize(text.slice(from, start))
		.slice(-n)
		.reverse()
		.map((t) => t.raw);
}

/** What the words around a name say about it. `from` bounds the look-back (the sentence start). */
export function nameContext(text: string, start: number, end: number, from = 0): NameContext {
	// Particles attached to the name itself (بالبوكمال, لمدينة…) were left out of the span by the matcher.
	let tokenStart = start;
	while (tokenStart > from && IN_WORD.test(text[tokenStart - 1])) tokenStart--;
	const attached = norm(text.slice(tokenStart, start)).replace(/^[وف]/, '');
	const prev = before(text, from, tokenStart, 2);
	const forms = (w: string) => wordForms(norm(w)).map((f) => f.form);
	const trigger = prev[0] && forms(prev[0]).some((f) => TRIGGERS.has(f)) ? prev[0] : null;
	let preposition: string | null = null;
	if (/^[بل]$/.test(attached)) preposition = text.slice(tokenStart, start);
	else if (prev[0] && forms(prev[0]).some((f) => PREPOSITIONS.has(f))) preposition = prev[0];
	else if (trigger && prev[1] && forms(prev[1]).some((f) => PREPOSITIONS.has(f))) preposition = prev[1];
	else if (trigger && /^[وف]?[بل]/.test(norm(prev[0])) && !TRIGGERS.has(norm(prev[0]))) preposition = prev[0];
	const name = norm(text.slice(start, end));
	return { trigger, preposition, homograph: HOMOGRAPHS.has(name) };
}
