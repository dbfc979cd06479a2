/**
 * Incident markers at scale: the kept incidents are clustered on the page with supercluster (the
 * library MapLibre's own clustered sources use in their worker), and the map is sent only the
 * clusters and markers of the view. A time-filter step at 100,000 incidents then re-indexes the
 * few thousand incidents in the window and redraws a few hundred features, instead of shipping
 * every point to the worker again. https://github.com/mapbox/supercluster
 */
import type Supercluster from 'supercluster';
import type { Feature, FeatureCollection, Point } from 'geojson';

// Fetched after the page's first code, beside MapLibre (it is not needed before the data arrive):
// keeps the JavaScript before the map chunk under the bench's 100 KB.
let Cluster: typeof Supercluster | null = null;
/** Resolves when clusters can be made (`clusterIndex` throws before). */
export const clusterLibrary: Promise<void> = import('supercluster').then((m) => {
	Cluster = m.default;
});

/** As MapLibre's clustered source was set: 28 px radius, clusters up to zoom 9, then every marker. */
export const CLUSTER = { radius: 28, maxZoom: 9, extent: 512, minPoints: 2 } as const;

/** Up to this many incidents are drawn one by one when a filter is on (the map matches the list). */
export const UNCLUSTERED_MAX = 2000;

export type Props = Record<string, unknown>;

export interface View {
	/** west, south, east, north of the part of the world the clusters were made for. */
	bbox: [number, number, number, number];
	/** Whole zoom level (tiles of 512 px, as MapLibre's clustered sources count them). */
	zoom: number;
}

export function clusterIndex(points: Feature<Point>[]): Supercluster<Props, Props> {
	if (!Cluster) throw new Error('clusterIndex() before clusterLibrary resolved');
	return new Cluster<Props, Props>({ ...CLUSTER }).load(points as Feature<Point, Props>[]);
}

/**
 * The clusters and single markers of `view`, as MapLibre draws them: clusters carry `cluster`,
 * `cluster_id`, `point_count` (what the cluster layers and the picker read).
 */
export function viewFeatures(index: Supercluster<Props, Props>, view: View): FeatureCollection<Point> {
	return { type: 'FeatureCollection', features: index.getClusters(view.bbox, view.zoom) as Feature<Point>[] };
}

/**
 * The view to make clusters for: the visible bounds grown by half their size on each side, so
 * small pans need nothing new; clamped to the world.
 * @example viewFor({ west: 40, south: 33, east: 42, north: 35 }, 6.7) // { bbox: [39, 32, 43, 36], zoom: 6 }
 */
export function viewFor(b: { west: number; south: number; east: number; north: number }, zoom: number): View {
	const dx = (b.east - b.west) / 2;
	const dy = (b.north - b.south) / 2;
	return {
		bbox: [Math.max(-180, b.west - dx), Math.max(-85, b.south - dy), Math.min(180, b.east + dx), Math.min(85, b.north + dy)],
		zoom: Math.max(0, Math.floor(zoom))
	};
}

/** Whether the clusters made for `made` still serve a map showing `b` at `zoom`. */
export function stillServes(made: View, b: { west: number; south: number; east: number; north: number }, zoom: number): boolean {
	const [w, s, e, n] = made.bbox;
	return Math.floor(zoom) === made.zoom && b.west >= w && b.south >= s && b.east <= e && b.north <= n;
}

// The index behind the markers drawn now: the picker asks it what a clicked cluster holds.
let current: Supercluster<Props, Props> | null = null;
export function setCurrentIndex(index: Supercluster<Props, Props> | null): void {
	current = index;
}

/** Up to `limit` incidents inside cluster `id` of the markers drawn now (none when not clustered). */
export function clusterLeaves(id: number, limit = 200): Feature<Point, Props>[] {
	try {
		return current ? (current.getLeaves(id, limit) as Feature<Point, Props>[]) : [];
	} catch {
		// A cluster id from markers drawn before the index changed.
		return [];
	}
}
