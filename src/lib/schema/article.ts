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

/**
 * A reviewer editing the file by hand may write a field as its bare value (`"outlet_en": "Rudaw"`,
 * `"date": "2025-11-16"`) or leave out `evidence` and `note`: that is read as the full form, with no
 * evidence and a note saying it was set by hand. Anything else is checked as the full form.
 */
export const SET_BY_HAND = 'Set by hand in the metadata file.';
const bare = (x: unknown) => (typeof x === 'string' || x === null ? { value: x, evidence: [], note: SET_BY_HAND } : x);
const byHand = <T extends { evidence?: Evidence[]; note?: string | null }>(x: T) => ({ ...x, evidence: x.evidence ?? [], note: x.note === undefined ? SET_BY_HAND : x.note });

const field = v.optional(
	v.pipe(
		v.unknown(),
		v.transform(bare),
		v.object({ value: v.nullable(capped(MAX_VALUE)), evidence: v.optional(v.array(EvidenceSchema)), note: v.optional(v.nullable(capped(MAX_NOTE))) }),
		v.transform(byHand)
	),
	() => unknown(MISSING)
);

export const DatePrecisionSchema = v.picklist(['day', 'month', 'year', 'approximate', 'unknown']);

/** A real calendar date, years 0001–9999: YYYY, YYYY-MM or YYYY-MM-DD (no 2025-02-30, no month 13). */
const isoDate = v.pipe(v.string(), v.check((s: string) => isPartialDate(s), 'is not a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD, years 0001–9999)'));
/** The shape of the value each precision promises. */
const SHAPE: Record<string, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
const precisionOf = (value: string | null) => (Object.keys(SHAPE).find((k) => value !== null && SHAPE[k].test(value)) ?? 'unknown') as v.InferOutput<typeof DatePrecisionSchema>;

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
			v.unknown(),
			v.transform(bare),
			v.object({
				value: v.nullable(isoDate),
				evidence: v.optional(v.array(EvidenceSchema)),
				note: v.optional(v.nullable(capped(MAX_NOTE))),
				precision: v.optional(DatePrecisionSchema),
				not_before: v.optional(v.nullable(isoDate), null),
				not_after: v.optional(v.nullable(isoDate), null)
			}),
			// Left out, the precision is the value's own shape: 2025-11-16 a day, 2025-11 a month, 2025 a year.
			v.transform((d) => ({ ...byHand(d), precision: d.precision ?? precisionOf(d.value) })),
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
