/**
 * `npm run incident -- accept | reject`, as pure functions: a reviewed draft becomes a record of
 * geodata/incidents.json (schema-checked, its excerpt verbatim, its footprint from the place and
 * the geo precision as the hand-coded incidents have it), or another source of an incident, or a
 * recorded refusal. Nothing here writes; the CLI (tools/incident.ts) writes what these return.
 */
import * as v from 'valibot';
import { actorLabel } from '$lib/corpus/events/actor-labels';
import type { Draft } from '$lib/corpus/events/schema';
import { GazetteerEntrySchema, type GazetteerEntry } from '$lib/schema/gazetteer';
import { IncidentRecordSchema, type IncidentRecord } from '$lib/schema/incidents';
import { describeIssues } from '$lib/schema/parse';
import { draftIdsOf, type Rejection } from './drafts';
import { isIsoDay } from '$lib/corpus/dates';

export class IncidentError extends Error {}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// The frontier and the neighbours GeoNames places may lie in (src/lib/atlas/geonames.ts), by name and code:
// countries.geojson has them all, so a circle round al-Ruwayshid is cut to Jordan as one round al-Qaim is to Iraq.
const ISO3: Record<string, string> = {
	Iraq: 'IRQ', Syria: 'SYR', Jordan: 'JOR', Turkey: 'TUR', Lebanon: 'LBN', Iran: 'IRN', Kuwait: 'KWT', 'Saudi Arabia': 'SAU',
	IQ: 'IRQ', SY: 'SYR', JO: 'JOR', TR: 'TUR', LB: 'LBN', IR: 'IRN', KW: 'KWT', SA: 'SAU'
};
/** Kinds whose own geometry is the footprint of an incident placed in them (precision 2 or 3). */
const AREA_KINDS = new Set(['district', 'governorate', 'country', 'region', 'desert-region', 'border-area', 'corridor', 'border', 'river', 'pipeline']);

/** A place entry as the footprint needs it: its recipe, kind, names and country. */
export interface PlaceInfo {
	entry: GazetteerEntry;
	/** "Iraq", "Syria" or an ISO alpha-2 code, to cut a drawn circle to the country. */
	country: string | null;
}


/** What `--date` gives: one day or an inclusive range (`YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`). Throws an IncidentError. */
export function parseDateOption(s: string): { from: string; to: string } {
	const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(s.trim());
	if (!m || !isIsoDay(m[1]) || (m[2] && !isIsoDay(m[2]))) throw new IncidentError(`--date "${s}" is not a day or a range of days: give YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD. Nothing changed.`);
	const to = m[2] ?? m[1];
	if (to < m[1]) throw new IncidentError(`--date "${s}" ends before it starts. Nothing changed.`);
	return { from: m[1], to };
}

/** The draft dated as the reviewer says (`--date`): it replaces whatever the drafter read. */
export function withDate(d: Draft, from: string, to: string): Draft {
	const was = d.date.from === null ? 'the draft had no date' : `the draft read ${d.date.from === d.date.to ? d.date.from : `${d.date.from}…${d.date.to}`}${d.date.evidence ? ` from «${d.date.evidence.text}»` : ''}`;
	const note = `set by the reviewer with --date ${from === to ? from : `${from}..${to}`}; ${was}`;
	return { ...d, date: { value: from === to ? from : null, from, to, precision: from === to ? 'day' : 'approximate', evidence: null, note } };
}

/** The incident's dates in the schema's terms (day / month / approximate with a range). */
function dates(d: Draft): Pick<IncidentRecord, 'date' | 'date_end' | 'date_precision' | 'date_note'> {
	const { from, to } = d.date;
	if (from === null || to === null) throw new IncidentError(`draft ${d.id} has no date (${d.date.note ?? 'unknown'}): give one with --date YYYY-MM-DD or --date YYYY-MM-DD..YYYY-MM-DD. Nothing changed.`);
	const reviewer = d.date.note?.startsWith('set by the reviewer');
	const said = reviewer ? 'Dated by the reviewer' : d.date.evidence ? `From «${d.date.evidence.text}» in the text` : "No date in the clause: the article's date and the days before it";
	const note = `${said}${d.date.note ? ` (${d.date.note})` : ''}.`;
	if (d.date.precision === 'day' && from === to) return { date: from, date_end: null, date_precision: 'day', date_note: note };
	if (d.date.precision === 'month' && from.slice(0, 7) === to.slice(0, 7)) return { date: from.slice(0, 7), date_end: null, date_precision: 'month', date_note: note };
	return { date: from, date_end: to === from ? null : to, date_precision: 'approximate', date_note: `${note} Between ${from} and ${to} (${d.date.precision}).` };
}

/**
 * The drawn area an incident near a town (2) or only in a town's region (3) is shown with: an
 * existing entry around the town («ريف القامشلي» contains qamishli), else a new circle around it.
 */
export function vicinity(town: PlaceInfo, d: Draft, entries: readonly GazetteerEntry[], today: string): { id: string; entry: GazetteerEntry | null } {
	const existing = entries.find((e) => e.kind === 'district' && e.contains?.includes(town.entry.id));
	if (existing && d.place!.geo_precision === 2) return { id: existing.id, entry: null };
	const countryside = /ريف|ضواحي|اطراف|أطراف/.test(d.place!.evidence.text);
	const km = d.place!.geo_precision === 3 ? 50 : countryside ? 25 : 10;
	const id = `${town.entry.id}-${d.place!.geo_precision === 3 ? 'area' : 'vicinity'}-${km}km`;
	if (entries.some((e) => e.id === id)) return { id, entry: null };
	if (!town.entry.geometry) throw new IncidentError(`the place "${town.entry.id}" has no geometry to draw an area around; nothing changed.`);
	const iso3 = town.country ? ISO3[town.country] : undefined;
	const circle = { op: 'buffer' as const, of: town.entry.geometry, km };
	const entry = {
		id,
		name_en: `${town.entry.name_en} (within ${km} km)`,
		name_ar: `محيط ${town.entry.name_ar}`,
		kind: 'district',
		scope: 'frontier' as const,
		// No spellings: the texts never name this area; it only draws incidents placed near the town.
		variants: [],
		contains: [town.entry.id],
		geometry: iso3 ? { op: 'intersect' as const, a: circle, b: { ref: 'countries', where: { iso_a3: iso3 } } } : circle,
		geometry_basis: 'drawn' as const,
		precision_km: km,
		drawn_how: `A ${km} km circle around ${town.entry.name_en}${iso3 ? `, cut to ${town.country}` : ''}. The text places the event «${d.place!.evidence.text}» (geo precision ${d.place!.geo_precision}); the radius is our choice and marks the uncertainty. Drawn by npm run incident -- accept ${d.id} on ${today}.`,
		note: null
	};
	const r = v.safeParse(GazetteerEntrySchema, entry);
	if (!r.success) throw new IncidentError(`the area around ${town.entry.id} would not fit the gazetteer schema: ${describeIssues(r.issues)}`);
	return { id, entry: r.output };
}

export interface FromDraftInput {
	draft: Draft;
	/** The gazetteer entry of the draft's place (for a GeoNames place: the entry accepted for it). */
	place: PlaceInfo;
	incidents: readonly { id: string }[];
	entries: readonly GazetteerEntry[];
	as?: string;
	today: string;
}

/** The incident record for a draft, and any area entry its footprint needs. Throws an IncidentError. */
export function incidentFromDraft({ draft: d, place, incidents, entries, as, today }: FromDraftInput): { incident: IncidentRecord; entries: GazetteerEntry[] } {
	if (!d.place) throw new IncidentError(`draft ${d.id} names no place (${d.missing.place ?? 'none found'}); an incident needs one. Nothing changed.`);
	if (as !== undefined && !ID.test(as)) throw new IncidentError(`--as "${as}" is not a valid id: use lower-case letters, digits and single dashes, e.g. --as 2025-11-07-ied-al-qaim.`);
	const when = dates(d);
	const id = as ?? `${when.date}-${d.type}-${place.entry.id}`;
	if (incidents.some((i) => i.id === id)) throw new IncidentError(`incidents.json already has an incident "${id}"; choose another id with --as <id>, or add the draft to it with --same-as ${id}. Nothing changed.`);
	const p = d.place.geo_precision;
	let place_ids = [place.entry.id];
	let footprint: string | null = null;
	const added: GazetteerEntry[] = [];
	if (AREA_KINDS.has(place.entry.kind)) {
		// An area named as the place: its own geometry is the footprint (ريف القامشلي, المناطق الحدودية).
		if (p > 1) (footprint = place.entry.id), (place_ids = [place.entry.id, ...(place.entry.contains ?? [])]);
	} else if (p > 1) {
		const area = vicinity(place, d, entries, today);
		if (area.entry) added.push(area.entry);
		footprint = area.id;
	}
	const record = {
		id,
		title_en: d.title_en,
		title_ar: d.title_ar,
		...when,
		type: d.type,
		acled_event_type: d.event_type,
		acled_sub_event_type: d.sub_event_type,
		actors: d.actors.map((a) => actorLabel(a.id)),
		place_ids,
		footprint,
		geo_precision: p,
		location_note: `The text says «${d.place.evidence.text}»: ${d.place.reasons.join('; ')}.`,
		quantities: Object.fromEntries(Object.entries(d.quantities).map(([k, q]) => [k, q.value === null ? q.evidence.text : q.approximate ? `about ${q.value} (${q.evidence.text})` : q.value])),
		fatalities: d.fatalities?.value ?? null,
		injuries: d.injuries?.value ?? null,
		summary_en: d.title_en,
		excerpts: [{ article: d.article, start: d.evidence.start, end: d.evidence.end, text: d.evidence.text }],
		drafts: [d.id],
		source: `Frontier Atlas editors: drafted from the article text by npm run add, accepted with npm run incident -- accept ${d.id} on ${today}`,
		license: 'CC BY 4.0 (our coding); quotations belong to their outlets'
	};
	const r = v.safeParse(IncidentRecordSchema, record);
	if (!r.success) throw new IncidentError(`the incident would not fit the incidents schema: ${describeIssues(r.issues)}; nothing changed.`);
	return { incident: r.output, entries: added };
}

/** The incident with the draft's clause as one more excerpt (another outlet's telling). */
export function withSource(incident: IncidentRecord, d: Draft): IncidentRecord {
	const excerpt = { article: d.article, start: d.evidence.start, end: d.evidence.end, text: d.evidence.text };
	return { ...incident, excerpts: [...incident.excerpts, excerpt], drafts: [...draftIdsOf(incident), d.id] } as IncidentRecord;
}

/** The incident a draft is already part of (accepted, or merged as a source), if any. */
export const incidentOf = (incidents: readonly IncidentRecord[], draftId: string) => incidents.find((i) => draftIdsOf(i).includes(draftId));

export function rejection(d: Draft, why: string | undefined, today: string): Rejection {
	if (!why?.trim()) throw new IncidentError(`say why with --why "…" (e.g. --why "background, not an event"); nothing changed.`);
	return { draft: d.id, article: d.article, evidence: d.evidence, why: why.trim(), title_en: d.title_en, date: today };
}
