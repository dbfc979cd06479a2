import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { browser } from '$app/environment';
import type { MapModel } from '$lib/model/map';
import { geometryOf } from '$lib/model/sharedGeometry';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const NO_POINTS: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

interface LayerData {
	/**
	 * The layer's light map model as /api/map/{id} serves it (no excerpts); EMPTY until loaded. An
	 * incident whose footprint many share keeps `geometry: null` and its `geometry_ref`: read its
	 * polygon with `geometryOf`.
	 */
	readonly data: FeatureCollection;
	/** A feature's geometry: its own, or the shared one it references (one object per footprint). */
	geometryOf(f: Feature): Geometry | null;
	/** Its label points, one feature each, as the build made them (`labels`; none for a layer the map does not label). */
	readonly labels: FeatureCollection<Point>;
	/** The incidents' footprints once per place, as the build made them at scale (`footprints`); null below it. */
	readonly footprints: FeatureCollection | null;
	readonly loaded: boolean;
	readonly error: string | null;
}

// Browser-only cache (one user per page): the map and the feature list share one download.
const cache = new Map<string, LayerData>();

// Layers the server draws as vector tiles and answers in SQL (issue 21, a database backend): the
// page never downloads them whole (a million incidents), so their entry stays empty and loaded.
const tiled = new Set<string>();
const NONE: LayerData = { data: EMPTY, labels: NO_POINTS, footprints: null, loaded: true, error: null, geometryOf: (f) => f.geometry };

/** Marks `ids` as served by tiles and the server's answers (set by the page before anything asks). */
export function serveFromTiles(ids: string[]): void {
	for (const id of ids) tiled.add(id);
}

/** Whether `id` is drawn from tiles and listed, binned and counted by the server. */
export function fromTiles(id: string): boolean {
	return tiled.has(id);
}

/**
 * The features of `/api/map/{id}` (the light map model, $lib/model/map: every property the style,
 * filters and list read, no excerpts), fetched once per page and shared by everything that draws
 * or lists them; its label points and shared footprints go to MapLibre as the build made them,
 * and its features stay as served (a shared footprint is looked up, never copied back in).
 * Reactive: read `.data` inside markup or `$derived`.
 */
export function layerData(id: string): LayerData {
	if (tiled.has(id)) return NONE;
	const hit = cache.get(id);
	if (hit) return hit;
	// Big collections are never made deeply reactive: the whole object is swapped.
	let data = $state.raw(EMPTY);
	let labels = $state.raw(NO_POINTS);
	let footprints = $state.raw<FeatureCollection | null>(null);
	let shared: Record<string, Geometry> | undefined;
	let loaded = $state(false);
	let error = $state<string | null>(null);
	const entry: LayerData = {
		get data() {
			return data;
		},
		get labels() {
			return labels;
		},
		get footprints() {
			return footprints;
		},
		geometryOf: (f) => geometryOf(f, shared),
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
			const { labels: points, footprints: once, geometries, ...model } = (await r.json()) as MapModel;
			labels = points ?? NO_POINTS;
			footprints = once ?? null;
			shared = geometries;
			data = model as FeatureCollection;
			loaded = true;
		})
		.catch((e: unknown) => {
			error = `Layer ${id} could not be loaded (${e instanceof Error ? e.message : e})`;
			cache.delete(id);
		});
	return entry;
}
