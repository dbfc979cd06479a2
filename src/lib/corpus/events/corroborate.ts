/**
 * Corroboration: a draft that tells the same event as a draft of another article, or as an incident
 * already coded in geodata/incidents.json, names it in `same_as` — compatible types, overlapping
 * dates, places within ~15 km (or the same gazetteer entry), and compatible counts. A draft with no
 * date (its article's date unknown) is compared without the date test but held to the same type
 * and the near-place distance; the link says so and lowers the draft's confidence. Two tellings may
 * differ in one of type, dates, place and counts (two when their counts agree), and a telling is the
 * same as at most the closest event of another article.
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

/**
 * Types two outlets give one event that the drafter keeps apart, for corroboration only (drafting's
 * TYPE_GROUPS is unchanged): a protest fired on is «مظاهرة» to the protesters' page and «اشتباكات» or
 * «أعمال شغب» to the force's — one event at one place on one day.
 */
const TELLING_GROUPS: string[][] = [['protest', 'riot', 'clash', 'attack-on-civilians']];
const tellingTypes = (a: string, b: string) => compatibleTypes(a, b) || TELLING_GROUPS.some((g) => g.includes(a) && g.includes(b));

/**
 * Counts both tellings give alike — a toll of one or more, a seizure's pills — are evidence of one event
 * that lets one more field of the two differ. Agreeing is `close` without its floor of one: one dead and
 * two, or none and one, do not conflict but are no evidence either; five arrested and four, or
 * 4,200,000 pills and 4,000,000, are.
 */
const agree = (a: number, b: number) => a > 0 && b > 0 && Math.abs(a - b) <= 0.2 * Math.max(a, b);
function countsAgree(a: Comparable, b: Comparable): boolean {
	if (a.fatalities !== null && b.fatalities !== null && agree(a.fatalities, b.fatalities)) return true;
	return Object.keys(a.quantities).some((k) => k in b.quantities && agree(a.quantities[k], b.quantities[k]));
}

/**
 * Each field in which two tellings are only compatible, not equal, is a doubt: a type merely of the same
 * family, dates that only overlap or fall a day apart (or are missing), places apart or one a region,
 * counts that disagree. One doubt is two outlets' usual difference; two are as likely two events — a
 * shelling at al-Qa'im and an air strike at Albu Kamal the next day, a drone strike 40 km away the day
 * before — unless the counts agree. So a link may rest on one doubt, or two when the counts agree.
 */
const MAX_DOUBTS = 1;

/** Why two tellings are one event, or null when they are not. */
export const sameEvent = (a: Comparable, b: Comparable): string | null => judge(a, b)?.why ?? null;

/** Two tellings judged one event: why, and how closely (fewer doubts, then fewer km, is closer). */
interface Match {
	why: string;
	doubts: number;
	km: number;
}

function judge(a: Comparable, b: Comparable): Match | null {
	if (a.article !== null && a.article === b.article) return null;
	if (!tellingTypes(a.type, b.type)) return null;
	const dated = a.from !== null && a.to !== null && b.from !== null && b.to !== null;
	// Without dates only the type and the place speak: the same type, not merely a compatible one.
	if (!dated && a.type !== b.type) return null;
	if (dated && (shift(a.to!, SLACK_DAYS) < b.from! || shift(b.to!, SLACK_DAYS) < a.from!)) return null;
	const p = a.place;
	const q = b.place;
	if (!p || !q) return null;
	let where: string;
	let samePlace = false;
	let apart = 0;
	if (p.id && p.id === q.id) (where = `the same place (${p.id})`), (samePlace = true);
	else if (p.geonameid && p.geonameid === q.geonameid) (where = `the same GeoNames place (${p.geonameid})`), (samePlace = true);
	else if (p.precision < 3 && q.precision < 3 && p.lon !== null && p.lat !== null && q.lon !== null && q.lat !== null) {
		const d = km({ lon: p.lon, lat: p.lat }, { lon: q.lon, lat: q.lat });
		if (d > (dated && (p.precision === 2 || q.precision === 2) ? NEAR_PLACE_KM : SAME_PLACE_KM)) return null;
		where = `${d.toFixed(1)} km apart`;
		samePlace = d <= SAME_PLACE_KM;
		apart = d;
	} else if (p.lon !== null && p.lat !== null && q.lon !== null && q.lat !== null && km({ lon: p.lon, lat: p.lat }, { lon: q.lon, lat: q.lat }) <= REGION_KM && regionalMatch(a, b)) {
		// One telling names only a region («صحراء الأنبار», the border strip): the region's point is far from
		// its towns, so it may hold the other telling — if the two agree on the type and on a day or a count.
		apart = km({ lon: p.lon, lat: p.lat }, { lon: q.lon, lat: q.lat });
		where = `one telling names only a region (${(p.precision === 3 ? p : q).id ?? 'a region'}), ${Math.round(apart)} km from the other's place`;
	} else return null;
	const differ: string[] = [];
	if (a.fatalities !== null && b.fatalities !== null && !close(a.fatalities, b.fatalities)) differ.push(`fatalities ${a.fatalities} and ${b.fatalities}`);
	for (const k of Object.keys(a.quantities)) if (k in b.quantities && !close(a.quantities[k], b.quantities[k])) differ.push(`${k} ${a.quantities[k]} and ${b.quantities[k]}`);
	// Counts that disagree are a toll that rose between reports («ارتفعت الحصيلة») or two outlets'
	// conflicting accounts — one doubt, like a type of the same family or a day's slack.
	const sameDates = dated && a.from === b.from && a.to === b.to;
	const doubts = [a.type !== b.type, !sameDates, !samePlace, differ.length > 0].filter(Boolean).length;
	if (doubts > MAX_DOUBTS + (countsAgree(a, b) ? 1 : 0)) return null;
	const counts = differ.length ? `; counts differ (${differ.join('; ')}): a toll updated or told otherwise` : '';
	return { why: `${a.type}/${b.type}, ${dated ? `dates ${a.from}…${a.to} and ${b.from}…${b.to}` : UNDATED}, ${where}${counts}`, doubts, km: apart };
}

const closer = (m: Match, n: Match) => m.doubts < n.doubts || (m.doubts === n.doubts && m.km < n.km);

/**
 * The drafts with `same_as` filled: ids of drafts of other articles and of existing incidents that
 * tell the same event, and a reason per link. Pure; the order of `drafts` is kept.
 */
export function sameAs(drafts: readonly Draft[], existing: readonly IncidentRecord[] = [], geo?: Geography): Draft[] {
	const all = [...drafts.map(fromDraft), ...existing.map((i) => fromIncident(i, geo))];
	// One article's drafts are distinct events (the drafter merged its repeated tellings), and so are the
	// coded incidents: a telling is the same as one of each at most — the closest — and only if it is
	// that one's closest in its own article too. Two strikes on two bases in one night, told by one
	// outlet, are not both the other outlet's strike near one of them.
	const source = (k: number) => all[k].article ?? 'incidents';
	const matches = all.map((a, i) => new Map(all.flatMap((b, j) => (i !== j && (i < drafts.length || j < drafts.length) ? [[j, judge(a, b)] as const] : [])).filter((e): e is readonly [number, Match] => e[1] !== null)));
	// Whether j is, of its article's tellings, the closest to i (tellings tied for closest all are: nothing tells them apart).
	const closest = (i: number, j: number) => {
		const m = matches[i].get(j)!;
		return ![...matches[i]].some(([k, n]) => k !== j && source(k) === source(j) && closer(n, m));
	};
	return drafts.map((d, i) => {
		const links: string[] = [];
		const reasons: string[] = [];
		for (const [j, m] of matches[i]) {
			if (!closest(i, j) || !matches[j].has(i) || !closest(j, i)) continue;
			links.push(all[j].id), reasons.push(`same as ${all[j].id}: ${m.why}`);
		}
		if (!links.length) return { ...d, same_as: [] };
		const undated = reasons.some((r) => r.includes(UNDATED));
		if (undated) reasons.push(`−${UNDATED_PENALTY.toFixed(2)} a link rests on type and place alone, without dates`);
		const confidence = undated ? Math.round(Math.max(0, d.confidence - UNDATED_PENALTY) * 100) / 100 : d.confidence;
		return { ...d, same_as: links, confidence, reasons: [...d.reasons, ...reasons] };
	});
}
