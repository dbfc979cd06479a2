/**
 * The one catalogue of the atlas' layers. Every list of layer ids derives from it: the API's layer
 * list and its `isLayerId`, the layers shown by default, the ones the map must draw before it is
 * "drawn", the ones whose polygons carry a label point. The ids are part of the HTTP contract
 * (`/api/layers/{id}`, `/api/map/{id}`, the page's `layers=` parameter). Titles and descriptions
 * here are the API's English; the interface's own, in both languages, are messages
 * (src/lib/ui/layerText.ts, typed against `LayerId` so none can be missing).
 */

interface LayerEntry {
	readonly id: string;
	/** `gazetteer`: the places the articles name; `incidents`: the dated events; `reference`: basemap data; `derived`: computed from it. */
	readonly group: 'gazetteer' | 'incidents' | 'reference' | 'derived';
	readonly title: string;
	readonly description: string;
	/** Shown when the URL names no layers (`null`: not a toggle of the page, always part of the basemap). */
	readonly shown: boolean | null;
	/** The map waits for this layer's data before it reports itself drawn. */
	readonly drawn: boolean;
	/** The build sends its label points as features of their own (the map model's `labels`; a polygon also keeps its `label_point`). */
	readonly labelled: boolean;
}

export const LAYER_CATALOGUE = [
	{ id: 'places', group: 'gazetteer', title: 'Places', description: 'Towns, cities and camps the articles name (points).', shown: true, drawn: true, labelled: false },
	{ id: 'areas', group: 'gazetteer', title: 'Areas', description: 'Governorates, desert regions, districts, the border area and corridor areas the articles name.', shown: true, drawn: true, labelled: true },
	{ id: 'lines', group: 'gazetteer', title: 'Lines', description: 'The Iraq–Syria border, pipelines and schematic corridors the articles name.', shown: true, drawn: true, labelled: false },
	{ id: 'incidents', group: 'incidents', title: 'Incidents', description: 'Dated events the articles report: points for a named town, footprints where the text is vaguer.', shown: true, drawn: true, labelled: false },
	{ id: 'countries', group: 'gazetteer', title: 'Countries named', description: 'Countries the articles name that lie on the map.', shown: true, drawn: true, labelled: false },
	{ id: 'governorates', group: 'reference', title: 'Governorates (reference)', description: 'All Iraqi and Syrian governorates, Natural Earth.', shown: null, drawn: true, labelled: true },
	{ id: 'rivers', group: 'reference', title: 'Rivers (reference)', description: 'Euphrates, Tigris and other rivers, Natural Earth.', shown: null, drawn: true, labelled: true },
	{ id: 'lakes', group: 'reference', title: 'Lakes (reference)', description: 'Lakes and reservoirs, Natural Earth.', shown: null, drawn: false, labelled: false },
	{ id: 'countries-all', group: 'reference', title: 'Countries (reference)', description: 'Every country polygon in the map frame, Natural Earth.', shown: null, drawn: true, labelled: true },
	{ id: 'border-bands', group: 'derived', title: 'Border bands', description: 'The land within 10, 25 and 50 km of the Iraq–Syria border on each side, computed with Turf from Natural Earth.', shown: false, drawn: false, labelled: false }
] as const satisfies readonly LayerEntry[];

export type LayerId = (typeof LAYER_CATALOGUE)[number]['id'];

const IDS = new Set<string>(LAYER_CATALOGUE.map((l) => l.id));

/** Whether `id` names a layer of the atlas. */
export function isLayerId(id: string): id is LayerId {
	return IDS.has(id);
}

/** Layers shown when the URL says nothing (the page's toggles and their defaults). */
export const DEFAULT_LAYERS: Record<string, boolean> = Object.fromEntries(
	LAYER_CATALOGUE.filter((l) => l.shown !== null).map((l) => [l.id, l.shown])
);

type GazetteerEntry = Extract<(typeof LAYER_CATALOGUE)[number], { group: 'gazetteer' }>;
export type GazetteerLayerId = GazetteerEntry['id'];
/** The gazetteer's layers, the places the articles name: near targets, place search, place panels. */
export const GAZETTEER_LAYERS: readonly GazetteerLayerId[] = LAYER_CATALOGUE.filter((l): l is GazetteerEntry => l.group === 'gazetteer').map((l) => l.id);

/** The layers the map draws; it is drawn when all have arrived and MapLibre went idle after. */
export const DRAWN_LAYERS: readonly LayerId[] = LAYER_CATALOGUE.filter((l) => l.drawn).map((l) => l.id);

/** The layers the map labels at points the build computes (one per polygon, one per named river). */
export const LABELLED_LAYERS: readonly LayerId[] = LAYER_CATALOGUE.filter((l) => l.labelled).map((l) => l.id);

/** The border bands' widths in km, narrowest first: the build draws them, the map labels them, the legends grade them. */
export const BAND_WIDTHS_KM = [10, 25, 50] as const;
