/**
 * The shapes that cross the wire between the server (src/lib/server, src/routes/api) and the UI.
 * The HTTP API in README.md is the contract; these types describe it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

import type { InferOutput } from 'valibot';
import type { Excerpt, IncidentPropertiesSchema, PlacePropertiesSchema } from '$lib/model/feature';

/**
 * A verbatim span of an article (`articleText.slice(start, end) === text` always holds) with its
 * source line; the schemas in $lib/model/feature are the types.
 */
export type { Excerpt, DatePrecision } from '$lib/model/feature';

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

/** Properties of a gazetteer feature (places, areas, lines, countries layers): $lib/model/feature's schema, and the excerpts. */
export type PlaceProperties = InferOutput<typeof PlacePropertiesSchema> & { excerpts: Excerpt[] };

/** An incident's properties: $lib/model/feature's schema, and the excerpts. */
export type IncidentProperties = InferOutput<typeof IncidentPropertiesSchema> & { excerpts: Excerpt[] };

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
