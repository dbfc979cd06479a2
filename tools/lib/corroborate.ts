/**
 * Corroboration across articles: a draft that tells the same event as a draft of another article,
 * or as an incident already reviewed, names it in `same_as` — compatible type, overlapping dates,
 * places within a few km (a region within its reach), compatible counts. Within one article the
 * drafter itself merges the tellings (extract.ts); this is the step across outlets. Pure.
 */
import type { Draft } from '$lib/corpus/events/schema';
import { km } from '$lib/corpus/events/where';

/** Types one outlet may call by another's name (a «لغم» here is an «عبوة» there). */
const GROUPS: string[][] = [
	['ied', 'landmine', 'suicide-bombing'],
	['drug-seizure', 'weapons-seizure', 'smuggling-interdiction', 'arrest'],
	['clash', 'attack-on-civilians', 'assassination', 'infiltration'],
	['airstrike', 'drone-strike', 'shelling'],
	['security-meeting', 'agreement'],
	['handover', 'repatriation']
];
export const compatibleTypes = (a: string, b: string) => a === b || GROUPS.some((g) => g.includes(a) && g.includes(b));

/** What corroboration compares: a draft or a reviewed incident reduced to the same few facts. */
export interface EventFacts {
	id: string;
	articles: readonly string[];
	type: string;
	from: string;
	to: string;
	place_ids: readonly string[];
	lon: number | null;
	lat: number | null;
	geo_precision: 1 | 2 | 3;
	fatalities: number | null;
	quantities: Record<string, number>;
}

/** How far apart two tellings may put one event, by the vaguer of their precisions (km). */
const REACH: Record<1 | 2 | 3, number> = { 1: 10, 2: 30, 3: 120 };
const DAY = 86400000;
const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Counts agree when they are equal or close (outlets round and update casualty figures). */
function closeCounts(a: number | null, b: number | null): boolean {
	if (a === null || b === null) return true;
	return Math.abs(a - b) <= Math.max(1, 0.5 * Math.max(a, b));
}

export function sameEvent(x: EventFacts, y: EventFacts): boolean {
	if (x.articles.some((a) => y.articles.includes(a))) return false;
	if (!compatibleTypes(x.type, y.type)) return false;
	// A day of slack: one outlet dates the event, another the day it reports it.
	if (day(x.to) + DAY < day(y.from) || day(y.to) + DAY < day(x.from)) return false;
	const samePlace = x.place_ids.some((p) => y.place_ids.includes(p));
	if (!samePlace) {
		if (x.lon === null || x.lat === null || y.lon === null || y.lat === null) return false;
		const reach = REACH[Math.max(x.geo_precision, y.geo_precision) as 1 | 2 | 3];
		if (km({ lon: x.lon, lat: x.lat }, { lon: y.lon, lat: y.lat }) > reach) return false;
	}
	if (!closeCounts(x.fatalities, y.fatalities)) return false;
	for (const k of Object.keys(x.quantities)) if (k in y.quantities && !closeCounts(x.quantities[k], y.quantities[k])) return false;
	return true;
}

export function draftFacts(d: Draft): EventFacts | null {
	if (!d.place) return null;
	const quantities: Record<string, number> = {};
	for (const [k, q] of Object.entries(d.quantities)) if (q.value !== null) quantities[k] = q.value;
	return {
		id: d.id,
		articles: [d.article],
		type: d.type,
		from: d.date.from,
		to: d.date.to,
		place_ids: d.place.id ? [d.place.id] : [],
		lon: d.place.lon,
		lat: d.place.lat,
		geo_precision: d.place.geo_precision,
		fatalities: d.fatalities?.value ?? null,
		quantities
	};
}

/** The drafts with `same_as` filled: other drafts first (text order), then reviewed incidents. */
export function corroborate(drafts: readonly Draft[], incidents: readonly EventFacts[]): Draft[] {
	const facts = drafts.map(draftFacts);
	return drafts.map((d, i) => {
		const f = facts[i];
		if (!f) return d;
		const same = new Set(d.same_as);
		facts.forEach((g, j) => g && j !== i && sameEvent(f, g) && same.add(g.id));
		for (const inc of incidents) if (sameEvent(f, inc)) same.add(inc.id);
		return { ...d, same_as: [...same] };
	});
}
