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
	'حي', 'منطقة', 'بادية', 'نهر', 'سد', 'جسر', 'مطار', 'قاعدة', 'مدينتي', 'بلدتي', 'مدينتا', 'بلدتا', 'قريتا', 'ضواحي', 'مركز',
	// «جزيرة حديثة», «جزيرة الخالدية»: the river island or the desert tract (Iraqi «الجزيرة») of a town;
	// «صحراء البعاج»: its desert, as «بادية» is.
	'جزيرة', 'صحراء'
]);

/** Prepositions and directions that take a place: في، من، إلى، قرب، شرق… */
export const PREPOSITIONS = normSet([
	'في', 'من', 'إلى', 'الى', 'قرب', 'بالقرب', 'عند', 'نحو', 'باتجاه', 'داخل', 'حتى', 'عبر', 'بين', 'محيط', 'جنوب',
	'شمال', 'شرق', 'غرب', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'جنوب غرب', 'شمال شرق', 'أطراف', 'مشارف',
	// The front lines a party names by the town they face: «على جبهة دير حافر», «محور مسكنة».
	'جبهة', 'محور'
]);

/**
 * Names in GeoNames that are, far more often, ordinary words: الزيارة "the visit", الباب "the
 * door", الإشارة "the reference", القصير "short", حديثة "recent". A homograph counts as a place only
 * after a trigger noun (مدينة الباب).
 */
const HOMOGRAPH_WORDS = [
	'الزيارة', 'الباب', 'الإشارة', 'القصير', 'حديثة', 'الثورة', 'النصر', 'السلام', 'الحرية', 'الجديدة', 'الوحدة',
	'الصناعة', 'الكرامة', 'الخير', 'الرشيد', 'النهضة', 'العدل', 'الأمين', 'الشيخ', 'المركز', 'الجامعة', 'السلطان',
	'القائد', 'الشهداء', 'المعارضة', 'الحكومة', 'المطار', 'القاعدة', 'الحرس', 'الشمال', 'الجنوب', 'الشرق', 'الغرب',
	'القوات', 'الأمن', 'الدولة', 'البلد', 'الحدود', 'الطريق', 'الجسر', 'السد', 'الميدان', 'النور', 'الحياة',
	'العمل', 'المال', 'الوطن', 'الساحل', 'الجزيرة', 'الصحراء', 'البادية', 'المدينة', 'القرية', 'الأمل', 'الفتح',
	'العين', 'الرقيب', 'الضمير', 'المنصورة', 'الطيبة', 'العزيزية', 'الحسينية', 'الصالحية', 'سلمى', 'عامر', 'الهدى',
	'الزهراء', 'الإسلام', 'تمام', 'كامل', 'مبارك', 'الخضر', 'الخالدية', 'السبع', 'الرحمة', 'حماية', 'الحامدية',
	'الحسين', 'الكرمة', 'الثمانين', 'مريم', 'الأحرار', 'الملكية', 'الحمراء', 'القلعة', 'الفضل', 'السعادة', 'الوفاء',
	'الإصلاح', 'السياسة', 'بيان', 'المسيرة', 'المعلم', 'المهندس', 'عنه', 'الطبقة', 'الجلاء'
];
export const HOMOGRAPHS = normSet(HOMOGRAPH_WORDS);
/**
 * Homographs whose ordinary word ends in the pronoun «ـه» («عنه» "about him"): written with «ة» («قرب عنة»،
 * «في عنة») the name cannot be that word, since a pronoun never takes the taa marbuta.
 */
const PRONOUN_ENDED = normSet(HOMOGRAPH_WORDS.filter((w) => w.endsWith('ه')));
const spelledAsName = (raw: string) => PRONOUN_ENDED.has(norm(raw)) && /ة[\u064B-\u0652]*$/u.test(raw);

/**
 * «جنوب غربي حديثة», «قرب عنه», «على أطراف حديثة»: a bearing or nearness word takes a noun after it, and an
 * undefined homograph there cannot be the adjective it also spells («حديثة» recent, «عنه» about him): it is the
 * place. A defined one stays a word («قرب الباب» near the door).
 */
const BEARINGS = normSet(['قرب', 'جنوب', 'شمال', 'شرق', 'غرب', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'أطراف', 'مشارف', 'محيط', 'ضواحي']);

/**
 * A conjunction written onto a particle («وأن», «وإن», «فلن», «ولم») spells some short names (Van, «وان»,
 * once hamza is folded): it is that particle, and a name only after a place noun, as every homograph.
 */
const CONJUNCTION_PARTICLE = new RegExp(`^[وف](?:${['أن', 'إن', 'لن', 'لم', 'من', 'ما', 'لا', 'قد', 'إذ', 'أو', 'كان'].map(norm).join('|')})$`);

const IRAQ = /عراق/;
// A country's name or adjective after the particles and article a word may carry (بالأردن، الأردنية، وللسعودية).
const P = '^(?:[وفبل]|لل|ال|وال|بال)*';
const SYRIA = new RegExp(`${P}سوري`);
/** The neighbours whose towns GeoNames records may be (src/lib/atlas/geonames.ts), by name or adjective. */
const NEIGHBOURS: [string, RegExp][] = [
	['JO', new RegExp(`${P}اردن`)],
	['TR', new RegExp(`${P}ترك(?:يا|ي|يه)$`)],
	['LB', new RegExp(`${P}لبنان`)],
	['IR', new RegExp(`${P}ايران`)],
	['KW', new RegExp(`${P}كويت`)],
	['SA', new RegExp(`${P}سعودي`)]
];

/**
 * The country a sentence places a name in, from the nearest word naming a country (by name or
 * adjective). "الحدود مع سوريا" (the border with Syria) points at the other side, so between Iraq and
 * Syria a word after مع counts for the other country; after مع a neighbour («الحدود مع الأردن») says
 * only where the name is not, and is no cue. Null when no country is named.
 * `neighbours`: the neighbours' words count too. Only for a record across the frontier: near a town of
 * Iraq or Syria such a word is more often a party («مسيّرة تركية», «فصائل موالية لإيران») than where it lies.
 */
export function countryCue(sentence: string, at: number, neighbours = false): { country: string; word: string } | null {
	const tokens = tokenize(sentence);
	let best: { country: string; word: string; d: number } | null = null;
	tokens.forEach((t, i) => {
		const n = norm(t.raw);
		let country: string | null = IRAQ.test(n) ? 'IQ' : SYRIA.test(n) ? 'SY' : neighbours ? (NEIGHBOURS.find(([, re]) => re.test(n))?.[0] ?? null) : null;
		if (!country) return;
		if (origin(tokens.slice(Math.max(0, i - 4), i).map((x) => norm(x.raw)))) return;
		if (i > 0 && norm(tokens[i - 1].raw) === 'مع') {
			if (country !== 'IQ' && country !== 'SY') return;
			country = country === 'IQ' ? 'SY' : 'IQ';
		}
		const d = Math.abs(t.start - at);
		if (!best || d < best.d) best = { country, word: t.raw, d };
	});
	return best ? { country: (best as { country: string }).country, word: (best as { word: string }).word } : null;
}

/** A word of coming or crossing: «قادمة», «آتية», «عائدين», «انطلقت», «تسللوا», «هاربين». */
const COMING = /^[وف]?(?:ال)?(?:قادم|اتي|عايد|انطلق|تسلل|متسلل|هارب|فار|مهرب)/;
/**
 * «طائرة مسيّرة قادمة من الأراضي السورية قرب الرويشد», «متسللين قادمين من سوريا»: a country named as where something
 * came from is the other side of a border from the place the sentence names, so it is no cue to that place's country.
 * `before`: the (normalised) words before the country's, last last.
 */
function origin(before: string[]): boolean {
	const k = before.lastIndexOf('من');
	if (k < 0 || before.length - k > 3) return false;
	// «من الأراضي السورية», «من داخل العراق», «من عمق الأراضي السورية»: only land words between «من» and the country.
	if (!before.slice(k + 1).every((w) => /^(?:ال)?(?:اراضي|داخل|عمق|جهه|ناحيه)$/.test(w))) return false;
	return before.slice(Math.max(0, k - 2), k).some((w) => COMING.test(w));
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
	// A comma or a stop between them parts a word from the name: «لا ينحاز “لأي محور”، وأن …» has no «محور» before «وأن».
	const cut = Math.max(from, ...[...'،,.؛;:!؟?'].map((p) => text.lastIndexOf(p, start - 1) + 1));
	return tokenize(text.slice(cut, start))
		.slice(-n)
		.reverse()
		.map((t) => t.raw);
}

/** A point of the compass, bare or as an adjective: «شمال», «جنوبي», «غرب», «شرقي». */
const COMPASS = /^[وفب]?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?$/;
/** Homographs that name a tract or a bearing, not a town: after a point of the compass they stay ordinary words. */
const TRACTS = normSet(['الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الحدود', 'الصحراء', 'البادية', 'الجزيرة', 'الساحل', 'المدينة', 'القرية', 'الطريق', 'البلد', 'الدولة', 'الوطن', 'المركز', 'الجسر', 'السد', 'المطار', 'القاعدة']);

/** A road, or the word that ties it to its ends: «الطريق», «طريق», «الطرق», «الرابط», «الواصل». */
const ROAD = /^[وفبل]?(?:ال)?(?:طريق|طرق|طريقين|رابط|واصل|ممتد)$/;

/** What the words around a name say about it. `from` bounds the look-back (the sentence start). */
export function nameContext(text: string, start: number, end: number, from = 0): NameContext {
	// Particles attached to the name itself (بالبوكمال, لمدينة…) were left out of the span by the matcher.
	let tokenStart = start;
	while (tokenStart > from && IN_WORD.test(text[tokenStart - 1])) tokenStart--;
	const attached = norm(text.slice(tokenStart, start)).replace(/^[وف]/, '');
	const prev = before(text, from, tokenStart, 2);
	const forms = (w: string) => wordForms(norm(w)).map((f) => f.form);
	// «على الطريق بين الطارمية والمشاهدة», «الطريق الرابط بين راوة وعنة»: the ends of a road are places, as a place
	// noun announces one.
	const roadEnd = prev[0] && norm(prev[0]) === 'بين' && prev[1] && ROAD.test(norm(prev[1])) ? `${prev[1]} ${prev[0]}` : null;
	const trigger = prev[0] && forms(prev[0]).some((f) => TRIGGERS.has(f)) ? prev[0] : roadEnd;
	let preposition: string | null = null;
	if (/^[بل]$/.test(attached)) preposition = text.slice(tokenStart, start);
	else if (prev[0] && forms(prev[0]).some((f) => PREPOSITIONS.has(f))) preposition = prev[0];
	else if (trigger && prev[1] && forms(prev[1]).some((f) => PREPOSITIONS.has(f))) preposition = prev[1];
	else if (trigger && /^[وف]?[بل]/.test(norm(prev[0])) && !TRIGGERS.has(norm(prev[0]))) preposition = prev[0];
	const name = norm(text.slice(start, end));
	// «جنوب غربي حديثة», «شرق الباب», «شمال الطبقة»: a point of the compass measures from a place; the word after it is
	// that place's name, not the ordinary word — unless that word is itself a tract or a bearing («غرب الحدود»). After
	// a word of nearness («قرب عنه», «أطراف حديثة») only an undefined homograph is the place («قرب الباب» is a door).
	const bearing = prev[0] !== undefined && ((COMPASS.test(norm(prev[0])) && !TRACTS.has(name)) || (!name.startsWith('ال') && BEARINGS.has(norm(prev[0]))));
	return { trigger, preposition, homograph: (HOMOGRAPHS.has(name) && !spelledAsName(text.slice(start, end)) && !bearing) || CONJUNCTION_PARTICLE.test(name) };
}
