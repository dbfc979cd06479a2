/**
 * The search indexes the page searches, kept up to date: one over the atlas (places, incidents,
 * articles — fetched once, shared with the map through layerData) and one per user layer, built
 * once per imported file, in slices between frames (a layer may hold 50,000 features), and only
 * once the user searches.
 */
import { browser } from '$app/environment';
import type { FeatureCollection } from 'geojson';
import type { ArticleMeta } from '$lib/types';
import { layerData } from '$lib/map/data.svelte';
import { userLayers } from '$lib/user/layers.svelte';
import { articleDocs, incidentDocs, placeDocs, placeNamesById, userDocs } from './documents';
import { addDocs, buildIndex, emptyIndex, type SearchIndex } from './engine';

const PLACE_LAYERS = ['places', 'areas', 'lines', 'countries'];
/** Features indexed per slice, and words written together in a user's feature (names are short). */
const SLICE = 100;
const USER_SPAN = 2;

let articles = $state.raw<{ id: string; meta: ArticleMeta }[]>([]);
let articlesRequested = false;
/** The article list has arrived (or could not: search goes on without articles). */
let articlesSettled = $state(false);

function loadArticles(): void {
	if (articlesRequested || !browser) return;
	articlesRequested = true;
	fetch('/api/articles')
		.then((r) => (r.ok ? r.json() : { articles: [] }))
		.then((b: { articles?: { id: string; meta: ArticleMeta }[] }) => (articles = b.articles ?? []))
		.catch(() => (articlesRequested = false))
		.finally(() => (articlesSettled = true));
}

/** One index per imported collection (the object is replaced when a layer changes, never mutated). */
const userIndexes = new WeakMap<FeatureCollection, { index: SearchIndex; done: boolean }>();
/** Bumped after each slice, so searches re-run over what has been indexed so far. */
let progress = $state(0);

/** The index of one visible user layer: from the cache, or started now and filled slice by slice. */
function userIndex(layer: { id: string; collection: FeatureCollection }): { index: SearchIndex; done: boolean } {
	const known = userIndexes.get(layer.collection);
	if (known) return known;
	const entry = { index: emptyIndex(), done: false };
	userIndexes.set(layer.collection, entry);
	const entries = userLayers.features().filter((f) => f.layer.id === layer.id);
	let at = 0;
	const step = () => {
		addDocs(entry.index, userDocs(entries.slice(at, at + SLICE)), USER_SPAN);
		at += SLICE;
		if (at < entries.length) setTimeout(step, 0);
		else entry.done = true;
		progress++;
	};
	// Started from a search (inside a `$derived`), where state may not change: the first slice too waits.
	setTimeout(step, 0);
	return entry;
}

/**
 * Reactive: read `.indexes(withUser)` and `.loading` inside `$derived` or markup. The user's
 * layers are only indexed when `withUser` (a search is under way).
 */
export function searchSources() {
	loadArticles();
	const places = PLACE_LAYERS.map(layerData);
	const incidents = layerData('incidents');
	const atlas = $derived.by(() => {
		const p = places.flatMap((d) => placeDocs(d.data));
		return buildIndex([...p, ...incidentDocs(incidents.data, placeNamesById(p)), ...articleDocs(articles)]);
	});
	const user = () => {
		void progress;
		return userLayers.list.filter((l) => l.visible).map(userIndex);
	};
	return {
		indexes(withUser: boolean): SearchIndex[] {
			return [atlas, ...(withUser ? user().map((u) => u.index) : [])];
		},
		/** The atlas layers or the article list are still loading. */
		get loading() {
			return !articlesSettled || [...places, incidents].some((d) => !d.loaded && !d.error);
		},
		/** A visible user layer is still being indexed. */
		get indexing() {
			void progress;
			return userLayers.list.some((l) => l.visible && userIndexes.get(l.collection)?.done === false);
		}
	};
}
