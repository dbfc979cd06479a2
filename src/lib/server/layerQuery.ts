/**
 * `/api/layers/{id}?…`: the explore query checked against the atlas, the features it keeps, and
 * the body and filename of the answer. The selector is the page's; only the data is the server's.
 */
import type { FeatureCollection } from 'geojson';
import { exportCollection, exportFilename } from '$lib/explore/export';
import { filtersOf, parseQueryStrict, QueryError, type ExploreQuery } from '$lib/explore/query';
import { geoTests } from '$lib/explore/geoTests';
import { selectFeatures, type SelectContext } from '$lib/explore/select';
import type { Atlas } from '../atlas/build';

/** Near targets are gazetteer entries with a geometry (places outside the frontier have none). */
export function atlasContext(atlas: Atlas): SelectContext {
	return { target: (id) => atlas.places.get(id)?.geometry ?? null, geo: geoTests };
}

/**
 * The filters of a layer request; throws QueryError on a malformed or repeated parameter, an
 * unknown `near` target or a bad `download`. Page-only parameters (`layers`, `place`, `q`…) are
 * accepted and ignored, so the page's own query string works here.
 */
export function layerQuery(params: URLSearchParams, atlas: Atlas): ExploreQuery {
	const q = filtersOf(parseQueryStrict(params));
	if (q.near && !atlasContext(atlas).target(q.near.target))
		throw new QueryError('unknown_near_target', 'near', `"near" names "${q.near.target}", which is not a place on the map.`);
	const dl = params.get('download');
	if (dl !== null && !['1', '0', 'true', 'false', ''].includes(dl))
		throw new QueryError('bad_download', 'download', `"download" must be 1 or 0, got "${dl.slice(0, 40)}".`);
	return q;
}

/** The answer's body and the name the file gets. */
export function layerAnswer(atlas: Atlas, id: string, fc: FeatureCollection, q: ExploreQuery): { body: string; filename: string } {
	const kept = selectFeatures(fc, q, atlasContext(atlas));
	return { body: JSON.stringify(exportCollection(id, q, kept, fc.features.length)), filename: exportFilename(id, q) };
}
