/**
 * A filtered layer as a file: the RFC 7946 FeatureCollection with a top-level foreign member
 * `metadata` (RFC 7946 §6.1) saying which filters made it, and a filename that says so too. The
 * API builds the body here, and the page's download links name the file here, so the file the
 * page saves and `/api/layers/{id}?<the page's query>` are the same bytes.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { dayRange, filtersOf, isFiltered, serialiseQuery, type ExploreQuery } from './query';
import { DRAWN_AS } from '$lib/model/precision';

export interface ExportMetadata {
	layer: string;
	/** The query string that selects these features (from, to, filters, near, bbox). */
	query: string;
	/** The filters, spelled out; dates as the inclusive days they mean. */
	filters: Record<string, unknown>;
	/** The same filters in words, one line each ("Within 25 km of Iraq–Syria border"), in English. */
	filters_text?: string[];
	/** How many features the filters kept, of how many in the layer. */
	count: number;
	total: number;
	/** Incidents only: how the map draws each geo precision (what the file's geometries mean). */
	geo_precision_drawn?: Record<string, string>;
}

export function exportMetadata(layer: string, q: ExploreQuery, count: number, total: number, words?: string[]): ExportMetadata {
	const f = filtersOf(q);
	const { from, to } = dayRange(f);
	const filters: Record<string, unknown> = {};
	if (from) filters.from = from;
	if (to) filters.to = to;
	for (const k of ['type', 'actor', 'article', 'outlet', 'kind'] as const) if (f[k]?.length) filters[k] = f[k];
	if (f.sources) filters.sources_at_least = f.sources;
	if (f.near) filters.near = { target: f.near.target, within_km: f.near.km };
	if (f.bbox) filters.bbox = f.bbox;
	return { layer, query: serialiseQuery(f).toString(), filters, ...(words ? { filters_text: words } : {}), count, total, ...(layer === 'incidents' ? { geo_precision_drawn: { ...DRAWN_AS } } : {}) };
}

/**
 * The layer as served: unfiltered, the plain collection; filtered, with `metadata` between `type`
 * and `features` (never in `properties`, which a FeatureCollection must not have).
 */
export function exportCollection(layer: string, q: ExploreQuery, features: Feature[], total: number, words?: string[]): FeatureCollection {
	if (!isFiltered(q)) return { type: 'FeatureCollection', features };
	const metadata = exportMetadata(layer, q, features.length, total, words);
	return { type: 'FeatureCollection', metadata, features } as FeatureCollection;
}

/** The formats `/api/layers/{id}?format=` serves: the file extension and the media type of each. */
export const EXPORT_FORMATS = {
	geojson: { ext: 'geojson', type: 'application/geo+json' },
	csv: { ext: 'csv', type: 'text/csv; charset=utf-8' },
	kml: { ext: 'kml', type: 'application/vnd.google-earth.kml+xml' }
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(s: string): s is ExportFormat {
	return Object.hasOwn(EXPORT_FORMATS, s);
}

/**
 * `frontier-atlas-incidents.geojson`, `…-filtered.csv`, `…-in-view.kml` or
 * `…-filtered-in-view.geojson`: the name says when the file is not the whole layer.
 */
export function exportFilename(layer: string, q: ExploreQuery, format: ExportFormat = 'geojson'): string {
	const { bbox, ...rest } = filtersOf(q);
	const parts = ['frontier-atlas', layer];
	if (isFiltered(rest)) parts.push('filtered');
	if (bbox) parts.push('in-view');
	return `${parts.join('-')}.${EXPORT_FORMATS[format].ext}`;
}
