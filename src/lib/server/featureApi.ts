/**
 * The bodies of /api/places/{id} and /api/incidents/{id}: the feature, its excerpts once (beside
 * it, not also inside its properties, and without their article's metadata: $lib/model/panel),
 * and the features it links to without theirs.
 */
import type { Atlas } from '../atlas/build';
import type { Excerpt, IncidentFeature, Lean, PlaceFeature } from '$lib/types';
import { wireExcerpt, type IncidentWire, type PlaceWire } from '$lib/model/panel';

/** A copy of the feature whose properties hold everything but the excerpts. */
export function withoutExcerpts<F extends { properties: { excerpts: Excerpt[] } }>(f: F): Lean<F> {
	const { excerpts: _drop, ...properties } = f.properties;
	return { ...f, properties } as Lean<F>;
}

// Which incidents name or are drawn at each place, in the incidents layer's order (by date, as the
// database backend lists them): indexed once per atlas, not per request.
const byPlace = new WeakMap<Atlas, Map<string, IncidentFeature[]>>();

export function incidentsAt(atlas: Atlas, placeId: string): IncidentFeature[] {
	let index = byPlace.get(atlas);
	if (!index) {
		index = new Map();
		const layer = (atlas.layers.get('incidents')?.features ?? [...atlas.incidents.values()]) as IncidentFeature[];
		for (const i of layer)
			for (const p of new Set([...i.properties.place_ids, i.properties.footprint_id])) {
				const list = index.get(p) ?? [];
				list.push(i);
				index.set(p, list);
			}
		byPlace.set(atlas, index);
	}
	return index.get(placeId) ?? [];
}

/** A place's panel from the place and the incidents at it (both backends: the files here, SQL in ./db/panels). */
export function placeWire(place: PlaceFeature, incidents: IncidentFeature[]): PlaceWire {
	return { place: withoutExcerpts(place), excerpts: place.properties.excerpts.map(wireExcerpt), incidents: incidents.map(withoutExcerpts) };
}

/** An incident's panel from the incident and its places (`place_ids` order, unknown ids left out). */
export function incidentWire(incident: IncidentFeature, places: PlaceFeature[]): IncidentWire {
	return { incident: withoutExcerpts(incident), excerpts: incident.properties.excerpts.map(wireExcerpt), places: places.map(withoutExcerpts) };
}

export function placeBody(atlas: Atlas, place: PlaceFeature): PlaceWire {
	return placeWire(place, incidentsAt(atlas, place.id));
}

export function incidentBody(atlas: Atlas, incident: IncidentFeature): IncidentWire {
	const places = incident.properties.place_ids.map((id) => atlas.places.get(id)).filter((p): p is PlaceFeature => !!p);
	return incidentWire(incident, places);
}
