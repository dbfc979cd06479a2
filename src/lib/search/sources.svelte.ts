/**
 * The search indexes the page searches, kept up to date: one over the atlas (places, incidents,
 * articles — fetched once, shared with the map through layerData) and one over the user's own
 * layers, rebuilt only when those change.
 */
import { browser } from '$app/environment';
import type { ArticleMeta } from '$lib/types';
import { layerData } from '$lib/map/data.svelte';
import { userLayers } from '$lib/user/layers.svelte';
import { articleDocs, incidentDocs, placeDocs, placeNamesById, userDocs } from './documents';
import { buildIndex, type SearchIndex } from './engine';

const PLACE_LAYERS = ['places', 'areas', 'lines', 'countries'];

let articles = $state.raw<{ id: string; meta: ArticleMeta }[]>([]);
let articlesRequested = false;

function loadArticles(): void {
	if (articlesRequested || !browser) return;
	articlesRequested = true;
	fetch('/api/articles')
		.then((r) => (r.ok ? r.json() : { articles: [] }))
		.then((b: { articles?: { id: string; meta: ArticleMeta }[] }) => (articles = b.articles ?? []))
		.catch(() => (articlesRequested = false));
}

/** Reactive: read `.indexes` and `.loading` inside `$derived` or markup. */
export function searchSources(): { readonly indexes: SearchIndex[]; readonly loading: boolean } {
	loadArticles();
	const places = PLACE_LAYERS.map(layerData);
	const incidents = layerData('incidents');
	const atlas = $derived.by(() => {
		const p = places.flatMap((d) => placeDocs(d.data));
		return buildIndex([...p, ...incidentDocs(incidents.data, placeNamesById(p)), ...articleDocs(articles)]);
	});
	const user = $derived(buildIndex(userDocs(userLayers.features())));
	return {
		get indexes() {
			return [atlas, user];
		},
		get loading() {
			return [...places, incidents].some((d) => !d.loaded && !d.error);
		}
	};
}
