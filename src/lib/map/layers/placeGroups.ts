/**
 * Incidents grouped by place, not by pixels: every incident at or near the same gazetteer place
 * (its `place`, the place it is drawn at: the named town, or the footprint of "near" it) is one
 * marker that says how many. A group never mixes places, so "3" means three incidents reported at
 * that place, at every zoom — a pixel cluster would say "3 somewhere around here". Region-only
 * incidents never reach this module ($lib/model/precision: ./incidentGeometry leaves them out of
 * the anchors). Groups carry the property names MapLibre's own clusters use (`cluster`,
 * `cluster_id`, `point_count`), which the layers and the picker read.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

export type Props = Record<string, unknown>;

/** Newest first: by last possible day, then first possible day, then id (a stable order for the chooser). */
export function newestFirst(a: Feature, b: Feature): number {
	const p = a.properties ?? {};
	const q = b.properties ?? {};
	const by = (k: string) => String(q[k] ?? '').localeCompare(String(p[k] ?? ''));
	return by('date_to') || by('date_from') || String(p.id).localeCompare(String(q.id));
}

export interface PlaceGroups {
	/** One marker per place: the incident itself when it is alone there, else a group. */
	points: FeatureCollection<Point>;
	/** Each group's incidents, newest first, by `cluster_id`. */
	groups: Map<number, Feature<Point, Props>[]>;
}

/**
 * Groups anchors (./incidentGeometry `incidentAnchors`) by their `place`. A group's precision is
 * its least precise member's (a group holding an incident "near" the place is drawn as near), its
 * `fade` its most present member's.
 * @example groupByPlace(anchors).points.features.find((f) => f.properties.place === 'albu-kamal')?.properties.point_count // 3
 */
export function groupByPlace(anchors: FeatureCollection<Point>): PlaceGroups {
	const byPlace = new Map<string, Feature<Point, Props>[]>();
	for (const f of anchors.features as Feature<Point, Props>[]) {
		const key = String(f.properties.place ?? f.properties.id ?? f.id);
		const list = byPlace.get(key);
		if (list) list.push(f);
		else byPlace.set(key, [f]);
	}
	const points: Feature<Point>[] = [];
	const groups = new Map<number, Feature<Point, Props>[]>();
	for (const [place, members] of byPlace) {
		if (members.length === 1) {
			points.push(members[0]);
			continue;
		}
		const id = groups.size;
		groups.set(id, members.sort(newestFirst));
		points.push({
			type: 'Feature',
			id: `place:${place}`,
			geometry: members[0].geometry,
			properties: {
				id: `place:${place}`,
				cluster: true,
				cluster_id: id,
				point_count: members.length,
				place,
				geo_precision: Math.max(...members.map((m) => Number(m.properties.geo_precision ?? 1))),
				fade: Math.max(...members.map((m) => Number(m.properties.fade ?? 1)))
			}
		});
	}
	return { points: { type: 'FeatureCollection', features: points }, groups };
}

// The groups behind the markers drawn now: the picker asks what a clicked group holds.
let current = new Map<number, Feature<Point, Props>[]>();
export function setCurrentGroups(groups: Map<number, Feature<Point, Props>[]>): void {
	current = groups;
}

/** The incidents of group `id` of the markers drawn now, newest first (none for a group of markers no longer drawn). */
export function groupLeaves(id: number): Feature<Point, Props>[] {
	return current.get(id) ?? [];
}
