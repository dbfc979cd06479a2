/**
 * The atlas' features as they travel, as valibot schemas that are also their types: the excerpt,
 * a gazetteer feature's and an incident's properties. $lib/types takes its `Excerpt`,
 * `PlaceProperties` and `IncidentProperties` from here, and the panel bodies (./panel) are built of
 * them; the server checks what it sends against them (src/lib/model/panel.spec.ts).
 */
import * as v from 'valibot';
import { GeometrySchema } from './map';
import { LAYER_CATALOGUE } from './layers';

const Text = v.string();
const MaybeText = v.nullable(v.string());
const MaybeNumber = v.nullable(v.number());

export const DatePrecisionSchema = v.picklist(['day', 'month', 'year', 'approximate', 'unknown']);

/** An excerpt as the panel bodies send it: where it is in its article, verbatim, and no article metadata. */
export const WireExcerptSchema = v.object({
	/** Article id, e.g. `002_dd1c37901ee1dc00`. */
	article: Text,
	/** `[start, end)` in JavaScript string indices of the article text as decoded from UTF-8. */
	start: v.number(),
	end: v.number(),
	/** The mention itself, verbatim. */
	text: Text,
	/** The whole sentence that holds the mention, verbatim (`text` lies inside it). */
	sentence: Text,
	sentence_start: v.number(),
	sentence_end: v.number(),
	/** English gloss of the sentence, or null where none has been written yet. */
	gloss_en: MaybeText,
	/** Which gazetteer entry or incident this excerpt supports. */
	ref: Text,
	/** `high` for a name; `context` for a generic phrase ("the border") resolved by the corpus' subject. */
	confidence: v.picklist(['high', 'context'])
});

/** The fields of an excerpt that come from its article's metadata ($lib/corpus/excerpts `sourceLine`). */
export const SourceLineSchema = v.object({
	outlet_en: MaybeText,
	outlet_ar: MaybeText,
	/** The agency or report the outlet relays, when the text names one ("via INA"). */
	reported_via: v.optional(MaybeText),
	headline_ar: MaybeText,
	headline_en: MaybeText,
	/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null when the text gives none. */
	date: MaybeText,
	date_precision: DatePrecisionSchema
});

/** An excerpt with its source line, as the build keeps it and the panels read it. */
export const ExcerptSchema = v.object({ ...WireExcerptSchema.entries, ...SourceLineSchema.entries });

const LayerIdSchema = v.picklist(LAYER_CATALOGUE.map((l) => l.id));

/** A gazetteer feature's properties (places, areas, lines, countries layers), without its excerpts. */
export const PlacePropertiesSchema = v.object({
	id: Text,
	name_en: Text,
	name_ar: Text,
	/** city | town | capital | governorate | country | camp | region | corridor | pipeline | border | border-area | … */
	kind: Text,
	layer: v.nullable(LayerIdSchema),
	/** Spellings the texts actually use, as written in them (computed from the mentions, tashkeel stripped). */
	variants: v.array(Text),
	/** Other known names and transliterations (for search), not found in the texts. */
	aliases: v.array(Text),
	/** `frontier` places are drawn; `outside` places (Washington, Tehran…) are recorded but not drawn. */
	scope: v.picklist(['frontier', 'outside']),
	source: Text,
	license: Text,
	/** How the geometry was obtained: `source` (taken as is), `derived` (computed from sources) or `drawn`. */
	geometry_basis: v.picklist(['source', 'derived', 'drawn', 'none']),
	/** For derived or drawn geometry: how it was made. */
	drawn_how: MaybeText,
	/** Rough positional uncertainty in km, when known. */
	precision_km: MaybeNumber,
	note: MaybeText,
	/** Computed with turf by the build. */
	border_distance_km: MaybeNumber,
	country: MaybeText,
	governorate: MaybeText,
	length_km: MaybeNumber,
	area_km2: MaybeNumber,
	/** Articles that name the place, by id. */
	articles: v.array(Text),
	mention_count: v.number()
});

/** An incident's properties, without its excerpts. */
export const IncidentPropertiesSchema = v.object({
	id: Text,
	/** The title, so every exported feature has name_en / name_ar / kind like the gazetteer layers. */
	name_en: Text,
	/** Arabic name of the place the incident is drawn at. */
	name_ar: Text,
	/** Same as `type`. */
	kind: Text,
	title_en: Text,
	/** The Arabic title (short, from the excerpts), or null: the interface in Arabic leads with it. */
	title_ar: MaybeText,
	/** The distinct outlets and relayed agencies of the articles that tell it (their metadata). */
	sources: v.array(Text),
	/** `sources.length`, at least 1 when any excerpt tells it: the `sources=<N>` filter reads it. */
	source_count: v.number(),
	/** Deaths and injuries the text reports, where the incident was drafted with them. */
	fatalities: v.optional(MaybeNumber),
	injuries: v.optional(MaybeNumber),
	/** The gazetteer entry whose geometry is the footprint (or the point, for precision 1). */
	footprint_id: Text,
	/** Its English name (the Arabic is `name_ar`): a region-only incident is labelled with its region. */
	footprint_name_en: Text,
	/** Its gazetteer kind (`country`, `governorate`, `region`…): a country's name is the basemap's own label. */
	footprint_kind: v.optional(MaybeText),
	/** ISO date of the event's start, as precise as `date_precision` says. */
	date: Text,
	date_end: MaybeText,
	/** First and last day the event may fall on (ISO days), computed from date, date_end and precision: the time filter uses these. */
	date_from: Text,
	date_to: Text,
	date_precision: DatePrecisionSchema,
	date_note: MaybeText,
	/** Our type vocabulary (`drug-seizure`, `security-meeting`, …) with ACLED's event type beside it. */
	type: Text,
	acled_event_type: Text,
	acled_sub_event_type: Text,
	actors: v.array(Text),
	place_ids: v.array(Text),
	/** ACLED's geo precision: 1 a named town, 2 near or part of a place, 3 a region or "the border area". */
	geo_precision: v.picklist([1, 2, 3]),
	/** How the footprint was drawn and what the text says of the location. */
	location_note: Text,
	/** The marker position: the named town, or the centre of the footprint. */
	anchor_lon: v.number(),
	anchor_lat: v.number(),
	/** Footprint radius for precision 2 (km); null otherwise. */
	radius_km: MaybeNumber,
	quantities: v.record(Text, v.union([v.number(), Text])),
	summary_en: Text,
	source: Text,
	license: Text
});

/** A gazetteer feature as the panel bodies send it (its excerpts beside it). */
export const LeanPlaceSchema = v.object({ type: v.literal('Feature'), id: Text, geometry: v.nullable(GeometrySchema), properties: PlacePropertiesSchema });
/** An incident as the panel bodies send it (its excerpts beside it). */
export const LeanIncidentSchema = v.object({ type: v.literal('Feature'), id: Text, geometry: GeometrySchema, properties: IncidentPropertiesSchema });

export type DatePrecision = v.InferOutput<typeof DatePrecisionSchema>;
export type WireExcerpt = v.InferOutput<typeof WireExcerptSchema>;
export type Excerpt = v.InferOutput<typeof ExcerptSchema>;
