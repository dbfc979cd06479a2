/**
 * The search indexes the page searches, kept up to date, loaded only once the user searches: the
 * atlas' places, incidents and articles come indexed from `/api/search-index` (built once by
 * `npm run data`, $lib/search/serialise; MiniSearch.loadJS here, no indexing in the browser); each
 * visible user layer is indexed here, a few milliseconds at a time between tasks (a big layer is
 * seconds of work: the page must stay usable meanwhile, and the names found so far are searchable).
 */
import { browser } from '$app/environment';
import type { FeatureCollection } from 'geojson';
import * as v from 'valibot';
import { SearchIndexWireSchema, type SearchIndexWire } from '$lib/model/wire';
import { userLayers } from '$lib/user/layers.svelte';
import { userDocs, type SearchDoc } from './documents';
import { addDocs, emptyIndex, type SearchIndex } from './engine';
import { fromWire } from './wire';

/** Milliseconds of indexing per task, and words written together in a user's feature (names are short). */
const SLICE_MS = 8;
const USER_SPAN = 2;

let atlasIndexes = $state.raw<SearchIndex[]>([]);
let requested = false;
/** The atlas' indexes have arrived (or could not: search goes on with the user's layers). */
let settled = $state(false);

function loadAtlasIndexes(): void {
	if (requested || !browser) return;
	requested = true;
	fetch('/api/search-index')
		.then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
		.then((body: unknown) => {
			const wire = v.parse(SearchIndexWireSchema, body) as unknown as SearchIndexWire;
			atlasIndexes = [fromWire(wire.places), fromWire(wire.incidents), fromWire(wire.articles)];
		})
		.catch(() => (requested = false))
		.finally(() => (settled = true));
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
	loadAtlasIndexes();
	const user = () => {
		void progress;
		return userLayers.list.filter((l) => l.visible).map(userIndex);
	};
	return {
		indexes(withUser: boolean): SearchIndex[] {
			void progress;
			return [...atlasIndexes, ...(withUser ? user().map((u) => u.index) : [])];
		},
		/** The atlas' indexes are still loading. */
		get loading() {
			return !settled;
		},
		/** A visible user layer is still being indexed: more results may follow. */
		get indexing() {
			void progress;
			return user().some((u) => !u.done);
		}
	};
}
