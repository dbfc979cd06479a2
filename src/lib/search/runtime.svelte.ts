/**
 * Everything a search runs on, as one chunk the home page fetches only when someone is about to
 * search (see ./load.ts): MiniSearch, the key builders, the documents and the reactive indexes.
 *
 * @example
 * const s = createSearch();
 * s.groups('Boukamal')[0].hits[0].doc.id // 'place:albu-kamal' (once the atlas layers have loaded)
 */
import { groupHits, search, type Group } from './engine';
import { searchSources } from './sources.svelte';

export interface SearchRuntime {
	/** Hits for a query, grouped (places, incidents, articles, the user's layers). Reactive. */
	groups(text: string): Group[];
	/** The atlas layers or the article list are still loading. */
	readonly loading: boolean;
	/** A visible user layer is still being indexed. */
	readonly indexing: boolean;
}

export function createSearch(): SearchRuntime {
	const sources = searchSources();
	return {
		groups: (text) => groupHits(search(sources.indexes(true), text)),
		get loading() {
			return sources.loading;
		},
		get indexing() {
			return sources.indexing;
		}
	};
}
