/**
 * What a match is worth, and which results stand beside the best: a whole-word or whole-name
 * match ranks above a fuzzy fragment of a longer name, and once one exists the fragments are
 * dropped («Hol» finds al-Hol camp, not a skeleton of the "Shia crescent" corridor's words;
 * «Rabia» alone still finds what it fuzzily can, as nothing matches it whole).
 */
import type { SearchResult } from 'minisearch';
import type { KeyKind } from './keys';
import type { SearchDoc, SearchGroup } from './documents';

export type Field = KeyKind | 'name' | 'core';

/** What a match under each key is worth, and how much of that a prefix or fuzzy match keeps. */
export const KEY_WEIGHT: Record<KeyKind, number> = { exact: 3, fold: 2.5, sound: 2, skel: 1.2 };
export const MATCH_WEIGHT = { exact: 1, prefix: 0.6, fuzzy: 0.5 } as const;
export const NAME_BONUS = { name: 10, core: 6, fuzzy: 3 } as const;

/** How a result was found: the best key that matched, and whether as typed, as a prefix or fuzzily. */
export interface Found {
	key: Field;
	match: keyof typeof MATCH_WEIGHT;
	/** The indexed term that matched. */
	term: string;
	/** For a whole-name match: which of the query's keys equalled the name's (as typed, folded, phonetic). */
	via?: KeyKind;
}

export interface Hit {
	doc: SearchDoc;
	score: number;
	/** Share of the query's words the document matched (1 = all). */
	coverage: number;
	found: Found;
	/** Found only fuzzily or by a consonant skeleton: no word, nor the whole name, matched as such. */
	fragment: boolean;
}

/** The best (key, kind of match) in one MiniSearch result, and what it is worth. */
export function bestMatch(r: SearchResult, asked: Set<string>): { found: Found; value: number } {
	let best = { found: { key: 'exact' as Field, match: 'fuzzy' as Found['match'], term: '' }, value: 0 };
	for (const [term, fields] of Object.entries(r.match)) {
		const match: Found['match'] = asked.has(term) ? 'exact' : [...asked].some((q) => term.startsWith(q)) ? 'prefix' : 'fuzzy';
		for (const f of fields as KeyKind[]) {
			const value = KEY_WEIGHT[f] * MATCH_WEIGHT[match];
			if (value > best.value) best = { found: { key: f, match, term }, value };
		}
	}
	return best;
}

/** A match that is a fragment: fuzzy, or by consonant skeleton only. */
export const isFragment = (h: { found: Found }): boolean => h.found.match === 'fuzzy' || h.found.key === 'skel';

/** A filter keeping every hit when all are fragments, and only the whole matches otherwise. */
export function keepBeside(hits: Pick<Hit, 'fragment'>[]): (h: Pick<Hit, 'fragment'>) => boolean {
	const whole = hits.some((h) => !h.fragment);
	return (h) => !whole || !h.fragment;
}

/** What the lookup (GeoNames) says of a name: how many towns it knows by it whole, and which of them are drawn. */
export interface TownsKnown {
	towns: number;
	/** Ids of drawn places that are one of those towns. */
	drawn: string[];
}

/**
 * The results beside the lookup. When only fuzzy fragments were found and GeoNames knows a town by
 * the whole name, the town is the better match («Rabia» is a town, not a fragment of Saudi Arabia)
 * and the fragments go — unless a fragment is that town, drawn («Dimashq» found «دمشق» by its
 * consonants, and Damascus is the town named Dimashq): then it is the answer, first in its group.
 */
export function besideTowns(found: Group[], known: TownsKnown | null): { groups: Group[]; confirmed: boolean } {
	if (!known || known.towns <= 0 || !found.every((g) => g.hits.every((h) => h.fragment))) return { groups: found, confirmed: false };
	const isTown = (h: Hit) => h.doc.target.kind === 'place' && known.drawn.includes(h.doc.target.id);
	if (!found.some((g) => g.hits.some(isTown))) return { groups: [], confirmed: false };
	const groups = found.map((g) => ({ ...g, hits: [...g.hits.filter(isTown), ...g.hits.filter((h) => !isTown(h))] }));
	return { groups: groups.sort((a, b) => Number(b.hits.some(isTown)) - Number(a.hits.some(isTown))), confirmed: true };
}

export interface Group {
	group: SearchGroup;
	hits: Hit[];
}

/** Hits grouped by kind, each group keeping its ranking; groups ordered by their best hit. */
export function groupHits(hits: Hit[], perGroup = 6): Group[] {
	const groups = new Map<SearchGroup, Hit[]>();
	for (const h of hits) {
		const g = groups.get(h.doc.group) ?? [];
		if (g.length < perGroup) g.push(h);
		groups.set(h.doc.group, g);
	}
	return [...groups].map(([group, hits]) => ({ group, hits }));
}
