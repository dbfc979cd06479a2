/**
 * Search keys: the forms a name is indexed and queried under, so that any reasonable spelling of it
 * lands on the same terms. Pure functions; the fuzzy matching itself is MiniSearch's (./engine.ts).
 *
 * A word yields up to five keys:
 * - `exact`  as written, lower-cased, Latin diacritics dropped, Arabic through the project's one
 *            normaliser ($lib/arabic/normalize: hamza forms, taa marbuta, alef maqsura, tashkeel, tatweel);
 * - `fold`   without the article (al-, el-, ad-, az-, ash-… or ال, attached or not), doubled letters collapsed;
 * - `sound`  Latin only: vowels and the usual transliteration swaps folded (e/i, o/u, ou/u, ay/ei/ai,
 *            aw/au, q/k/c, kh/h, gh/g/j/dj, sh/ch, th/t, dh/z, ph/f, p/b, v/f, final -ah);
 * - `skel`   the consonant skeleton in one shared Latin alphabet, computed from Latin AND from Arabic
 *            script, so "Dimashq" meets دمشق and "Hawl" meets الهول.
 * Multi-word names are also indexed as every run of consecutive words written together, so
 * "Deirezzor", "Boukamal" and "ديرالزور" find their places.
 */
import { norm } from '$lib/arabic/normalize';
import { ARABIC_LETTER_CLASS, hasArabic } from '$lib/arabic/script';
import { arabicSkeleton, collapse, latinSkeleton, soundKey } from './phonetic';

export { soundKey };

const NOT_ARABIC_LETTER = new RegExp(`[^${ARABIC_LETTER_CLASS}]`, 'gu');

export type KeyKind = 'exact' | 'fold' | 'sound' | 'skel';

/** Keys of one word: `fold` may hold several alternatives (with and without a clitic). */
export interface WordKeys {
	exact: string;
	fold: string[];
	sound: string[];
	skel: string[];
	/** Numbers and ISO dates: matched exactly, never fuzzily ("2024" is not a typo of "2025"). */
	numeric: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;
/** Arabic-Indic and Persian digits → ASCII. */
const DIGITS: Record<string, string> = Object.fromEntries(
	[...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)]).concat([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)]))
);

/** Latin articles written as a word of their own ("al Hol", "Deir ez Zor", "At Tanf"), and stop words. */
const LATIN_ARTICLES = new Set(['al', 'el', 'il', 'ul', 'ad', 'ed', 'adh', 'az', 'ez', 'as', 'es', 'ash', 'esh', 'an', 'en', 'ar', 'er', 'at', 'et', 'ath', 'aj', 'ag']);
const STOP_WORDS = new Set(['the', 'of', 'in', 'and', 'on', 'to', 'a', 'for', 'by', 'with', 'from', 'near', 'off', 'its', 'into', 'over', 'de', 'du', 'la', 'le', 'des']);
const ARABIC_STOP_WORDS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'و', 'ب', 'ل']);

/**
 * The words of a text: runs of letters and digits; apostrophes and ʿayn marks join ("Qa'im" → qaim);
 * hyphens and other punctuation split, except inside ISO dates ("2025-10" stays one word).
 * @example words("Deir ez-Zor, 2025-10") // ['Deir', 'ez', 'Zor', '2025-10']
 */
export function words(text: string): string[] {
	const t = text
		.normalize('NFKC')
		.replace(/[٠-٩۰-۹]/g, (d) => DIGITS[d])
		.replace(/(?<=\p{L})['’]s\b/gu, '')
		.replace(/(?<=\p{L})['’]s\b/gu, '')
		.replace(/[\u02BB\u02BC\u02BE\u02BF'’‘`´ʿʾ]/g, '');
	return t.match(/\d{4}-\d{2}(?:-\d{2})?(?!\d)|[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Lower case, Latin diacritics dropped (ş → s, ü → u), Arabic normalised; nothing else. */
export function exactKey(word: string): string {
	if (hasArabic(word)) return norm(word).replace(NOT_ARABIC_LETTER, '');
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ı/g, 'i')
		.replace(/[^a-z0-9-]/g, '');
}

/** A Latin word without an attached article: "alhol" → "hol", "azzor" → "zor", "ashsham" → "sham". */
function stripLatinArticle(w: string): string {
	const sun = /^[ae](th|dh|sh|[tdrzsnl])\1(?=[a-z]{2})/.exec(w);
	if (sun) return w.slice(1 + sun[1].length);
	if (/^[ae]l[a-z]{3}/.test(w)) return w.slice(2);
	return w;
}

/** What an English demonym or plural is of: "syrian" → syria, "iraqi" → iraq, "areas" → area. */
function stems(w: string): string[] {
	const out: string[] = [];
	if (/ians?$/.test(w)) out.push(w.replace(/ns?$/, ''));
	if (/[a-z]{3}qi$/.test(w)) out.push(w.slice(0, -1));
	if (/[a-z]{3}[^s]s$/.test(w)) out.push(w.slice(0, -1));
	return out.map((s) => collapse(stripLatinArticle(s)));
}

const ARABIC_ARTICLE = /^(?:وال|بال|فال|كال|لل|ال)(?=.{2})/;
const ARABIC_CLITIC = /^[وفبلك](?=.{3})/;

/**
 * The keys of one word. `query` adds the readings a typed word may have beyond the indexed ones
 * (a leading و/ب/ل/ف/ك conjunction or preposition: "وبغداد" → بغداد).
 */
export function wordKeys(word: string, { query = false } = {}): WordKeys | null {
	// Names and dates repeat across documents (a user layer of 50,000 features may use a few
	// hundred distinct words): each word's keys are computed once.
	const key = (query ? 'q' : 'i') + word;
	const hit = memo.get(key);
	if (hit !== undefined) return hit;
	if (memo.size > 100_000) memo.clear();
	const keys = computeWordKeys(word, query);
	memo.set(key, keys);
	return keys;
}

const memo = new Map<string, WordKeys | null>();

function computeWordKeys(word: string, query: boolean): WordKeys | null {
	const exact = exactKey(word);
	if (!exact) return null;
	if (/^\d/.test(exact) && (/^\d+$/.test(exact) || ISO_DATE.test(exact))) {
		return { exact, fold: [exact], sound: [], skel: [], numeric: true };
	}
	if (hasArabic(exact)) {
		const bare = exact.replace(ARABIC_ARTICLE, '');
		const fold = new Set([bare, exact]);
		if (query && ARABIC_CLITIC.test(exact)) fold.add(exact.replace(ARABIC_CLITIC, '').replace(ARABIC_ARTICLE, ''));
		const skel = [...fold].map(arabicSkeleton).filter((k) => k.length >= 2);
		return { exact, fold: [...fold], sound: [], skel: [...new Set(skel)], numeric: false };
	}
	const latin = exact.replace(/-/g, '');
	const fold = [...new Set([collapse(stripLatinArticle(latin)), collapse(latin), ...(query ? stems(latin) : [])])];
	const sound = [...new Set(fold.map(soundKey))];
	const skel = [...new Set(sound.map(latinSkeleton))].filter((k) => k.length >= 2);
	return { exact: latin, fold, sound, skel, numeric: false };
}

/** True for a word that carries no name: a stand-alone article or a stop word. */
export function isFiller(word: string): boolean {
	const e = exactKey(word);
	return LATIN_ARTICLES.has(e) || STOP_WORDS.has(e) || ARABIC_STOP_WORDS.has(e) || e === 'ال';
}

/** The terms of every key kind for a text; `spans` also indexes runs of up to that many consecutive words written together. */
export type Terms = Record<KeyKind, string[]>;

/**
 * Index terms for a list of forms (names, variants, titles…): every word's keys, plus every run of
 * consecutive words (up to `maxSpan`) joined, with and without articles.
 * @example indexTerms(['Deir ez-Zor']).fold.includes('deirzor') // true
 */
export function indexTerms(forms: string[], maxSpan = 4): Terms {
	const out: Record<KeyKind, Set<string>> = { exact: new Set(), fold: new Set(), sound: new Set(), skel: new Set() };
	for (const form of forms) {
		const all = words(form);
		const named = all.filter((w) => !isFiller(w));
		for (const seq of named.length === all.length ? [all] : [all, named]) {
			const keys = seq.map((w) => wordKeys(w)).filter((k): k is WordKeys => !!k);
			for (let i = 0; i < keys.length; i++) {
				for (let j = i + 1; j <= Math.min(keys.length, i + maxSpan); j++) addSpan(out, keys.slice(i, j));
			}
		}
	}
	return { exact: [...out.exact], fold: [...out.fold], sound: [...out.sound], skel: [...out.skel] };
}

/** Adds the keys of words written together: each kind joined across the words (first alternative of each). */
function addSpan(out: Record<KeyKind, Set<string>>, keys: WordKeys[]): void {
	if (keys.length === 1) {
		const k = keys[0];
		out.exact.add(k.exact);
		for (const kind of ['fold', 'sound', 'skel'] as const) for (const t of k[kind]) out[kind].add(t);
		return;
	}
	if (keys.some((k) => k.numeric)) return;
	out.exact.add(keys.map((k) => k.exact).join(''));
	for (const kind of ['fold', 'sound', 'skel'] as const) {
		if (keys.some((k) => k[kind].length === 0)) continue;
		out[kind].add(keys.map((k) => k[kind][0]).join(''));
		out[kind].add(keys.map((k) => k[kind][k[kind].length - 1]).join(''));
	}
	// Skeletons of a span in Arabic script join their words' skeletons: "دير الزور" → drzr.
}

/** A query, as the engine runs it: each meaningful word's keys, and the whole query written as one word. */
export interface QueryKeys {
	words: WordKeys[];
	/** The query's words joined ("Deir ez Zor" → deirzor…), or null for a one-word query. */
	joined: WordKeys | null;
}

/**
 * Keys of what the user typed.
 * @example queryKeys('al Hol').words.map((w) => w.exact) // ['hol']
 */
export function queryKeys(text: string, { query = true } = {}): QueryKeys {
	const all = words(text);
	let named = all.filter((w) => !isFiller(w));
	if (named.length === 0) named = all;
	const ws = named.slice(0, 8).map((w) => wordKeys(w, { query })).filter((k): k is WordKeys => !!k);
	const joinable = ws.filter((w) => !w.numeric);
	let joined: WordKeys | null = null;
	if (joinable.length > 1) {
		const parts = joinable.map((w) => w.exact);
		const base = wordKeys(parts.join(''), { query });
		if (base) {
			// Also the joined parts' own folds ("Deir ez Zor" → dirzur as well as direzur). A copy:
			// the memoised keys of a word are shared.
			const fold = joinable.map((w) => w.fold[0]).join('');
			const sound = joinable.map((w) => w.sound[0] ?? '').join('');
			const skel = joinable.map((w) => w.skel[0] ?? '').join('');
			joined = {
				...base,
				fold: [...new Set([...base.fold, fold])],
				sound: sound ? [...new Set([...base.sound, sound])] : base.sound,
				skel: skel.length >= 2 ? [...new Set([...base.skel, skel])] : base.skel
			};
		}
	}
	return { words: ws, joined };
}
