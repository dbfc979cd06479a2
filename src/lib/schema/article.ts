/**
 * Schema of geodata/articles/<id>.json, the article metadata: each value with the verbatim words
 * that support it, or null with a note. It is the validator and, inferred, the `ArticleMeta` type.
 */
import * as v from 'valibot';
import { isPartialDate } from '$lib/corpus/dates';

/** Length caps: a headline or an outlet name is a line, not a page (a 1 MB headline made a 7 MB page). */
export const MAX_VALUE = 1000;
export const MAX_NOTE = 2000;
export const MAX_QUOTE = 2000;

const capped = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));

export const EvidenceSchema = v.object({
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0)),
	text: v.pipe(capped(MAX_QUOTE), v.minLength(1))
});

const unknown = (note: string) => ({ value: null, evidence: [], note });
const MISSING = 'Not given in the metadata file.';

const field = v.optional(
	v.object({ value: v.nullable(capped(MAX_VALUE)), evidence: v.array(EvidenceSchema), note: v.nullable(capped(MAX_NOTE)) }),
	() => unknown(MISSING)
);

export const DatePrecisionSchema = v.picklist(['day', 'month', 'year', 'approximate', 'unknown']);

/** A real calendar date, years 0001–9999: YYYY, YYYY-MM or YYYY-MM-DD (no 2025-02-30, no month 13). */
const isoDate = v.pipe(v.string(), v.check((s: string) => isPartialDate(s), 'is not a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD, years 0001–9999)'));
/** The shape of the value each precision promises. */
const SHAPE: Record<string, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

export const ArticleMetaSchema = v.object({
	id: v.string(),
	language: field,
	outlet_ar: field,
	outlet_en: field,
	/** Whom the outlet credits for the report (a wire, a radio, a think tank), if anyone. */
	reported_via: field,
	headline_ar: field,
	headline_en: v.optional(v.nullable(capped(MAX_VALUE)), null),
	/** `approximate`: no single date; `not_before` / `not_after` bound it where the text allows. */
	date: v.optional(
		v.pipe(
			v.object({
				value: v.nullable(isoDate),
				evidence: v.array(EvidenceSchema),
				note: v.nullable(capped(MAX_NOTE)),
				precision: DatePrecisionSchema,
				not_before: v.nullable(isoDate),
				not_after: v.nullable(isoDate)
			}),
			v.check((d) => (d.precision === 'unknown' ? d.value === null : d.value === null || !SHAPE[d.precision] || SHAPE[d.precision].test(d.value)), 'precision does not fit the value (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY; unknown: no value)')
		),
		() => ({ ...unknown(MISSING), precision: 'unknown' as const, not_before: null, not_after: null })
	),
	dateline: field
});

export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

/** Metadata saying nothing is known, with the reason. */
export function unknownMeta(id: string, note: string): ArticleMeta {
	return {
		id,
		language: unknown(note),
		outlet_ar: unknown(note),
		outlet_en: unknown(note),
		reported_via: unknown(note),
		headline_ar: unknown(note),
		headline_en: null,
		date: { ...unknown(note), precision: 'unknown', not_before: null, not_after: null },
		dateline: unknown(note)
	};
}
