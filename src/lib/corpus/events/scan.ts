/**
 * Phrase lists for the incident lexicons, matched on normalised text (normalize.ts) with verbatim
 * offsets back into the original. A phrase is written as plain Arabic words separated by spaces;
 * every word may carry the attached particles و ف ب ل ك and the article ال (ل + ال written لل), so
 * «عبوة ناسفة» also finds «بعبوة ناسفة» and «العبوة الناسفة». A word ending in `*` may take up to
 * four more letters (suffixes: «اعتقل*» finds «اعتقلت», «اعتقلوا»); a word starting with `=` takes
 * no particle at all, and one starting with `+` only the conjunctions و and ف (a finite verb: it never
 * takes the article or a preposition, so «+قتل*» finds «وقُتل» but not the noun «القتلى»).
 */
import { normalize, norm } from '$lib/arabic/normalize';

/** A verbatim span of the article: `text === articleText.slice(start, end)`. */
export interface Span {
	start: number;
	end: number;
	text: string;
}

/** One phrase found in a text. */
export interface Hit<T> extends Span {
	/** The entry the phrase belongs to. */
	entry: T;
	/** The phrase as written in the list. */
	phrase: string;
}

const ESC = /[.*+?^${}()|[\]\\]/g;

/** The regular expression (over normalised text) of one listed word. */
function wordRe(word: string): string {
	const bare = word.startsWith('=');
	const verb = word.startsWith('+');
	const suffix = word.endsWith('*');
	const w = norm(word.replace(/^[=+]/, '').replace(/\*$/, '')).replace(ESC, '\\$&');
	const tail = suffix ? '\\p{L}{0,4}' : '';
	if (bare) return w + tail;
	if (verb) return `[وف]?${w}${tail}`;
	if (w.startsWith('ال')) return `(?:[وف]?(?:[بك]?ال|لل))${w.slice(2)}${tail}`;
	// «للأسلحة»: ل + ال is written لل.
	return `(?:[وف]?(?:[بلك]?(?:ال)?|لل))?${w}${tail}`;
}

/** The regular expression of a phrase: its words, with white space or a dash between them. */
export function phraseRe(phrase: string): string {
	return phrase
		.trim()
		.split(/\s+/)
		.map(wordRe)
		.join('[\\s\\u00A0\\-–]+');
}

/**
 * A compiled phrase list. `find` returns the longest phrase at each place, in text order; two
 * hits never overlap.
 */
export class PhraseList<T> {
	readonly #re: RegExp;
	readonly #phrases: { phrase: string; entry: T }[];

	constructor(entries: readonly T[], phrasesOf: (e: T) => readonly string[]) {
		this.#phrases = entries.flatMap((entry) => phrasesOf(entry).map((phrase) => ({ phrase, entry })));
		// Longest first so that alternation prefers «عبوة ناسفة» to «عبوة».
		const order = this.#phrases.map((p, i) => ({ i, len: norm(p.phrase).length })).sort((a, b) => b.len - a.len || a.i - b.i);
		const source = order.map(({ i }) => `(?<p${i}>${phraseRe(this.#phrases[i].phrase)})`).join('|');
		this.#re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'gu');
	}

	/**
	 * The hits of the last text scanned. The drafter asks for every clause of an article in turn; scanning
	 * the whole article once and keeping its hits makes that linear in the article's length, not quadratic
	 * (an article of 860 words took 14 times as long as one of 216).
	 */
	#last: { text: string; hits: Hit<T>[] } | null = null;

	/** Every phrase of the list in `text` between `from` and `to`, with verbatim offsets. */
	find(text: string, from = 0, to = text.length): Hit<T>[] {
		if (this.#last?.text !== text) this.#last = { text, hits: this.#scan(text) };
		return this.#last.hits.filter((h) => h.start >= from && h.end <= to).map((h) => ({ ...h }));
	}

	/** Matches are found in the whole normalised text, so a range never cuts a phrase or its boundary. */
	#scan(text: string): Hit<T>[] {
		const n = normalize(text);
		const out: Hit<T>[] = [];
		for (const m of n.text.matchAll(this.#re)) {
			const start = n.map[m.index];
			const end = n.map[m.index + m[0].length - 1] + 1;
			const key = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
			const p = this.#phrases[Number(key!.slice(1))];
			out.push({ start, end, text: text.slice(start, end), entry: p.entry, phrase: p.phrase });
		}
		return out;
	}
}

/** A verbatim span of `text`, white space trimmed at both ends. */
export function span(text: string, start: number, end: number): Span {
	while (start < end && /[\s\u00A0]/u.test(text[start])) start++;
	while (end > start && /[\s\u00A0]/u.test(text[end - 1])) end--;
	return { start, end, text: text.slice(start, end) };
}
