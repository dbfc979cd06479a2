/**
 * What a printed brief holds besides the map: the incidents the query selects, in date order, and
 * short tables of counts — by type, by month, by place. Pure: the route (src/routes/brief) selects
 * the incidents with the one selector and says how places are named.
 */
import type { IncidentFeature } from '$lib/types';

export interface PlaceName {
	id: string;
	name_en: string;
	name_ar: string;
}

export interface BriefModel {
	/** Oldest first: a brief reads as a chronology. Same day: by id, so the order is stable. */
	incidents: IncidentFeature[];
	/** `[type, count]`, most first, then by type. */
	byType: [string, number][];
	/**
	 * `[month, count]` in calendar order: `YYYY-MM` by the month the incident's date names (its
	 * first month when it spans several), `YYYY` for one dated only to a year.
	 */
	byMonth: [string, number][];
	/** By the incident's first place (the one it is drawn at), most first, then by name. */
	byPlace: { place: PlaceName; count: number }[];
}

/** The month (or year) an incident is counted under. */
export function monthOf(i: IncidentFeature): string {
	const d = i.properties.date ?? i.properties.date_from;
	return i.properties.date_precision === 'year' || d.length < 7 ? d.slice(0, 4) : d.slice(0, 7);
}

const byCountThenKey = <K>(key: (x: K) => string) => (a: [K, number], b: [K, number]) => b[1] - a[1] || key(a[0]).localeCompare(key(b[0]));

export function briefModel(selected: readonly IncidentFeature[], placeName: (id: string) => PlaceName | null): BriefModel {
	const incidents = [...selected].sort((a, b) => a.properties.date_from.localeCompare(b.properties.date_from) || a.id.localeCompare(b.id));
	const types = new Map<string, number>();
	const months = new Map<string, number>();
	const places = new Map<string, [PlaceName, number]>();
	for (const i of incidents) {
		types.set(i.properties.type, (types.get(i.properties.type) ?? 0) + 1);
		months.set(monthOf(i), (months.get(monthOf(i)) ?? 0) + 1);
		const id = i.properties.place_ids[0];
		if (!id) continue;
		const name = placeName(id) ?? { id, name_en: id, name_ar: i.properties.name_ar || id };
		const seen = places.get(id);
		places.set(id, [name, (seen?.[1] ?? 0) + 1]);
	}
	return {
		incidents,
		byType: [...types].sort(byCountThenKey((t: string) => t)),
		byMonth: [...months].sort((a, b) => a[0].localeCompare(b[0])),
		byPlace: [...places.values()].sort(byCountThenKey((p: PlaceName) => p.name_en)).map(([place, count]) => ({ place, count }))
	};
}
