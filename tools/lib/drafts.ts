/**
 * The incident drafts of the corpus (geodata/build/incident-drafts.json): every article no reviewed
 * incident cites is read by the drafter (src/lib/corpus/events), its places weighed against the
 * gazetteer and the GeoNames records, and each draft corroborated against the others and the
 * incidents already in incidents.json. Drafts already accepted or rejected are not proposed again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { firstDay, isIsoDay, isPartialDate, lastDay } from '$lib/corpus/dates';
import { sameAs } from '$lib/corpus/events/corroborate';
import { draftIncidents } from '$lib/corpus/events/extract';
import { geographyFrom } from '$lib/corpus/events/geography';
import { DraftSchema, SpanSchema, type Draft } from '$lib/corpus/events/schema';
import type { PlaceRecord } from '$lib/corpus/records';
import { describeIssues } from '$lib/schema/parse';
import type { Atlas } from '../../src/lib/atlas/build';
import type { RawData } from '../../src/lib/atlas/load';

export const DRAFTS_FILE = 'incident-drafts';
export const REJECTIONS_FILE = 'incident-rejections.json';

export const RejectionSchema = v.object({
	draft: v.pipe(v.string(), v.minLength(1)),
	article: v.pipe(v.string(), v.minLength(1)),
	/** The clause the draft was read from: a later draft of the same words stays rejected even if its number changes. */
	evidence: SpanSchema,
	why: v.pipe(v.string(), v.trim(), v.minLength(1, 'a rejection needs a reason (--why)')),
	title_en: v.optional(v.string()),
	date: v.string()
});
export const RejectionsFileSchema = v.looseObject({ rejections: v.array(RejectionSchema) });
export type Rejection = v.InferOutput<typeof RejectionSchema>;

export class DraftsError extends Error {}

/** geodata/incident-rejections.json, or no rejections when the file is absent. Throws a DraftsError when it is broken. */
export function readRejections(dir: string): Rejection[] {
	const path = join(dir, REJECTIONS_FILE);
	if (!existsSync(path)) return [];
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new DraftsError(`${REJECTIONS_FILE}: not valid JSON (${(e as Error).message})`);
	}
	const r = v.safeParse(RejectionsFileSchema, raw);
	if (!r.success) throw new DraftsError(`${REJECTIONS_FILE}: ${describeIssues(r.issues)}`);
	return r.output.rejections;
}

/** Ids of the drafts an incident was accepted from (the `drafts` field `npm run incident` writes). */
export const draftIdsOf = (i: { drafts?: unknown }): string[] => (Array.isArray(i.drafts) ? i.drafts.filter((d): d is string => typeof d === 'string') : []);

export interface CorpusDrafts {
	drafts: Draft[];
	/** Articles not drafted, and why (cited by a reviewed incident). */
	not_drafted: { article: string; why: string }[];
	/** Drafts held back: accepted or rejected already. */
	held: { id: string; why: string }[];
}

export interface DraftCorpusInput {
	raw: Pick<RawData, 'articles' | 'gazetteer' | 'incidents'>;
	atlas: Pick<Atlas, 'places'>;
	/** GeoNames (and Natural Earth) records for names the gazetteer lacks (atlas/candidates.ts). */
	records: readonly PlaceRecord[];
	rejections: readonly Rejection[];
}

/** The span an article's date is known within when it is not a day: a month (`2025-03`), or the not_before…not_after range. */
function spanOf(d: { value?: string | null; not_before?: string | null; not_after?: string | null } | undefined): { from: string; to: string } | null {
	if (!d) return null;
	if (d.value && isPartialDate(d.value)) return { from: firstDay(d.value), to: lastDay(d.value) };
	const from = d.not_before && isPartialDate(d.not_before) ? firstDay(d.not_before) : null;
	const to = d.not_after && isPartialDate(d.not_after) ? lastDay(d.not_after) : null;
	return from && to && from <= to ? { from, to } : null;
}

export function draftCorpus({ raw, atlas, records, rejections }: DraftCorpusInput): CorpusDrafts {
	// An article a person coded by hand (an incident not made from a draft) is reviewed as a whole.
	const reviewed = new Map<string, string>();
	for (const i of raw.incidents) if (!draftIdsOf(i).length) for (const e of i.excerpts) reviewed.set(e.article, i.id);
	const accepted = new Map<string, string>();
	const cited = new Map<string, string>(); // article + excerpt → incident
	for (const i of raw.incidents) {
		for (const d of draftIdsOf(i)) accepted.set(d, i.id);
		for (const e of i.excerpts) cited.set(`${e.article}\u0000${e.start}\u0000${e.end}`, i.id);
	}
	const rejected = new Map(rejections.map((r) => [`${r.article}\u0000${r.evidence.text}`, r]));

	const geo = geographyFrom(raw.gazetteer.entries, atlas.places, raw.gazetteer.stop_phrases, records);
	const out: CorpusDrafts = { drafts: [], not_drafted: [], held: [] };
	for (const a of raw.articles) {
		const by = reviewed.get(a.id);
		if (by) {
			out.not_drafted.push({ article: a.id, why: `cited by the reviewed incident ${by}` });
			continue;
		}
		// Drafted whatever its date: a day anchors relative dates, a month or a range widens them, none leaves them null with the reason.
		const value = a.meta.date?.value ?? null;
		const date = value && isIsoDay(value) ? value : null;
		const span = date ? null : spanOf(a.meta.date);
		const bound = a.meta.date?.not_after ?? a.meta.date?.not_before ?? null;
		const year = bound && isPartialDate(bound) ? Number(bound.slice(0, 4)) : null;
		for (const d of draftIncidents({ id: a.id, text: a.text, date, span, year }, geo)) {
			const inc = accepted.get(d.id) ?? cited.get(`${d.article}\u0000${d.evidence.start}\u0000${d.evidence.end}`);
			const no = rejected.get(`${d.article}\u0000${d.evidence.text}`);
			if (inc) out.held.push({ id: d.id, why: `accepted: incident ${inc}` });
			else if (no) out.held.push({ id: d.id, why: `rejected on ${no.date}: ${no.why}` });
			else out.drafts.push(d);
		}
	}
	// Corroboration (the drafter's corroborate.ts): other articles' drafts and the incidents coded so far.
	out.drafts = sameAs(out.drafts, raw.incidents, geo);
	return out;
}

export function draftsJson(c: CorpusDrafts): string {
	const head = {
		$comment:
			'Generated by `npm run data` (and `npm run add`); do not edit. Incident drafts read from the articles no reviewed incident cites, each field with the verbatim words it came from. Accept one with `npm run incident -- accept <id>`, merge it into an incident with `--same-as <id>`, refuse it with `npm run incident -- reject <id> --why "…"`. See incident-drafts.md.'
	};
	return JSON.stringify({ ...head, drafts: c.drafts, not_drafted: c.not_drafted, held: c.held }, null, 1) + '\n';
}

/** The drafts `npm run data` wrote to build/, checked; null when the file is missing or broken. */
export function readDrafts(dir: string): Draft[] | null {
	const path = join(dir, 'build', `${DRAFTS_FILE}.json`);
	if (!existsSync(path)) return null;
	try {
		const r = v.safeParse(v.object({ drafts: v.array(DraftSchema) }), JSON.parse(readFileSync(path, 'utf8')));
		return r.success ? r.output.drafts : null;
	} catch {
		return null;
	}
}
