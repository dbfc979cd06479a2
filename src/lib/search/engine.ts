/**
 * The search engine: MiniSearch (fuzzy and prefix matching over a radix tree) finds the candidates
 * under every key of ./keys.ts; the rank is ours and explainable:
 *   1. how many of the query's words a document matches (the whole query written as one word
 *      counts as all of them) — only the documents matching the most are kept;
 *   2. a whole-name match ("Anbar" is the name of Anbar Governorate; "Anbar" is the core of
 *      "Anbar province"), then each word's best match: by key (as written > folded > phonetic >
 *      skeleton) and by kind (exact > prefix > fuzzy);
 *   3. the shorter title (the more specific), then MiniSearch's BM25 score.
 *
 * @example
 * const index = buildIndex(docs);
 * search(index, 'Boukamal')[0].doc.id // 'place:albu-kamal'
 */
import MiniSearch, { type Options, type Query } from 'minisearch';
import { indexTerms, queryKeys, words, wordKeys, type KeyKind, type QueryKeys, type WordKeys } from './keys';
import type { SearchDoc, SearchGroup } from './documents';
import { bestMatch, isFragment, keepBeside, KEY_WEIGHT, NAME_BONUS, type Field, type Found, type Hit } from './rank';

export { groupHits, type Found, type Group, type Hit } from './rank';

const FIELDS: Field[] = ['name', 'core', 'exact', 'fold', 'sound', 'skel'];
/** Among equals, places first: they are what people search for most. */
const PRIOR: Record<SearchGroup, number> = { place: 1.25, incident: 1, article: 1, user: 1 };

/** Generic words a name may carry or drop ("Anbar Governorate", "مخيم الهول"): the rest is its core. */
const GENERIC = new Set(
	['governorate', 'province', 'camp', 'city', 'town', 'countryside', 'pipeline', 'oil', 'district', 'region', 'محافظة', 'مخيم', 'خط', 'أنابيب', 'مدينة', 'بلدة', 'ريف', 'منطقة'].map(
		(w) => wordKeys(w)!.exact
	)
);

export interface Indexed extends Record<Field, string> {
	id: string;
}

export interface SearchIndex {
	mini: MiniSearch<Indexed>;
	docs: Map<string, SearchDoc>;
}

const tokenize = (s: string) => s.split(' ');
const processTerm = (t: string) => t || null;

/** Builds the index. Documents with the same id are kept once (the first). */
export function buildIndex(docs: SearchDoc[]): SearchIndex {
	const index = emptyIndex();
	addDocs(index, docs);
	return index;
}

/** MiniSearch's options: the same for an index built here and one loaded from its wire form (./wire.ts). */
export const OPTIONS: Options<Indexed> = { fields: FIELDS, idField: 'id', tokenize, processTerm, searchOptions: { tokenize, processTerm } };


export function emptyIndex(): SearchIndex {
	return { mini: new MiniSearch<Indexed>(OPTIONS), docs: new Map() };
}

/**
 * Adds documents to an index (a big user layer is added in slices, between frames). `maxSpan`:
 * how many consecutive words are also indexed written together (4 for the atlas; fewer for bulk).
 */
export function addDocs(index: SearchIndex, docs: SearchDoc[], maxSpan = 4): void {
	const rows: Indexed[] = [];
	for (const d of docs) {
		if (index.docs.has(d.id)) continue;
		index.docs.set(d.id, d);
		const t = indexTerms([...d.names, ...d.forms], maxSpan);
		const core = d.names.map((n) => coreOf(words(n)).join(' '));
		rows.push({
			id: d.id,
			name: wholeTerms(d.names).join(' '),
			core: wholeTerms(core).join(' '),
			exact: t.exact.join(' '),
			fold: t.fold.join(' '),
			sound: t.sound.join(' '),
			skel: t.skel.join(' ')
		});
	}
	index.mini.addAll(rows);
}

function coreOf(ws: string[]): string[] {
	const core = ws.filter((w) => !GENERIC.has(wordKeys(w)?.exact ?? ''));
	return core.length ? core : ws;
}

/** A text's keys written as one word. */
function whole(text: string, query = true): WordKeys | null {
	const q = queryKeys(text, { query });
	return q.joined ?? q.words[0] ?? null;
}

/** Whole-name keys: each name written as one word, as typed, folded and phonetic. */
function wholeTerms(names: string[]): string[] {
	const out = new Set<string>();
	for (const n of names) {
		const k = whole(n, false);
		if (k && !k.numeric) for (const t of [k.exact, ...k.fold, ...k.sound]) out.add(t);
	}
	return [...out];
}

/** Edit distance MiniSearch may use for a term: none under 4 letters, one letter from 4, two from 8. */
function fuzziness(term: string): number | false {
	if (term.length < 4) return false;
	return term.length < 8 ? 1 : 2;
}

/**
 * One query word under every key. `partial`: the word is still being typed (the last one), so it
 * may be the start of a longer term. A skeleton is only used when it keeps at least half the
 * word's letters: "Sharaa" → sr would meet every Syria.
 */
function wordQuery(w: WordKeys, partial: boolean): Query {
	const q = (field: KeyKind, terms: string[], loose: boolean): Query => ({
		queries: [...new Set(terms.filter(Boolean))],
		fields: [field],
		fuzzy: loose && !w.numeric ? fuzziness : false,
		prefix: loose && partial && !w.numeric ? (t: string) => t.length >= 2 : false
	});
	const skel = w.skel.filter((k) => k.length * 2 >= w.exact.length);
	return { combineWith: 'OR', queries: [q('exact', [w.exact], true), q('fold', w.fold, true), q('sound', w.sound, true), q('skel', skel, false)] };
}

const allTerms = (w: WordKeys) => new Set([w.exact, ...w.fold, ...w.sound, ...w.skel]);

interface Acc {
	perWord: number[];
	found: Found;
	foundValue: number;
	bonus: number;
	bm25: number;
	/** Some word matched as typed, folded or phonetically (not only fuzzily or by skeleton), or the whole name did. */
	whole: boolean;
}

/**
 * Ranked hits for a query: only the documents matching as many of its words as the best one
 * ("Kirkuk Baniyas" → the pipeline, not every place named Kirkuk), best first.
 */
export function search(index: SearchIndex | SearchIndex[], text: string, limit = 40): Hit[] {
	const q = queryKeys(text);
	if (q.words.length === 0) return [];
	const hits = (Array.isArray(index) ? index : [index]).flatMap((i) => scoreAll(i, q, text));
	const top = Math.max(0, ...hits.map((h) => h.coverage));
	return hits
		.filter((h) => h.coverage === top)
		.filter(keepBeside(hits.filter((h) => h.coverage === top)))
		.sort((a, b) => b.score - a.score || a.doc.title.length - b.doc.title.length || b.bm25 - a.bm25)
		.slice(0, limit)
		.map(({ doc, score, coverage, found, fragment }) => ({ doc, score, coverage, found, fragment }));
}

/** Every document of one index matching any word of the query, scored. */
function scoreAll(index: SearchIndex, q: QueryKeys, text: string): (Hit & { bm25: number })[] {
	const n = q.words.length;
	const acc = new Map<string, Acc>();
	const get = (id: string) => {
		let a = acc.get(id);
		if (!a) acc.set(id, (a = { perWord: new Array(n).fill(0), found: { key: 'exact', match: 'fuzzy', term: '' }, foundValue: 0, bonus: 0, bm25: 0, whole: false }));
		return a;
	};
	const run = (w: WordKeys, slots: number[], partial: boolean) => {
		const asked = allTerms(w);
		for (const r of index.mini.search(wordQuery(w, partial))) {
			const a = get(r.id);
			const { found, value } = bestMatch(r, asked);
			for (const i of slots) a.perWord[i] = Math.max(a.perWord[i], value);
			a.bm25 += r.score;
			if (!isFragment({ found })) a.whole = true;
			if (value > a.foundValue) Object.assign(a, { found, foundValue: value });
		}
	};
	const every = q.words.map((_, i) => i);
	q.words.forEach((w, i) => run(w, [i], i === n - 1));
	if (q.joined) run(q.joined, every, true);

	// Whole-name matches: the query (or its core, generic words dropped) is a name of the document,
	// as typed or within MiniSearch's edit distance.
	const name = whole(text);
	const core = whole(coreOf(words(text)).join(' '));
	const passes: [WordKeys | null, Field, boolean, number][] = [
		[name, 'name', false, NAME_BONUS.name],
		[core, 'core', false, NAME_BONUS.core],
		[name, 'name', true, NAME_BONUS.fuzzy]
	];
	for (const [w, field, fuzzy, bonus] of passes) {
		if (!w || w.numeric) continue;
		const terms = [...new Set([w.exact, ...w.fold, ...w.sound])];
		for (const r of index.mini.search({ queries: terms, fields: [field], fuzzy: fuzzy ? fuzziness : false, prefix: false })) {
			const a = get(r.id);
			a.whole = true;
			if (bonus > a.bonus) {
				a.bonus = bonus;
				const term = Object.keys(r.match)[0];
				const via: KeyKind = term === w.exact ? 'exact' : w.fold.includes(term) ? 'fold' : w.sound.includes(term) ? 'sound' : 'exact';
				a.found = { key: field, match: fuzzy ? 'fuzzy' : 'exact', term, ...(fuzzy ? {} : { via }) };
				a.foundValue = Infinity;
			}
			for (const i of every) a.perWord[i] = Math.max(a.perWord[i], fuzzy ? 0.1 : KEY_WEIGHT.exact);
		}
	}

	const hits: (Hit & { bm25: number })[] = [];
	for (const [id, a] of acc) {
		const doc = index.docs.get(id);
		if (!doc) continue;
		const covered = a.perWord.filter((v) => v > 0).length;
		const sum = a.perWord.reduce((s, v) => s + v, 0);
		hits.push({ doc, score: (a.bonus + sum) * PRIOR[doc.group], coverage: covered / n, found: a.found, fragment: !a.whole, bm25: a.bm25 });
	}
	return hits;
}
