/** Stage 5, layers: the gazetteer layers, the incidents by date, and the reference (basemap) layers. */
import type { Feature, FeatureCollection } from 'geojson';
import type { References } from '$lib/geo/recipe';
import type { IncidentFeature, LayerId, PlaceFeature } from '$lib/types';
import { referenceLayers } from '../reference';

export function buildLayers(places: ReadonlyMap<string, PlaceFeature>, incidents: ReadonlyMap<string, IncidentFeature>, refs: References): Map<LayerId, FeatureCollection> {
	const layers = new Map<LayerId, FeatureCollection>();
	for (const id of ['places', 'areas', 'lines', 'countries'] as const)
		layers.set(id, { type: 'FeatureCollection', features: [...places.values()].filter((p) => p.properties.layer === id) as Feature[] });
	layers.set('incidents', {
		type: 'FeatureCollection',
		features: [...incidents.values()].sort((a, b) => a.properties.date_from.localeCompare(b.properties.date_from))
	});
	for (const [id, fc] of referenceLayers(refs)) layers.set(id, fc);
	return layers;
}
