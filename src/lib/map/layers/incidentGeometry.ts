import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { isPointLike, isRegionOnly } from '$lib/model/precision';
import { fadeWeight } from '$lib/explore/playback';
import { isShared } from '$lib/model/sharedGeometry';

// A footprint shared by reference is an area (points are never shared).
const hasArea = (f: Feature) => (f.geometry ? f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint' : isShared(f));

/**
 * One marker per incident at or near a named place (../core/precision), at its anchor (the named
 * town, or the centre of its footprint), with only the properties the markers are styled and the
 * chooser lists by. These are what is grouped by place (./placeGroups): an incident located only to
 * a region is never among them. `fade` is the share of its days inside the time window (1 without
 * one): an incident dated only to a month fades in over that month as a play moves through it.
 */
export function incidentAnchors(fc: FeatureCollection, window: { from?: string; to?: string } = {}): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: fc.features.flatMap((f): Feature<Point>[] => {
			const p = f.properties ?? {};
			if (!isPointLike(p)) return [];
			if (typeof p.anchor_lon !== 'number' || typeof p.anchor_lat !== 'number') return [];
			return [
				{
					type: 'Feature',
					id: f.id,
					geometry: { type: 'Point', coordinates: [p.anchor_lon, p.anchor_lat] },
					properties: {
						id: p.id ?? f.id,
						geo_precision: p.geo_precision ?? 1,
						type: p.type ?? null,
						date: p.date ?? null,
						date_from: p.date_from ?? null,
						date_to: p.date_to ?? null,
						title_en: p.title_en ?? null,
						title_ar: p.title_ar ?? null,
						place: p.footprint_id ?? null,
						sources: Array.isArray(p.sources) ? p.sources : [],
						fade: typeof p.date_from === 'string' && typeof p.date_to === 'string' ? fadeWeight(p.date_from, p.date_to, window.from, window.to) : 1
					}
				}
			];
		})
	};
}

/**
 * The incidents drawn with their own footprint (geo precision 2 and 3, everything but points),
 * each selected and picked as its incident: what the map draws below SHARED_FOOTPRINTS. Above it
 * the map draws the build's footprints once per place instead (the map model's `footprints`).
 * `geometryOf` reads a footprint the incidents share by reference (../core/data.svelte).
 */
export function incidentFootprints(fc: FeatureCollection, geometryOf: (f: Feature) => Geometry | null = (f) => f.geometry): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: fc.features.filter(hasArea).flatMap((f): Feature[] => {
			const geometry = geometryOf(f);
			if (!geometry) return [];
			const p = f.properties ?? {};
			return [{ type: 'Feature', id: f.id, geometry, properties: { id: p.id ?? f.id, geo_precision: p.geo_precision ?? null, title_en: p.title_en ?? null, title_ar: p.title_ar ?? null, radius_km: p.radius_km ?? null } }];
		})
	};
}

/** How many of `features` are drawn with an area footprint: above SHARED_FOOTPRINTS the shared ones are drawn. */
export function areaCount(features: readonly Feature[]): number {
	let n = 0;
	for (const f of features) if (hasArea(f)) n++;
	return n;
}

/**
 * The shared footprints (the build's, once per place) that no kept incident with an area has. At
 * scale the map keeps every shared footprint and hides these by feature-state, so a step of the
 * time filter changes a few states on the page instead of re-tiling every polygon in MapLibre's
 * worker on every step.
 */
export function hiddenFootprints(shared: FeatureCollection, kept: readonly Feature[]): Set<string> {
	const keep = new Set<string>();
	for (const f of kept) if (hasArea(f)) keep.add(String(f.properties?.footprint_id ?? f.id));
	return new Set(shared.features.map((f) => String(f.id)).filter((id) => !keep.has(id)));
}

/** The region-only incidents behind one region label: what a click on the label lists. */
export interface RegionGroup {
	footprint: string;
	incidents: Feature<Point>[];
}

/**
 * One label per region that holds region-only incidents: at the region's anchor (its label point,
 * where the region's own name is drawn), with the region's names and how many incidents the
 * texts place only there (`count`). `text(count)` is the count in words, in the interface language.
 */
export function regionLabels(fc: FeatureCollection, text: (count: number) => string): { labels: FeatureCollection<Point>; groups: Map<string, RegionGroup> } {
	const groups = new Map<string, RegionGroup>();
	const first = new Map<string, Record<string, unknown>>();
	for (const f of fc.features) {
		const p = f.properties ?? {};
		if (!isRegionOnly(p) || typeof p.anchor_lon !== 'number' || typeof p.anchor_lat !== 'number') continue;
		const key = String(p.footprint_id ?? f.id);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { footprint: key, incidents: [] }));
		if (!first.has(key)) first.set(key, p);
		g.incidents.push({ type: 'Feature', id: f.id, geometry: { type: 'Point', coordinates: [p.anchor_lon, p.anchor_lat] }, properties: { id: p.id ?? f.id, geo_precision: p.geo_precision, type: p.type ?? null, date: p.date ?? null, title_en: p.title_en ?? null, title_ar: p.title_ar ?? null } });
	}
	const labels: Feature<Point>[] = [...groups.values()].map((g) => {
		const p = first.get(g.footprint)!;
		return {
			type: 'Feature',
			id: g.footprint,
			geometry: g.incidents[0].geometry,
			// A country's name is drawn by the basemap at this very point: its count is drawn alone, not naming it again.
			properties: { region: g.footprint, region_en: p.footprint_name_en ?? null, region_ar: p.name_ar ?? null, count: g.incidents.length, count_text: text(g.incidents.length), at_country_name: p.footprint_kind === 'country' }
		};
	});
	return { labels: { type: 'FeatureCollection', features: labels }, groups };
}

// The groups behind the region labels drawn now: the picker asks what a clicked label holds.
let currentGroups = new Map<string, RegionGroup>();
export function setCurrentRegions(groups: Map<string, RegionGroup>): void {
	currentGroups = groups;
}

/** The region-only incidents behind the label of region `footprint` drawn now. */
export function regionLeaves(footprint: string): Feature<Point>[] {
	return currentGroups.get(footprint)?.incidents ?? [];
}
