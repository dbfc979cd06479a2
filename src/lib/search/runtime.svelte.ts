/**
 * Everything a search runs on, as one chunk the home page fetches only when someone is about to
 * search (see ./load.ts): MiniSearch, the key builders, the documents and the reactive indexes.
 *
 * @example
 * const s = createSearch();
 * s.groups('Boukamal')[0].hits[0].doc.id // 'place:albu-kamal' (once the atlas layers have loaded)
 */
import type { Component } from 'svelte';
import type { Map as MlMap } from 'maplibre-gl';
import type { Selection } from '$lib/selection';
import { groupHits, search, type Group, type Hit } from './engine';
import type { TownsKnown } from './rank';
import { searchSources } from './sources.svelte';
import SearchOption from '$lib/ui/SearchOption.svelte';
import SearchLookup from '$lib/ui/SearchLookup.svelte';

export type LookupProps = { query: string; wanted: boolean; map: MlMap | null; onselect: (s: Selection) => void; quiet?: boolean; known?: TownsKnown | null };
export type OptionProps = { id: string; hit: Hit; selected: boolean; onchoose: () => void };

export interface SearchRuntime {
	/** Hits for a query, grouped (places, incidents, articles, the user's layers). Reactive. */
	groups(text: string): Group[];
	/** The atlas layers or the article list are still loading. */
	readonly loading: boolean;
	/** A visible user layer is still being indexed. */
	readonly indexing: boolean;
	/** How one result is shown (an option of the listbox): it only ever appears with results. */
	readonly Option: Component<OptionProps>;
	/** What the box says when nothing drawn matches whole (the lookup): it only follows a search. */
	readonly Lookup: Component<LookupProps, object, 'known'>;
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
		},
		Option: SearchOption,
		Lookup: SearchLookup
	};
}
