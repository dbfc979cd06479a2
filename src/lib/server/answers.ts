/**
 * Every unfiltered answer of the API, computed from an atlas: one function per endpoint, used by the
 * routes (in `vite dev`, or when no served build exists) and by `npm run data`, which writes them
 * all as files (tools/lib/served.ts) for the server to send as they are. One definition of each
 * body, so the file and the route can never disagree.
 */
import type { Atlas } from '../atlas/build';
import { LAYERS } from '../atlas/catalogue';
import { mapModel } from '../atlas/mapModel';
import { filtersOf, parseQueryStrict } from '$lib/explore/query';
import { searchIndexBody } from '$lib/search/serialise';
import type { ArticleResponse, LayerInfo, LayerId } from '$lib/types';
import { incidentBody, placeBody } from './featureApi';
import { atlasContext } from './atlasContext';
import { exportCollection } from '$lib/explore/export';
import { selectFeatures } from '$lib/explore/select';

const FAMILY: Record<string, LayerInfo['geometryType']> = {
	Point: 'Point',
	MultiPoint: 'Point',
	LineString: 'LineString',
	MultiLineString: 'LineString',
	Polygon: 'Polygon',
	MultiPolygon: 'Polygon'
};

/** `/api/layers`: the catalogue with each layer's count and geometry family. */
export function layersBody(atlas: Atlas): { layers: LayerInfo[] } {
	const layers: LayerInfo[] = LAYERS.map((l) => {
		const fc = atlas.layers.get(l.id);
		const families = new Set((fc?.features ?? []).map((f) => FAMILY[f.geometry?.type ?? ''] ?? 'Mixed'));
		const geometryType = families.size === 1 ? [...families][0] : families.size === 0 ? FAMILY.Point : 'Mixed';
		return { id: l.id, title: l.title, geometryType, count: fc?.features.length ?? 0, group: l.group, description: l.description };
	});
	return { layers };
}

/** `/api/status`: health and the data problems found while building. */
export function statusBody(atlas: Atlas) {
	return { ok: atlas.problems.length === 0, articles: atlas.articles.size, places: atlas.places.size, incidents: atlas.incidents.size, problems: atlas.problems };
}

/** `/api/articles`: every article's metadata (no text), with how many mentions it holds. */
export function articlesBody(atlas: Atlas) {
	const articles = [...atlas.articles.values()].map((a) => ({ id: a.id, meta: a.meta, length: a.text.length, mention_count: atlas.mentions.get(a.id)?.length ?? 0 }));
	return { articles };
}

/** `/api/articles/{id}`, or null for an unknown id. */
export function articleBody(atlas: Atlas, id: string): ArticleResponse | null {
	const a = atlas.articles.get(id);
	return a ? { id: a.id, meta: a.meta, text: a.text, mentions: atlas.mentions.get(a.id) ?? [] } : null;
}

/** `/api/layers/{id}` without a query: the whole layer as RFC 7946 GeoJSON with its metadata. */
export function fullLayerText(atlas: Atlas, id: LayerId): string | null {
	const fc = atlas.layers.get(id);
	if (!fc) return null;
	// Unfiltered: the selector's whole layer, no metadata (what layerAnswer gives for an empty query).
	const q = filtersOf(parseQueryStrict(new URLSearchParams()));
	return JSON.stringify(exportCollection(id, q, selectFeatures(fc, q, atlasContext(atlas)), fc.features.length));
}

export interface Answer {
	/** The URL path it answers, without a query string. */
	path: string;
	type: string;
	body: string;
}

const JSON_TYPE = 'application/json';
const GEOJSON_TYPE = 'application/geo+json';

/** Every answer a request without a query string can get, with the body the route would send. */
export function* unfilteredAnswers(atlas: Atlas): Generator<Answer> {
	const json = (path: string, value: unknown): Answer => ({ path, type: JSON_TYPE, body: JSON.stringify(value) });
	yield json('/api/layers', layersBody(atlas));
	yield json('/api/status', statusBody(atlas));
	yield json('/api/articles', articlesBody(atlas));
	yield json('/api/search-index', searchIndexBody(atlas));
	for (const { id } of LAYERS) {
		const fc = atlas.layers.get(id);
		if (!fc) continue;
		yield { path: `/api/layers/${id}`, type: GEOJSON_TYPE, body: fullLayerText(atlas, id)! };
		yield { path: `/api/map/${id}`, type: GEOJSON_TYPE, body: JSON.stringify(mapModel(id, fc)) };
	}
	const at = (kind: string, id: string) => `/api/${kind}/${encodeURIComponent(id)}`;
	for (const p of atlas.places.values()) yield json(at('places', p.id), placeBody(atlas, p));
	for (const i of atlas.incidents.values()) yield json(at('incidents', i.id), incidentBody(atlas, i));
	for (const id of atlas.articles.keys()) yield json(at('articles', id), articleBody(atlas, id));
}
