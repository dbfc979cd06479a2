/**
 * A layer's features as flat rows, one per feature, for the exports a spreadsheet or Google Earth
 * reads (CSV, KML): names in both languages, kind, dates and precision codes, one representative
 * point (and which point it is), the geometry as WKT, and where the feature comes from. The
 * GeoJSON export keeps the full properties; these columns are the ones an analyst sorts by.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { geometryToWkt } from '$lib/geo/wkt';
import { polygonLabelPoint } from '$lib/geo/pole';
import type { Excerpt } from '$lib/types';

/** The columns, in order. Every row has every column (empty when it does not apply). */
export const COLUMNS = [
	'id',
	'name_en',
	'name_ar',
	'kind',
	'date',
	'date_end',
	'date_precision',
	'geo_precision',
	'lon',
	'lat',
	'point_from',
	'wkt',
	'outlets',
	'source_count',
	'sources',
	'articles',
	'source',
	'license'
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Record<Column, string | number>;

/**
 * Where `lon`/`lat` come from: `point` the feature's own point; `marker` an incident's marker
 * (the named town, or its footprint's centre: `anchor_lon`/`anchor_lat`); `label_point` a
 * polygon's pole of inaccessibility (where the map labels it); `line_middle` the middle vertex of
 * a line's longest part; `first_point` the first of several points.
 */
export type PointFrom = 'point' | 'marker' | 'label_point' | 'line_middle' | 'first_point' | '';

export function representativePoint(f: Feature<Geometry | null>): { at: Position | null; from: PointFrom } {
	const g = f.geometry;
	const p = f.properties ?? {};
	if (g?.type === 'Point') return { at: g.coordinates, from: 'point' };
	if (typeof p.anchor_lon === 'number' && typeof p.anchor_lat === 'number') return { at: [p.anchor_lon, p.anchor_lat], from: 'marker' };
	if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') {
		const at = polygonLabelPoint(g);
		return at ? { at: at.map((n) => Math.round(n * 1e6) / 1e6), from: 'label_point' } : { at: null, from: '' };
	}
	if (g?.type === 'LineString' || g?.type === 'MultiLineString') {
		const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
		const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), [] as Position[]);
		return longest.length ? { at: longest[Math.floor(longest.length / 2)], from: 'line_middle' } : { at: null, from: '' };
	}
	if (g?.type === 'MultiPoint' && g.coordinates.length) return { at: g.coordinates[0], from: 'first_point' };
	return { at: null, from: '' };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** The outlet an excerpt quotes: its English name, else its Arabic one, else the agency it relays. */
function outletOf(e: Excerpt): string {
	return e.outlet_en?.trim() || e.outlet_ar?.trim() || (e.reported_via?.trim() ? `via ${e.reported_via.trim()}` : '');
}

/** One feature as a row of COLUMNS. Lists (outlets, sources, articles) are joined with "; "; an incident's names are its titles. */
export function featureRow(f: Feature<Geometry | null>): Row {
	const p = f.properties ?? {};
	const excerpts: Excerpt[] = Array.isArray(p.excerpts) ? p.excerpts.filter(Boolean) : [];
	const { at, from } = representativePoint(f);
	return {
		id: text(f.id ?? p.id),
		name_en: text(p.name_en ?? p.title_en ?? p.name),
		name_ar: text(p.name_ar ?? p.title_ar),
		kind: text(p.kind ?? p.type),
		date: text(p.date),
		date_end: text(p.date_end),
		date_precision: text(p.date_precision),
		geo_precision: text(p.geo_precision),
		lon: at ? at[0] : '',
		lat: at ? at[1] : '',
		point_from: from,
		wkt: geometryToWkt(f.geometry),
		outlets: unique(excerpts.map(outletOf)).join('; '),
		// An incident's distinct outlets and relayed agencies (the panel's "reported by N sources").
		source_count: typeof p.source_count === 'number' ? p.source_count : '',
		sources: Array.isArray(p.sources) ? p.sources.filter((x: unknown) => typeof x === 'string').join('; ') : '',
		articles: unique(excerpts.map((e) => e.article)).join('; '),
		source: text(p.source),
		license: text(p.license)
	};
}
