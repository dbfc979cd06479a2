/**
 * The search indexes the page searches, kept up to date, built only once the user searches: the
 * places at once (a few hundred names); the incidents and the articles, and each user layer, a few
 * milliseconds at a time between tasks (at 100,000 incidents a whole index is a minute of work: the
 * page must stay usable meanwhile, and the names found so far are already searchable).
 */
import { browser } from '$app/environment';
import type { FeatureCollection } from 'geojson';
import type { ArticleMeta } from '$lib/types';
import { layerData } from '$lib/map/core/data.svelte';
import { userLayers } from '$lib/user/layers.svelte';
import { articleDocs, incidentDocs, placeDocs, placeNamesById, userDocs, type SearchDoc } from './documents';
import { addDocs, buildIndex, emptyIndex, type SearchIndex } from './engine';

const PLACE_LAYERS = ['places', 'areas', 'lines', 'countries'];
/** Milliseconds of indexing per task, and words written together in a user's feature (names are short). */
const SLICE_MS = 8;
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

interface Filling {
	index: SearchIndex;
	done: boolean;
	/** Replaced by an index over newer data: stop filling this one. */
	stale: boolean;
}
/** Bumped after each slice, so searches re-run over what has been indexed so far. */
let progress = $state(0);

let bumped = 0;
/** Lets searches re-run over the newly indexed documents: at most once a second, and at the end. */
function bump(last: boolean): void {
	if (!last && performance.now() - bumped < 1000) return;
	bumped = performance.now();
	progress++;
}

/**
 * An index that fills with the documents of `count` items, `docsOf(start, end)` a slice at a time,
 * starting after the current task.
 */
function filling(count: number, docsOf: (start: number, end: number) => SearchDoc[], span = 4): Filling {
	const entry: Filling = { index: emptyIndex(), done: count === 0, stale: false };
	let at = 0;
	const step = () => {
		if (entry.stale) return;
		const t0 = performance.now();
		do {
			addDocs(entry.index, docsOf(at, at + 50), span);
			at += 50;
		} while (at < count && performance.now() - t0 < SLICE_MS);
		if (at < count) setTimeout(step, 0);
		else entry.done = true;
		bump(entry.done);
	};
	// Started from a search (inside a `$derived`), where state may not change: the first slice too waits.
	if (count) setTimeout(step, 0);
	return entry;
}

/** One index per imported collection (the object is replaced when a layer changes, never mutated). */
const userIndexes = new WeakMap<FeatureCollection, Filling>();

/** The index of one visible user layer: from the cache, or started now and filled slice by slice. */
function userIndex(layer: { id: string; collection: FeatureCollection }): Filling {
	let entry = userIndexes.get(layer.collection);
	if (!entry) {
		const entries = userLayers.features().filter((f) => f.layer.id === layer.id);
		userIndexes.set(layer.collection, (entry = filling(entries.length, (a, b) => userDocs(entries.slice(a, b)), USER_SPAN)));
	}
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
	const placeList = $derived(places.flatMap((d) => placeDocs(d.data)));
	const placeIndex = $derived(buildIndex(placeList));
	let lastIncidents: Filling | null = null;
	let lastArticles: Filling | null = null;
	const incidentIndex = $derived.by(() => {
		const data = incidents.data;
		const names = placeNamesById(placeList);
		if (lastIncidents) lastIncidents.stale = true;
		return (lastIncidents = filling(data.features.length, (a, b) => incidentDocs({ ...data, features: data.features.slice(a, b) }, names)));
	});
	const articleIndex = $derived.by(() => {
		const list = articles;
		if (lastArticles) lastArticles.stale = true;
		return (lastArticles = filling(list.length, (a, b) => articleDocs(list.slice(a, b))));
	});
	const user = () => {
		void progress;
		return userLayers.list.filter((l) => l.visible).map(userIndex);
	};
	return {
		indexes(withUser: boolean): SearchIndex[] {
			void progress;
			return [placeIndex, incidentIndex.index, articleIndex.index, ...(withUser ? user().map((u) => u.index) : [])];
		},
		/** The atlas layers or the article list are still loading. */
		get loading() {
			return !articlesSettled || [...places, incidents].some((d) => !d.loaded && !d.error);
		},
		/** Incidents, articles or a visible user layer are still being indexed: more results may follow. */
		get indexing() {
			void progress;
			return !incidentIndex.done || !articleIndex.done || user().some((u) => !u.done);
		}
	};
}
