/** Ids of the data layers drawn over the basemap, and how a click on each is resolved. */
export const LAYER = {
	places: 'place-symbols',
	placeHalo: 'place-selected',
	areas: 'area-fills',
	areaOutlines: 'area-outlines',
	areaLabels: 'area-labels',
	lineBorder: 'line-border',
	linePipeline: 'line-pipeline',
	lineCorridor: 'line-corridor',
	lineOther: 'line-other',
	lineSelected: 'line-selected',
	lineLabels: 'line-labels',
	incidentMarkers: 'incident-markers',
	incidentClusters: 'incident-clusters',
	incidentClusterCount: 'incident-cluster-count',
	incidentFootprints: 'incident-footprints',
	incidentFootprintLines: 'incident-footprint-lines',
	bandFills: 'border-band-fills',
	bandOutlines: 'border-band-outlines',
	bandLabels: 'border-band-labels',
	countries: 'country-fills',
	countryOutlines: 'country-selected'
} as const;

export type PickKind = 'place' | 'incident';

/**
 * Clickable layers. `tier` orders what a click hits: markers, labels and lines (hit within a
 * finger's width) come first, then the areas the point lies in, then whole countries. A click
 * resolves within its top tier; several hits there open the chooser.
 */
export const PICKABLE: Record<string, { kind: PickKind; tier: number; layer: string }> = {
	[LAYER.places]: { kind: 'place', tier: 0, layer: 'places' },
	[LAYER.incidentMarkers]: { kind: 'incident', tier: 0, layer: 'incidents' },
	[LAYER.incidentClusters]: { kind: 'incident', tier: 0, layer: 'incidents' },
	[LAYER.lineBorder]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.linePipeline]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.lineCorridor]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.lineOther]: { kind: 'place', tier: 0, layer: 'lines' },
	[LAYER.areas]: { kind: 'place', tier: 1, layer: 'areas' },
	[LAYER.incidentFootprints]: { kind: 'incident', tier: 1, layer: 'incidents' },
	[LAYER.countries]: { kind: 'place', tier: 2, layer: 'countries' }
};

/** Sources that may hold a feature of each kind, for the selection's feature-state. */
export const SOURCES_OF: Record<PickKind, string[]> = {
	place: ['places', 'areas', 'lines', 'countries'],
	incident: ['incident-points', 'incident-footprints']
};
