/**
 * The explore query once parsed, as a valibot schema that is also its type: what the page's URL
 * and `/api/layers/{id}?…` mean (the codec that reads and writes the query string, with its
 * one-problem-at-a-time messages, is $lib/explore/query; the filtered export echoes the query in
 * its `metadata`). The codec's output is checked against this schema in its spec.
 */
import * as v from 'valibot';
import { firstDay, isIsoDay } from '$lib/corpus/dates';

/** An id in a list parameter or a `near` target: letters, digits, `.`, `_`, `-`. */
export const SLUG = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,159}$/u;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const MAX_NEAR_KM = 2000;
export const MAX_SOURCES = 999;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, years 0001–9999, a real calendar day. */
export function isQueryDate(s: string): boolean {
	const m = PARTIAL.exec(s);
	if (!m || +m[1] < 1) return false;
	if (m[2] && (+m[2] < 1 || +m[2] > 12)) return false;
	return isIsoDay(m[3] ? s : firstDay(s));
}

const QueryDate = v.pipe(v.string(), v.check(isQueryDate, 'a date as YYYY-MM-DD, YYYY-MM or YYYY'));
const Ids = v.pipe(v.array(v.pipe(v.string(), v.regex(SLUG))), v.minLength(1));
const Lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const Lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));

export const NearSchema = v.object({
	/** A gazetteer id: a line (the border, a pipeline), a place or an area. */
	target: v.pipe(v.string(), v.regex(SLUG)),
	km: v.pipe(v.number(), v.gtValue(0), v.maxValue(MAX_NEAR_KM))
});

/** West, south, east, north in decimal degrees; west <= east (no box across the antimeridian), south <= north. */
export const BBoxSchema = v.pipe(
	v.tuple([Lon, Lat, Lon, Lat]),
	v.check(([w, s, e, n]) => w <= e && s <= n, 'west <= east and south <= north')
);

/** The filters: everything that decides which features a layer request or the page shows. */
export const ExploreQuerySchema = v.object({
	/** Inclusive range: `from` a month means its first day, `to` a month its last. */
	from: v.optional(QueryDate),
	to: v.optional(QueryDate),
	/** Any of the ids (OR); different lists combine with AND. */
	type: v.optional(Ids),
	actor: v.optional(Ids),
	article: v.optional(Ids),
	outlet: v.optional(Ids),
	kind: v.optional(Ids),
	/** At least this many sources (`source_count`) for an incident. */
	sources: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SOURCES))),
	near: v.optional(NearSchema),
	bbox: v.optional(BBoxSchema)
});

/** What the page adds to the filters: which layers are shown (absent: the defaults). */
export const PageQuerySchema = v.object({ ...ExploreQuerySchema.entries, layers: v.optional(v.array(v.string())) });

export type Near = v.InferOutput<typeof NearSchema>;
export type BBox = v.InferOutput<typeof BBoxSchema>;
export type ExploreQuery = v.InferOutput<typeof ExploreQuerySchema>;
export type PageQuery = v.InferOutput<typeof PageQuerySchema>;
