/**
 * The incident draft: what draftIncidents proposes from one article for a reviewer to turn into a
 * record of geodata/incidents.json. Every value carries the verbatim words it came from
 * (`text === articleText.slice(start, end)`), or is null with the reason in `missing`. The valibot
 * schema is the validator; `Draft` is its inferred type.
 */
import * as v from 'valibot';
import { isIsoDay } from '../dates';
import { EVENT_TYPES } from './lexicon';
import { ACTOR_IDS } from './actors';

const int = v.pipe(v.number(), v.integer(), v.minValue(0));
export const SpanSchema = v.object({ start: int, end: int, text: v.pipe(v.string(), v.minLength(1)) });
const day = v.pipe(v.string(), v.check(isIsoDay, 'must be YYYY-MM-DD'));

export const DraftDateSchema = v.object({
	/** The day, when the event has one (`from === to`). */
	value: v.nullable(day),
	/** Null (with precision `unknown` and a `note` saying why) when neither the clause nor the article's date resolves it. */
	from: v.nullable(day),
	to: v.nullable(day),
	precision: v.picklist(['day', 'week', 'month', 'approximate', 'unknown']),
	/** The date words; null when the article's own date stands in or nothing dates it (then `note` says so). */
	evidence: v.nullable(SpanSchema),
	note: v.nullable(v.string())
});

export const DraftActorSchema = v.object({ id: v.picklist(ACTOR_IDS), evidence: SpanSchema, note: v.nullable(v.string()) });

export const DraftPlaceSchema = v.object({
	/** Gazetteer id, or null for a GeoNames candidate (then `geonameid`). */
	id: v.nullable(v.string()),
	geonameid: v.nullable(int),
	name_en: v.string(),
	lon: v.nullable(v.number()),
	lat: v.nullable(v.number()),
	geo_precision: v.picklist([1, 2, 3]),
	/** The name with the preposition or region noun that sets the precision. */
	evidence: SpanSchema,
	confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	reasons: v.array(v.string())
});

export const CountSchema = v.object({
	value: v.nullable(int),
	approximate: v.boolean(),
	evidence: v.pipe(v.array(SpanSchema), v.minLength(1)),
	note: v.nullable(v.string())
});

export const QuantitySchema = v.object({ value: v.nullable(v.number()), approximate: v.boolean(), evidence: SpanSchema });

export const DraftSchema = v.object({
	/** `<article>-e<n>`, n counting the article's drafts from 1 in text order. */
	id: v.pipe(v.string(), v.minLength(1)),
	article: v.pipe(v.string(), v.minLength(1)),
	/** The clause that reports the event. */
	evidence: SpanSchema,
	/** Other clauses of the same article that tell the same event (headline, quote, recap). */
	mentions: v.array(SpanSchema),
	date: DraftDateSchema,
	event_type: v.string(),
	sub_event_type: v.string(),
	type: v.picklist(EVENT_TYPES),
	/** The event words the type comes from. */
	type_evidence: SpanSchema,
	actors: v.array(DraftActorSchema),
	place: v.nullable(DraftPlaceSchema),
	fatalities: v.nullable(CountSchema),
	injuries: v.nullable(CountSchema),
	quantities: v.record(v.string(), QuantitySchema),
	/** A short Arabic title, verbatim from the article (the headline when it tells this event). */
	title_ar: v.string(),
	title_ar_evidence: SpanSchema,
	/** Drafted in English from the type, counts, actors and place. */
	title_en: v.string(),
	/** Drafts of other articles or existing incident ids that tell the same event (corroborate.ts). */
	same_as: v.array(v.string()),
	confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	reasons: v.array(v.string()),
	/** Why a field is null: `{ place: 'the clause names no place' }`. */
	missing: v.record(v.string(), v.string())
});

export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftDate = v.InferOutput<typeof DraftDateSchema>;
export type DraftPlace = v.InferOutput<typeof DraftPlaceSchema>;
export type DraftSpan = v.InferOutput<typeof SpanSchema>;
