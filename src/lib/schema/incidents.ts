/**
 * Schema of geodata/incidents.json: dated events coded in ACLED's manner, with verbatim excerpt
 * references. Validator and, inferred, the `IncidentRecord` type.
 */
import * as v from 'valibot';
import { isPartialDate } from '$lib/corpus/dates';
import { DatePrecisionSchema } from './article';

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const isoDate = v.pipe(v.string(), v.check((s: string) => isPartialDate(s), 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'));

export const QuoteRefSchema = v.object({
	article: text,
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0)),
	text
});

export const IncidentRecordSchema = v.looseObject({
	id: text,
	title_en: v.optional(v.string(), ''),
	/** Short Arabic title written from the excerpts; the interface in Arabic leads with it. */
	title_ar: v.optional(v.string()),
	date: isoDate,
	date_end: v.optional(v.nullable(isoDate), null),
	date_precision: v.optional(DatePrecisionSchema, 'unknown'),
	date_note: v.optional(v.nullable(v.string()), null),
	type: text,
	acled_event_type: v.optional(v.string(), ''),
	acled_sub_event_type: v.optional(v.string(), ''),
	actors: v.optional(v.array(v.string()), []),
	place_ids: v.pipe(v.array(text), v.minLength(1, 'an incident needs at least one gazetteer place')),
	/** The gazetteer entry drawn as the footprint (precision 2 and 3); null: the first place's point. */
	footprint: v.optional(v.nullable(text), null),
	geo_precision: v.picklist([1, 2, 3], 'geo_precision must be 1, 2 or 3'),
	location_note: v.optional(v.string(), ''),
	quantities: v.optional(v.record(v.string(), v.union([v.number(), v.string()])), {}),
	summary_en: v.optional(v.string(), ''),
	fatalities: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
	injuries: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
	/** Ids of the drafts (build/incident-drafts.json) it was accepted from or merged with. */
	drafts: v.optional(v.array(text)),
	source: v.optional(v.string(), ''),
	license: v.optional(v.string(), ''),
	excerpts: v.array(QuoteRefSchema)
});

export const IncidentsFileSchema = v.looseObject({ incidents: v.optional(v.array(v.unknown()), []) });

export type QuoteRef = v.InferOutput<typeof QuoteRefSchema>;
export type IncidentRecord = v.InferOutput<typeof IncidentRecordSchema>;
