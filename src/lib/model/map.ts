/**
 * `/api/map/{id}`, the map model of one layer, as a valibot schema that is also its type: the
 * build writes it ($lib/atlas/mapModel, checked against this schema in its spec) and the page
 * reads it ($lib/map/core/data.svelte). A FeatureCollection of light features (no excerpts) with
 * three foreign members, each already in the form a MapLibre source takes:
 * - `labels`: the layer's label points as Point features (the layers the catalogue labels);
 * - `footprints`: the incidents' footprints once per place, at scale (SHARED_FOOTPRINTS);
 * - `geometries`: a polygon many features share, sent once ($lib/model/sharedGeometry).
 */
import * as v from 'valibot';
import type { FeatureCollection, Geometry, Point } from 'geojson';

/** The property holding a labelled polygon's label point (also sent as a feature in `labels`). */
export const LABEL_POINT = 'label_point';

/** Above this many area footprints, incidents sharing one are drawn as one outline: a 90-day window at 100,000 incidents holds hundreds of copies of one country polygon otherwise. */
export const SHARED_FOOTPRINTS = 100;

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);
const isGeometry = (g: unknown): g is Geometry => {
	if (typeof g !== 'object' || g === null) return false;
	const o = g as { type?: unknown; coordinates?: unknown; geometries?: unknown };
	if (o.type === 'GeometryCollection') return Array.isArray(o.geometries) && o.geometries.every(isGeometry);
	return typeof o.type === 'string' && GEOMETRY_TYPES.has(o.type) && Array.isArray(o.coordinates);
};
/** An RFC 7946 geometry (its type and a coordinates array; MapLibre checks the numbers). */
export const GeometrySchema = v.custom<Geometry>(isGeometry, 'not a GeoJSON geometry');

const Id = v.union([v.string(), v.number()]);
const Str = v.optional(v.nullable(v.string()));
const Num = v.optional(v.nullable(v.number()));

/** The properties the style, the filters, the list and search read; others may travel too. */
export const MapPropertiesSchema = v.looseObject({
	id: v.optional(Id),
	name_en: Str,
	name_ar: Str,
	/** The Arabic name without tashkeel, as map labels draw it. */
	label_ar: Str,
	kind: Str,
	/** Article ids and outlets: what the article and outlet filters read. */
	articles: v.optional(v.array(v.string())),
	outlets: v.optional(v.array(v.string())),
	// Incidents: dates, type, precision, anchor and footprint.
	date: Str,
	date_from: Str,
	date_to: Str,
	type: Str,
	geo_precision: Num,
	anchor_lon: Num,
	anchor_lat: Num,
	footprint_id: Str,
	/** A footprint drawn for many incidents, no incident's own (`footprints`). */
	shared: v.optional(v.boolean()),
	/** This feature's geometry is `geometries[geometry_ref]` (sent with `geometry: null`). */
	geometry_ref: v.optional(v.string()),
	[LABEL_POINT]: v.optional(v.tuple([v.number(), v.number()]))
});

export const MapFeatureSchema = v.object({
	type: v.literal('Feature'),
	id: v.optional(Id),
	geometry: v.nullable(GeometrySchema),
	properties: v.nullable(MapPropertiesSchema)
});

const PointSchema = v.custom<Point>((g) => isGeometry(g) && g.type === 'Point', 'not a Point');
/** A collection of points, one per feature: the `labels` member. */
export const LabelPointsSchema = v.object({
	type: v.literal('FeatureCollection'),
	features: v.array(v.object({ type: v.literal('Feature'), id: v.optional(Id), geometry: PointSchema, properties: v.nullable(MapPropertiesSchema) }))
});

const CollectionSchema = v.object({ type: v.literal('FeatureCollection'), features: v.array(MapFeatureSchema) });
/** The `footprints` member: every feature has its polygon (none shared by reference). */
const FootprintsSchema = v.object({
	type: v.literal('FeatureCollection'),
	features: v.array(v.object({ type: v.literal('Feature'), id: v.optional(Id), geometry: GeometrySchema, properties: v.nullable(MapPropertiesSchema) }))
});

export const MapModelSchema = v.object({
	...CollectionSchema.entries,
	labels: v.optional(LabelPointsSchema),
	footprints: v.optional(FootprintsSchema),
	geometries: v.optional(v.record(v.string(), GeometrySchema))
});

export type MapFeature = v.InferOutput<typeof MapFeatureSchema>;
export type MapModel = v.InferOutput<typeof MapModelSchema>;
/** `labels` of a map model, as the label sources take it. */
export type LabelPoints = FeatureCollection<Point>;
