/**
 * What one rendered feature stands for, as hits: a place's group is every incident there (newest
 * first, as the chooser lists them), a region's count label every incident located only to that
 * region, anything else itself. The click picker and the canvas keys both read features this way.
 */
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { LAYER } from '../layers/registry';
import { groupLeaves } from '../layers/placeGroups';
import { regionLeaves } from '../layers/incidentGeometry';
import { toHit, type Hit } from './pick';

export function hitsOf(f: MapGeoJSONFeature): (Hit | null)[] {
	if (f.layer.id === LAYER.incidentClusters)
		return groupLeaves(Number(f.properties.cluster_id)).map((l) => toHit({ layer: { id: LAYER.incidentMarkers }, properties: l.properties }));
	if (f.layer.id === LAYER.incidentRegionLabels)
		return regionLeaves(String(f.properties.region)).map((l) => toHit({ layer: { id: LAYER.incidentRegions }, properties: l.properties }, 0));
	return [toHit(f)];
}
