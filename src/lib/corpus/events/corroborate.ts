/**
 * Corroboration: a draft that tells the same event as a draft of another article, or as an incident
 * already coded in geodata/incidents.json, names it in `same_as` — compatible types, overlapping
 * dates, places within ~15 km (or the same gazetteer entry), and compatible counts. A draft with no
 * date (its article's date unknown) is compared without the date test but held to the same type
 * and the near-place distance; the link says so and lowers the draft's confidence.
 */
import { firstDay, lastDay } from '../dates';
import type { IncidentRecord } from '$lib/schema/incidents';
import type { Draft } from './schema';
import { km, type Geography } from './where';

/** Types that may be two tellings of one event (one outlet's IED is another's explosion). */
export const TYPE_GROUPS: string[][] = [
	['ied', 'landmine', 'suicide-bombing'],
	['drug-seizure', 'weapons-seizure', 'smuggling-interdiction', 'arrest', 'other'],
	['clash', 'attack-on-civilians', 'assassination'],
	['airstrike', 'drone-strike', 'shelling'],
	['crossing-closed'],
	['crossing-reopened']
];
export const compatibleTypes = (a: string, b: string) => a === b || TYPE_GROUPS.some((g) => g.includes(a) && g.includes(b));

/** The same event may be dated a day apart by two outlets (the night, the report). */
const SLACK_DAYS = 1;
/** Places further apart than this are not one event. */
export const SAME_PLACE_KM = 15;
/** …unless one telling only places it near a town or in its countryside (precision 2): «ريف دير الزور» holds al-Mayadin. */
export const NEAR_PLACE_KM = 50;

interface Comparable {
	id: string;
	article: string | null;
	type: string;
	/** Null when the telling has no date (precision `unknown`). */
	from: string | null;
	to: string | null;
	place: { id: string | null; geonameid: number | null; lon: number | null; lat: number | null; precision: number } | null;
	fatalities: number | null;
	quantities: Record<string, number>;
}

const shift = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

function fromDraft(d: Draft): Comparable {
	const q: Record<string, number> = {};
	for (const [k, v] of Object.entries(d.quantities)) if (v.value !== null) q[k] = v.value;
	const p = d.place;
	return {
		id: d.id,
		article: d.article,
		type: d.type,
		from: d.date.from,
		to: d.date.to,
		place: p && { id: p.id, geonameid: p.geonameid, lon: p.lon, lat: p.lat, precision: p.geo_precision },
		fatalities: d.fatalities?.value ?? null,
		quantities: q
	};
}

function fromIncident(i: IncidentRecord, geo: Geography | undefined): Comparable {
	const first = i.place_ids[0];
	const g = geo?.places.find((p) => p.id === first);
	const q: Record<string, number> = {};
	for (const [k, v] of Object.entries(i.quantities ?? {})) if (typeof v === 'number') q[k] = v;
	return {
		id: i.id,
		article: null,
		type: i.type,
		from: firstDay(i.date),
		to: lastDay(i.date_end ?? i.date),
		place: { id: first, geonameid: null, lon: g?.lon ?? null, lat: g?.lat ?? null, precision: i.geo_precision },
		fatalities: typeof i.quantities?.fatalities === 'number' ? i.quantities.fatalities : null,
		quantities: q
	};
}

/** Said of a link made without the date test. */
const UNDATED = 'compared without dates (one telling has none)';
/** What such a link costs the draft's confidence: it rests on type and place alone. */
const UNDATED_PENALTY = 0.05;

/** How far a region's representative point may lie from a place inside it (a governorate, a desert, a border strip). */
export const REGION_KM = 200;

/** Two tellings one of which names only a region: the same type, and the same single day or a count both give alike. */
function regionalMatch(a: Comparable, b: Comparable): boolean {
	if (a.type !== b.type || !(a.place!.precision === 3 || b.place!.precision === 3)) return false;
	const sameDay = a.from !== null && a.from === a.to && b.from === b.to && a.from === b.from;
	const counted = (a.fatalities !== null && b.fatalities !== null && close(a.fatalities, b.fatalities)) || Object.keys(a.quantities).some((k) => k in b.quantities && close(a.quantities[k], b.quantities[k]));
	return sameDay || counted;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.2 * Math.max(a, b));

/** Why two tellings are one event, or null when they are not. */
export function sameEvent(a: Comparable, b: Comparable): string | null {
	if (a.article !== null && a.article === b.article) return null;
	if (!compatibleTypes(a.type, b.type)) return null;
	const dated = a.from !== null && a.to !== null && b.from !== null && b.to !== null;
	// Without dates only the type and the place speak: the same type, not merely a compatible one.
	if (!dated && a.type !== b.type) return null;
	if (dated && (shift(a.to!, SLACK_DAYS) < b.from! || shift(b.to!, SLACK_DAYS) < a.from!)) return null;
	const p = a.place;
	const q = b.place;
	if (!p || !q) return null;
	let where: string;
	let samePlace = false;
	if (p.id && p.id === q.id) (where = `the same place (${p.id})`), (samePlace = true);
	else if (p.geonameid && p.geonameid === q.geonameid) (where = `the same GeoNames place (${p.geonameid})`), (samePlace = true);
	else if (p.precision < 3 && q.precision < 3 && p.lon !== null && p.lat !== null && q.lon !== null && q.lat !== null) {
		const d = km({ lon: p.lon, lat: p.lat }, { lon: q.lon, lat: q.lat });
		if (d > (dated && (p.precision === 2 || q.precision === 2) ? NEAR_PLACE_KM : SAME_PLACE_KM)) return null;
		where = `${d.toFixed(1)} km apart`;
		samePlace = d <= SAME_PLACE_KM;
	} else if (p.lon !== null && p.lat !== null && q.lon !== null && q.lat !== null && km({ lon: p.lon, lat: p.lat }, { lon: q.lon, lat: q.lat }) <= REGION_KM && regionalMatch(a, b)) {
		// One telling names only a region («صحراء الأنبار», the border strip): the region's point is far from
		// its towns, so it may hold the other telling — if the two agree on the type and on a day or a count.
		where = `one telling names only a region (${(p.precision === 3 ? p : q).id ?? 'a region'}), ${Math.round(km({ lon: p.lon, lat: p.lat }, { lon: q.lon, lat: q.lat }))} km from the other's place`;
	} else return null;
	const differ: string[] = [];
	if (a.fatalities !== null && b.fatalities !== null && !close(a.fatalities, b.fatalities)) differ.push(`fatalities ${a.fatalities} and ${b.fatalities}`);
	for (const k of Object.keys(a.quantities)) if (k in b.quantities && !close(a.quantities[k], b.quantities[k])) differ.push(`${k} ${a.quantities[k]} and ${b.quantities[k]}`);
	// Counts that disagree part two tellings — unless they agree on all else: the same type, on the same
	// single day, at the same place. Then the counts are a toll that rose between reports («ارتفعت
	// الحصيلة») or two outlets' conflicting accounts, and two markers for one event would overstate.
	const sameDay = dated && a.from === a.to && b.from === b.to && a.from === b.from;
	if (differ.length && !(a.type === b.type && sameDay && samePlace)) return null;
	const counts = differ.length ? `; counts differ (${differ.join('; ')}): a toll updated or told otherwise` : '';
	return `${a.type}/${b.type}, ${dated ? `dates ${a.from}…${a.to} and ${b.from}…${b.to}` : UNDATED}, ${where}${counts}`;
}

/**
 * The drafts with `same_as` filled: ids of drafts of other articles and of existing incidents that
 * tell the same event, and a reason per link. Pure; the order of `drafts` is kept.
 */
export function sameAs(drafts: readonly Draft[], existing: readonly IncidentRecord[] = [], geo?: Geography): Draft[] {
	const mine = drafts.map(fromDraft);
	const theirs = existing.map((i) => fromIncident(i, geo));
	return drafts.map((d, i) => {
		const links: string[] = [];
		const reasons: string[] = [];
		for (const [j, other] of [...mine.entries(), ...theirs.map((t, k) => [mine.length + k, t] as const)]) {
			if (j === i) continue;
			const why = sameEvent(mine[i], other);
			if (why) links.push(other.id), reasons.push(`same as ${other.id}: ${why}`);
		}
		if (!links.length) return { ...d, same_as: [] };
		const undated = reasons.some((r) => r.includes(UNDATED));
		if (undated) reasons.push(`−${UNDATED_PENALTY.toFixed(2)} a link rests on type and place alone, without dates`);
		const confidence = undated ? Math.round(Math.max(0, d.confidence - UNDATED_PENALTY) * 100) / 100 : d.confidence;
		return { ...d, same_as: links, confidence, reasons: [...d.reasons, ...reasons] };
	});
}
