/**
 * The shapes that cross the wire between the server (src/lib/server, src/routes/api) and the UI.
 * The HTTP API in README.md is the contract; these types describe it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A verbatim span of an article: `articleText.slice(start, end) === text` always holds. */
export interface Excerpt {
	/** Article id, e.g. `002_dd1c37901ee1dc00`. */
	article: string;
	/** `[start, end)` in JavaScript string indices of the article text as decoded from UTF-8. */
	start: number;
	end: number;
	/** The mention itself, verbatim. */
	text: string;
	/** The whole sentence that holds the mention, verbatim (`text` lies inside it). */
	sentence: string;
	sentence_start: number;
	sentence_end: number;
	/** English gloss of the sentence, or null where none has been written yet. */
	gloss_en: string | null;
	/** Which gazetteer entry or incident this excerpt supports. */
	ref: string;
	/** `high` for a name; `context` for a generic phrase ("the border") resolved by the corpus' subject. */
	confidence: 'high' | 'context';
	outlet_en: string | null;
	outlet_ar: string | null;
	/** The agency or report the outlet relays, when the text names one ("via INA"). */
	reported_via?: string | null;
	headline_ar: string | null;
	headline_en: string | null;
	/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null when the text gives none. */
	date: string | null;
	date_precision: DatePrecision;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate' | 'unknown';

import type { LayerId } from '$lib/model/layers';
export type { LayerId };

export interface LayerInfo {
	id: LayerId;
	title: string;
	/** The GeoJSON geometry type of every feature, or `Mixed` (incidents: points and footprints). */
	geometryType: 'Point' | 'LineString' | 'Polygon' | 'Mixed';
	count: number;
	/** `gazetteer` layers hold the places the articles name; `incidents` the dated events; `reference` the basemap data; `derived` what we compute from it (border bands). */
	group: 'gazetteer' | 'incidents' | 'reference' | 'derived';
	description: string;
}

/** Properties of a gazetteer feature (places, areas, lines, countries layers). */
export interface PlaceProperties {
	id: string;
	name_en: string;
	name_ar: string;
	/** city | town | capital | governorate | country | camp | region | corridor | pipeline | border | border-area | … */
	kind: string;
	layer: LayerId | null;
	/** Spellings the texts actually use, as written in them (computed from the mentions, tashkeel stripped). */
	variants: string[];
	/** Other known names and transliterations (for search), not found in the texts. */
	aliases: string[];
	/** `frontier` places are drawn; `outside` places (Washington, Tehran…) are recorded but not drawn. */
	scope: 'frontier' | 'outside';
	source: string;
	license: string;
	/** How the geometry was obtained: `source` (taken as is), `derived` (computed from sources) or `drawn`. */
	geometry_basis: 'source' | 'derived' | 'drawn' | 'none';
	/** For derived or drawn geometry: how it was made. */
	drawn_how: string | null;
	/** Rough positional uncertainty in km, when known. */
	precision_km: number | null;
	note: string | null;
	/** Computed with turf at start-up. */
	border_distance_km: number | null;
	country: string | null;
	governorate: string | null;
	length_km: number | null;
	area_km2: number | null;
	/** Articles that name the place, by id. */
	articles: string[];
	mention_count: number;
	excerpts: Excerpt[];
}

export interface IncidentProperties {
	id: string;
	/** The title, so every exported feature has name_en / name_ar / kind like the gazetteer layers. */
	name_en: string;
	/** Arabic name of the place the incident is drawn at. */
	name_ar: string;
	/** Same as `type`. */
	kind: string;
	title_en: string;
	/** The Arabic title (short, from the excerpts), or null: the interface in Arabic leads with it. */
	title_ar: string | null;
	/** The distinct outlets and relayed agencies of the articles that tell it (their metadata). */
	sources: string[];
	/** `sources.length`, at least 1 when any excerpt tells it: the `sources=<N>` filter reads it. */
	source_count: number;
	/** Deaths and injuries the text reports, where the incident was drafted with them. */
	fatalities?: number | null;
	injuries?: number | null;
	/** The gazetteer entry whose geometry is the footprint (or the point, for precision 1). */
	footprint_id: string;
	/** Its English name (the Arabic is `name_ar`): a region-only incident is labelled with its region. */
	footprint_name_en: string;
	/** ISO date of the event's start, as precise as `date_precision` says. */
	date: string;
	date_end: string | null;
	/** First and last day the event may fall on (ISO days), computed from date, date_end and precision: the time filter uses these. */
	date_from: string;
	date_to: string;
	date_precision: DatePrecision;
	date_note: string | null;
	/** Our type vocabulary (`drug-seizure`, `security-meeting`, …) with ACLED's event type beside it. */
	type: string;
	acled_event_type: string;
	acled_sub_event_type: string;
	actors: string[];
	place_ids: string[];
	/** ACLED's geo precision: 1 a named town, 2 near or part of a place, 3 a region or "the border area". */
	geo_precision: 1 | 2 | 3;
	/** How the footprint was drawn and what the text says of the location. */
	location_note: string;
	/** The marker position: the named town, or the centre of the footprint. */
	anchor_lon: number;
	anchor_lat: number;
	/** Footprint radius for precision 2 (km); null otherwise. */
	radius_km: number | null;
	quantities: Record<string, number | string>;
	summary_en: string;
	source: string;
	license: string;
	excerpts: Excerpt[];
}

export type PlaceFeature = Feature<Geometry | null, PlaceProperties> & { id: string };
export type IncidentFeature = Feature<Geometry, IncidentProperties> & { id: string };

/** A feature as the per-feature API nests it: its excerpts travel once, beside it. */
export type Lean<F extends { properties: { excerpts: Excerpt[] } }> = Omit<F, 'properties'> & { properties: Omit<F['properties'], 'excerpts'> };

export interface PlaceResponse {
	place: Lean<PlaceFeature>;
	excerpts: Excerpt[];
	incidents: Lean<IncidentFeature>[];
}

export interface IncidentResponse {
	incident: Lean<IncidentFeature>;
	excerpts: Excerpt[];
	places: Lean<PlaceFeature>[];
}

import type { ArticleMeta, Evidence } from './schema/article';

/** Article metadata and its evidence spans: inferred from the schema of geodata/articles/<id>.json. */
export type { ArticleMeta, Evidence };

/** A metadata value with the verbatim spans that support it (or, when the value is unknown, the note). */
export interface MetadataField<T> {
	value: T | null;
	evidence: Evidence[];
	note: string | null;
}

export interface ArticleMention {
	ref: string;
	kind: 'place' | 'incident';
	start: number;
	end: number;
	text: string;
}

export interface ArticleResponse {
	id: string;
	meta: ArticleMeta;
	text: string;
	mentions: ArticleMention[];
}

export interface ApiError {
	error: { code: string; message: string };
}

export type AtlasCollection = FeatureCollection;
