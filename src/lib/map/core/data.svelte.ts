import type { FeatureCollection } from 'geojson';
import { browser } from '$app/environment';
import { restoreGeometries, type SharedCollection } from './sharedGeometry';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

interface LayerData {
	/** The layer's light map model as /api/map/{id} serves it (no excerpts); EMPTY until loaded. */
	readonly data: FeatureCollection;
	readonly loaded: boolean;
	readonly error: string | null;
}

// Browser-only cache (one user per page): the map and the feature list share one download.
const cache = new Map<string, LayerData>();

/**
 * The features of `/api/map/{id}` (the light map model: every property the style, filters and
 * list read, no excerpts), fetched once per page and shared by everything that draws or lists
 * them. Reactive: read `.data` inside markup or `$derived`.
 */
export function layerData(id: string): LayerData {
	const hit = cache.get(id);
	if (hit) return hit;
	// Big collections are never made deeply reactive: the whole object is swapped.
	let data = $state.raw(EMPTY);
	let loaded = $state(false);
	let error = $state<string | null>(null);
	const entry: LayerData = {
		get data() {
			return data;
		},
		get loaded() {
			return loaded;
		},
		get error() {
			return error;
		}
	};
	if (!browser) return entry;
	cache.set(id, entry);
	fetch(`/api/map/${encodeURIComponent(id)}`)
		.then(async (r) => {
			if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
			data = restoreGeometries((await r.json()) as SharedCollection);
			loaded = true;
		})
		.catch((e: unknown) => {
			error = `Layer ${id} could not be loaded (${e instanceof Error ? e.message : e})`;
			cache.delete(id);
		});
	return entry;
}
