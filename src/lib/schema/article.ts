/**
 * Schema of geodata/articles/<id>.json, the article metadata: each value with the verbatim words
 * that support it, or null with a note. It is the validator and, inferred, the `ArticleMeta` type.
 */
import * as v from 'valibot';

export const EvidenceSchema = v.object({
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0)),
	text: v.pipe(v.string(), v.minLength(1))
});

const unknown = (note: string) => ({ value: null, evidence: [], note });
const MISSING = 'Not given in the metadata file.';

const field = v.optional(
	v.object({ value: v.nullable(v.string()), evidence: v.array(EvidenceSchema), note: v.nullable(v.string()) }),
	() => unknown(MISSING)
);

export const DatePrecisionSchema = v.picklist(['day', 'month', 'year', 'approximate', 'unknown']);

export const ArticleMetaSchema = v.object({
	id: v.string(),
	language: field,
	outlet_ar: field,
	outlet_en: field,
	/** Whom the outlet credits for the report (a wire, a radio, a think tank), if anyone. */
	reported_via: field,
	headline_ar: field,
	headline_en: v.optional(v.nullable(v.string()), null),
	/** `approximate`: no single date; `not_before` / `not_after` bound it where the text allows. */
	date: v.optional(
		v.object({
			value: v.nullable(v.string()),
			evidence: v.array(EvidenceSchema),
			note: v.nullable(v.string()),
			precision: DatePrecisionSchema,
			not_before: v.nullable(v.string()),
			not_after: v.nullable(v.string())
		}),
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
