/**
 * Gazetteer matching over Arabic text. Names are compared after normalisation, word by word; the
 * first word of a name may carry the attached conjunctions و ف, the prepositions ب ك ل, and ال
 * (also as ل + ال written لل). Offsets always point into the original, unnormalised text.
 */
import { normalize } from '$lib/arabic/normalize';
import { joinsName, tokenize, type Token } from './tokenize';

export interface NameVariant {
	text: string;
	/** `context`: a generic phrase ("الحدود") that names this place only given the corpus' subject. */
	confidence?: 'high' | 'context';
}

export interface MatchableEntry {
	id: string;
	variants: (string | NameVariant)[];
	/** Ids whose names may stand inside this entry's names and still count (Kirkuk in the Kirkuk–Baniyas pipeline). */
	contains?: string[];
}

export interface Mention {
	ref: string;
	start: number;
	end: number;
	text: string;
	confidence: 'high' | 'context';
}

interface Pattern {
	ref: string;
	words: string[];
	confidence: 'high' | 'context';
	stop: boolean;
}

interface Candidate {
	form: string;
	/** Normalised characters dropped from the front of the token. */
	dropped: number;
}

/** The forms a word may take once its attached particles are peeled off. */
export function wordForms(word: string): Candidate[] {
	const out: Candidate[] = [{ form: word, dropped: 0 }];
	const seen = new Set([word]);
	const add = (form: string, dropped: number) => {
		if (form.length >= 2 && !seen.has(form)) {
			seen.add(form);
			out.push({ form, dropped });
		}
	};
	const conj = ['', 'و', 'ف'];
	const prep = ['', 'ب', 'ك', 'ل'];
	for (const c of conj) {
		if (c && !word.startsWith(c)) continue;
		const afterConj = word.slice(c.length);
		for (const p of prep) {
			if (p && !afterConj.startsWith(p)) continue;
			const rest = afterConj.slice(p.length);
			add(rest, c.length + p.length);
		}
		// ل + ال is written لل: "للحدود" is "ل" + "الحدود". The span keeps the fused لل.
		if (afterConj.startsWith('لل')) add('ال' + afterConj.slice(2), c.length);
	}
	return out;
}

function compile(entries: MatchableEntry[], stopPhrases: string[]): Pattern[] {
	const patterns: Pattern[] = [];
	const words = (s: string) => tokenize(normalize(s).text).map((t) => t.raw);
	for (const e of entries) {
		for (const v of e.variants) {
			const variant = typeof v === 'string' ? { text: v } : v;
			const w = words(variant.text);
			if (w.length) patterns.push({ ref: e.id, words: w, confidence: variant.confidence ?? 'high', stop: false });
		}
	}
	for (const s of stopPhrases) {
		const w = words(s);
		if (w.length) patterns.push({ ref: '', words: w, confidence: 'high', stop: true });
	}
	return patterns;
}

interface NormToken extends Token {
	norm: string;
	map: number[];
	forms: Candidate[];
}

export class Matcher {
	readonly #patterns: Pattern[];
	readonly #byFirst = new Map<string, Pattern[]>();
	readonly #contains = new Map<string, Set<string>>();

	constructor(entries: MatchableEntry[], stopPhrases: string[] = []) {
		this.#patterns = compile(entries, stopPhrases);
		for (const p of this.#patterns) {
			const list = this.#byFirst.get(p.words[0]) ?? [];
			list.push(p);
			this.#byFirst.set(p.words[0], list);
		}
		for (const e of entries) this.#contains.set(e.id, new Set(e.contains ?? []));
	}

	/** Every mention in `text`, in text order. */
	find(text: string): Mention[] {
		const tokens: NormToken[] = tokenize(text).map((t) => {
			const n = normalize(t.raw);
			return { ...t, norm: n.text, map: n.map, forms: wordForms(n.text) };
		});
		const raw: (Mention & { stop: boolean })[] = [];
		for (let i = 0; i < tokens.length; i++) {
			for (const cand of tokens[i].forms) {
				for (const p of this.#byFirst.get(cand.form) ?? []) {
					const last = this.#matchRest(text, tokens, i, p.words);
					if (last < 0) continue;
					const start = tokens[i].start + tokens[i].map[cand.dropped];
					const end = tokens[last].end;
					raw.push({ ref: p.ref, start, end, text: text.slice(start, end), confidence: p.confidence, stop: p.stop });
				}
			}
		}
		return this.#resolve(raw);
	}

	#matchRest(text: string, tokens: NormToken[], i: number, words: string[]): number {
		for (let k = 1; k < words.length; k++) {
			const t = tokens[i + k];
			if (!t || t.norm !== words[k] || !joinsName(text.slice(tokens[i + k - 1].end, t.start))) return -1;
		}
		return i + words.length - 1;
	}

	/** Longest match wins; a shorter one inside it survives only where the longer entry `contains` it. */
	#resolve(raw: (Mention & { stop: boolean })[]): Mention[] {
		raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
		const kept: (Mention & { stop: boolean })[] = [];
		for (const m of raw) {
			let ok = true;
			for (const k of kept) {
				const overlaps = m.start < k.end && k.start < m.end;
				if (!overlaps) continue;
				const inside = k.start <= m.start && m.end <= k.end;
				if (inside && !k.stop && m.ref !== k.ref && this.#contains.get(k.ref)?.has(m.ref)) continue;
				ok = false;
				break;
			}
			if (ok && !kept.some((k) => k.ref === m.ref && k.start === m.start && k.end === m.end)) kept.push(m);
		}
		return kept
			.filter((m) => !m.stop)
			.sort((a, b) => a.start - b.start || b.end - a.end)
			.map(({ stop: _stop, ...m }) => m);
	}
}
