/** The exportable layers: ids, titles and what they hold. The ids are part of the HTTP contract. */
import type { LayerId, LayerInfo } from '$lib/types';

export const LAYERS: Omit<LayerInfo, 'count' | 'geometryType'>[] = [
	{ id: 'places', title: 'Places', group: 'gazetteer', description: 'Towns, cities and camps the articles name (points).' },
	{ id: 'areas', title: 'Areas', group: 'gazetteer', description: 'Governorates, desert regions, districts, the border area and corridor areas the articles name.' },
	{ id: 'lines', title: 'Lines', group: 'gazetteer', description: 'The Iraq–Syria border, pipelines and schematic corridors the articles name.' },
	{ id: 'incidents', title: 'Incidents', group: 'incidents', description: 'Dated events the articles report: points for a named town, footprints where the text is vaguer.' },
	{ id: 'countries', title: 'Countries named', group: 'gazetteer', description: 'Countries the articles name that lie on the map.' },
	{ id: 'governorates', title: 'Governorates (reference)', group: 'reference', description: 'All Iraqi and Syrian governorates, Natural Earth.' },
	{ id: 'rivers', title: 'Rivers (reference)', group: 'reference', description: 'Euphrates, Tigris and other rivers, Natural Earth.' },
	{ id: 'lakes', title: 'Lakes (reference)', group: 'reference', description: 'Lakes and reservoirs, Natural Earth.' },
	{ id: 'countries-all', title: 'Countries (reference)', group: 'reference', description: 'Every country polygon in the map frame, Natural Earth.' },
	{ id: 'border-bands', title: 'Border bands', group: 'derived', description: 'The land within 10, 25 and 50 km of the Iraq–Syria border on each side, computed with Turf from Natural Earth.' }
];

export const LAYER_IDS = new Set<string>(LAYERS.map((l) => l.id));

export function isLayerId(id: string): id is LayerId {
	return LAYER_IDS.has(id);
}
