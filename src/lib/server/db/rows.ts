/**
 * One feature of a layer as a row of the database's `features` table: what the SQL selector
 * (./where.ts) filters on, worked out here with the page's own facet rules ($lib/explore/facets),
 * so both backends read the same values from the same feature. `feature` is the exported feature's
 * JSON text, kept byte for byte (a `json` column), so an export from SQL is the same bytes as one
 * from the files; `props` are the light properties the tiles carry ($lib/atlas/mapModel).
 */
import type { Feature } from 'geojson';
import { LIST_KEYS, type ListKey } from '$lib/explore/query';
import { facetValues, isEvent } from '$lib/explore/facets';
import { sourceCount } from '$lib/explore/select';
import { lightFeature } from '$lib/atlas/mapModel';
import { isRegionOnly } from '$lib/model/precision';
import { isIsoDay } from '$lib/corpus/dates';
import { dayNumber } from '$lib/explore/days';

export interface FeatureRow {
	layer: string;
	ord: number;
	id: string | null;
	/** GeoJSON geometry text, or null. */
	geom: string | null;
	/** Where a point-like event (or a point feature) is drawn; null for a region-only incident: never a point. */
	anchor: [number, number] | null;
	is_event: boolean;
	date_from: string | null;
	date_to: string | null;
	geo_precision: number | null;
	source_count: number;
	ids: Record<ListKey, string[]>;
	props: string;
	feature: string;
}

/** Columns of `features`, in the order rows are written (COPY and INSERT both use it). */
export const FEATURE_COLUMNS = [
	'layer', 'ord', 'id', 'geom', 'anchor', 'is_event', 'date_from', 'date_to', 'geo_precision', 'source_count',
	'type_ids', 'actor_ids', 'article_ids', 'outlet_ids', 'kind_ids', 'props', 'feature'
] as const;

function anchorOf(f: Feature, event: boolean): [number, number] | null {
	const p = f.properties ?? {};
	if (event && isRegionOnly(p)) return null;
	if (typeof p.anchor_lon === 'number' && typeof p.anchor_lat === 'number') return [p.anchor_lon, p.anchor_lat];
	const g = f.geometry;
	return g?.type === 'Point' ? [g.coordinates[0], g.coordinates[1]] : null;
}

export function featureRow(layer: string, ord: number, f: Feature): FeatureRow {
	const event = isEvent(f);
	const p = f.properties ?? {};
	const ids = Object.fromEntries(LIST_KEYS.map((k) => [k, facetValues(f, k).map(([id]) => id)])) as Record<ListKey, string[]>;
	const light = lightFeature(f).properties ?? {};
	// Tiles carry no arrays: the filter expressions read comma-wrapped id lists (",a,b,").
	for (const k of ['actor', 'article', 'outlet'] as const) light[`${k}_ids`] = `,${ids[k].join(',')},`;
	// The span as day numbers: a tile's marker fades by the share of its days inside the time window,
	// as the files' markers do (../../map/tiles/tiledQuery `fadeOpacity`), by arithmetic in a MapLibre expression.
	if (event && isIsoDay(String(p.date_from)) && isIsoDay(String(p.date_to))) [light.day_from, light.day_to] = [dayNumber(p.date_from), dayNumber(p.date_to)];
	return {
		layer,
		ord,
		id: typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : typeof p.id === 'string' ? p.id : null,
		geom: f.geometry ? JSON.stringify(f.geometry) : null,
		anchor: anchorOf(f, event),
		is_event: event,
		date_from: event ? p.date_from : null,
		date_to: event ? p.date_to : null,
		geo_precision: typeof p.geo_precision === 'number' ? p.geo_precision : null,
		source_count: sourceCount(f),
		ids,
		props: JSON.stringify(light),
		feature: JSON.stringify(f)
	};
}

/** A row's values in FEATURE_COLUMNS order, for a parameterised INSERT. */
export function rowValues(r: FeatureRow): unknown[] {
	return [
		r.layer, r.ord, r.id, r.geom, r.anchor ? `SRID=4326;POINT(${r.anchor[0]} ${r.anchor[1]})` : null, r.is_event, r.date_from, r.date_to,
		r.geo_precision, r.source_count, r.ids.type, r.ids.actor, r.ids.article, r.ids.outlet, r.ids.kind, r.props, r.feature
	];
}
