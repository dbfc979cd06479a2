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

// Which incidents name or are drawn at each place: indexed once per atlas, not per request.
const byPlace = new WeakMap<Atlas, Map<string, IncidentFeature[]>>();

export function incidentsAt(atlas: Atlas, placeId: string): IncidentFeature[] {
	let index = byPlace.get(atlas);
	if (!index) {
		index = new Map();
		for (const i of atlas.incidents.values())
			for (const p of new Set([...i.properties.place_ids, i.properties.footprint_id])) {
				const list = index.get(p) ?? [];
				list.push(i);
				index.set(p, list);
			}
		byPlace.set(atlas, index);
	}
	return index.get(placeId) ?? [];
}

export function placeBody(atlas: Atlas, place: PlaceFeature): PlaceWire {
	return { place: withoutExcerpts(place), excerpts: place.properties.excerpts.map(wireExcerpt), incidents: incidentsAt(atlas, place.id).map(withoutExcerpts) };
}

export function incidentBody(atlas: Atlas, incident: IncidentFeature): IncidentWire {
	const places = incident.properties.place_ids.map((id) => atlas.places.get(id)).filter((p): p is PlaceFeature => !!p);
	return { incident: withoutExcerpts(incident), excerpts: incident.properties.excerpts.map(wireExcerpt), places: places.map(withoutExcerpts) };
}
