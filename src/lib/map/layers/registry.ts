/** Ids of the data layers drawn over the basemap, and how a click on each is resolved. */
import { GAZETTEER_LAYERS } from '$lib/model/layers';

export const LAYER = {
	places: 'place-symbols',
	placeHalo: 'place-selected',
	areas: 'area-fills',
	areaRegions: 'area-regions',
	areaOutlines: 'area-outlines',
	areaLabels: 'area-labels',
	lineBorder: 'line-border',
	linePipeline: 'line-pipeline',
	lineCorridor: 'line-corridor',
	lineOther: 'line-other',
	lineSelected: 'line-selected',
	lineLabels: 'line-labels',
	incidentMarkers: 'incident-markers',
	incidentRegionLabels: 'incident-region-labels',
	incidentClusters: 'incident-clusters',
	incidentClusterCount: 'incident-cluster-count',
	incidentLabelGuard: 'incident-label-guard',
	incidentFootprints: 'incident-footprints',
	incidentFootprintLines: 'incident-footprint-lines',
	incidentRegions: 'incident-regions',
	bandFills: 'border-band-fills',
	bandOutlines: 'border-band-outlines',
	bandLabels: 'border-band-labels',
	countries: 'country-fills',
	countryOutlines: 'country-selected',
	// Drawn from vector tiles when the server has them (../tiles/TiledEventsLayer.svelte).
	tiledIncidentMarkers: 'tiled-incidents-markers',
	tiledIncidentRegions: 'tiled-incidents-regions',
	tiledAcledMarkers: 'tiled-acled-markers',
	tiledAcledRegions: 'tiled-acled-regions'
} as const;

/** The MapLibre ids of an event layer drawn from vector tiles (../tiles/TiledEventsLayer.svelte mounts one set per layer). */
export function tiledLayerIds(L: string) {
	return {
		counts: `tiled-${L}-counts`,
		features: `tiled-${L}-features`,
		cells: `tiled-${L}-cells`,
		cellCount: `tiled-${L}-cell-count`,
		countRegions: `tiled-${L}-count-regions`,
		countRegionLabels: `tiled-${L}-count-region-labels`,
		regions: L === 'incidents' ? LAYER.tiledIncidentRegions : `tiled-${L}-regions`,
		regionLines: `tiled-${L}-region-lines`,
		markers: L === 'incidents' ? LAYER.tiledIncidentMarkers : `tiled-${L}-markers`,
		selected: `tiled-${L}-selected`
	};
}

export type PickKind = 'place' | 'incident';

/**
 * Kinds of named area that cover a region (a governorate, a desert, the border area): drawn as a
 * hatched outline, never a tint, and picked after anything smaller. Incidents placed only in a
 * region are those of geo precision 3.
 */
export const REGION_KINDS = ['governorate', 'desert-region', 'border-area', 'region'];

/**
 * Clickable layers. `tier` orders what a click hits: markers, labels and lines (hit within a
 * finger's width) come first, then the small areas the point lies in (a camp, a district, the
 * 25 km around a town), then regions (a governorate, a desert, the border area), then whole
 * countries — with which an incident placed only "somewhere in" a region ranks, so a click in
 * empty Syria offers Syria and that incident rather than silently opening the incident. A click
 * resolves within its top tier; several hits there open the chooser.
 */
export const PICKABLE: Record<string, { kind: PickKind; tier: number; layer: string }> = {
	[LAYER.places]: { kind: 'place', tier: 0, layer: 'places' },
	[LAYER.incidentMarkers]: { kind: 'incident', tier: 0, layer: 'incidents' },
	// A region's count label stands for the region-only incidents it counts (never a point of one).
	[LAYER.incidentRegionLabels]: { kind: 'incident', tier: 0, layer: 'incidents' },
	[LAYER.incidentClusters]: { kind: 'incident', tier: 0, layer: 'incidents' },
	[LAYER.lineBorder]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.linePipeline]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.lineCorridor]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.lineOther]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.areas]: { kind: 'place', tier: 1, layer: 'areas' },
	[LAYER.incidentFootprints]: { kind: 'incident', tier: 1, layer: 'incidents' },
	[LAYER.areaRegions]: { kind: 'place', tier: 2, layer: 'areas' },
	[LAYER.incidentRegions]: { kind: 'incident', tier: 3, layer: 'incidents' },
	[LAYER.countries]: { kind: 'place', tier: 3, layer: 'countries' },
	// The same incidents from tiles: a marker as a marker, a region-only incident with the regions.
	[LAYER.tiledIncidentMarkers]: { kind: 'incident', tier: 0, layer: 'incidents' },
	[LAYER.tiledIncidentRegions]: { kind: 'incident', tier: 3, layer: 'incidents' },
	// An ACLED import's events (the `acled` layer): incidents too, their panel from /api/incidents/{id}.
	[LAYER.tiledAcledMarkers]: { kind: 'incident', tier: 0, layer: 'acled' },
	[LAYER.tiledAcledRegions]: { kind: 'incident', tier: 3, layer: 'acled' }
};

/** Sources that may hold a feature of each kind, for the selection's feature-state. */
export const SOURCES_OF: Record<PickKind, string[]> = {
	// The gazetteer's sources are named as its layers.
	place: [...GAZETTEER_LAYERS],
	incident: ['incident-points', 'incident-footprints']
};
