/**
 * Every article's "outlet · date · headline" for the page (the Article filter, the PNG caption):
 * the metadata of /api/articles, fetched once, the first time a label is asked for. Until it is
 * in, `articleName` answers undefined and the caller shows what it has.
 */
import { browser } from '$app/environment';
import { sourceLine } from '$lib/corpus/excerpts';
import type { ArticleMeta } from '$lib/types';
import { articleLabel, type ArticleLine } from './articleLabel';

let lines = $state.raw<Map<string, ArticleLine> | null>(null);
let asked = false;

/** The article `id` in words, in the page's language; undefined while the metadata load (or if it failed). */
export function articleName(id: string): string | undefined {
	if (!asked && browser) {
		asked = true;
		fetch('/api/articles')
			.then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
			.then((b: { articles: { id: string; meta: ArticleMeta }[] }) => (lines = new Map(b.articles.map((a) => [a.id, sourceLine(a.meta)]))))
			// The filter keeps its ids: a label is a help, not a condition of filtering.
			.catch(() => (lines = new Map()));
	}
	const line = lines?.get(id);
	return line && articleLabel(line);
}
