/**
 * The panel bodies as they travel (`/api/places/{id}`, `/api/incidents/{id}`): each excerpt carries
 * where it is — the article id, offsets, the verbatim text and sentence, the gloss — and not the
 * article's metadata, which the article table (`/api/articles`, sent once and cached) holds. The
 * page puts the source line back in one place, `withSources` (called by $lib/panelLoad), so the
 * panel and citation components read excerpts as they always did ($lib/types `Excerpt`).
 */
import * as v from 'valibot';
import { sourceLine } from '$lib/corpus/excerpts';
import type { ArticleMeta } from '$lib/types';
import { LeanIncidentSchema, LeanPlaceSchema, SourceLineSchema, WireExcerptSchema, type Excerpt, type WireExcerpt } from './feature';

export type { WireExcerpt };

/** The fields of an excerpt that come from its article's metadata ($lib/corpus/excerpts `sourceLine`). */
export const SOURCE_KEYS = Object.keys(SourceLineSchema.entries) as (keyof typeof SourceLineSchema.entries)[];

/** `/api/places/{id}`: the place, its excerpts once, and the incidents that name it or are drawn at it. */
export const PlaceWireSchema = v.object({ place: LeanPlaceSchema, excerpts: v.array(WireExcerptSchema), incidents: v.array(LeanIncidentSchema) });
/** `/api/incidents/{id}`: the incident, its excerpts once, and the places it names. */
export const IncidentWireSchema = v.object({ incident: LeanIncidentSchema, excerpts: v.array(WireExcerptSchema), places: v.array(LeanPlaceSchema) });
export type PlaceWire = v.InferOutput<typeof PlaceWireSchema>;
export type IncidentWire = v.InferOutput<typeof IncidentWireSchema>;

/**
 * What the page checks of a panel body before it reads it: the excerpts' anchors into the articles
 * (the whole body is checked against the schemas above by the server's spec, not on every click).
 */
export const PanelWireSchema = v.looseObject({ excerpts: v.array(v.looseObject({ article: v.string(), start: v.number(), end: v.number(), text: v.string(), sentence: v.string() })) });

/** An excerpt without its article's metadata (the server's side). */
export function wireExcerpt(e: Excerpt): WireExcerpt {
	const out: Record<string, unknown> = { ...e };
	for (const k of SOURCE_KEYS) delete out[k];
	return out as WireExcerpt;
}

/** `/api/articles` as the page keeps it: each article's metadata by id. */
export type ArticleTable = ReadonlyMap<string, ArticleMeta>;

/** The article table from the `/api/articles` body. */
export function articleTable(body: { articles?: { id: string; meta: ArticleMeta }[] }): ArticleTable {
	return new Map((body.articles ?? []).map((a) => [a.id, a.meta]));
}

/**
 * The excerpts with their source line back from the article table: outlet, headline and date as
 * the article's metadata has them; all unknown for an article the table lacks.
 */
export function withSources(excerpts: readonly WireExcerpt[], articles: ArticleTable): Excerpt[] {
	return excerpts.map((e) => {
		const meta = articles.get(e.article);
		const line = meta ? sourceLine(meta) : { outlet_en: null, outlet_ar: null, reported_via: null, headline_ar: null, headline_en: null, date: null, date_precision: 'unknown' as const };
		return { ...e, ...line };
	});
}
