import { getAtlas } from '$lib/server/atlas';
import { cached, prepare, respond } from '$lib/server/cache';
import { isLayerId } from '$lib/atlas/catalogue';
import { apiError, notFound, wantsDownload } from '$lib/server/http';
import { layerAnswer, layerQuery } from '$lib/server/layerQuery';
import { exportFilename } from '$lib/explore/export';
import { isFiltered, QueryError } from '$lib/explore/query';
import type { RequestHandler } from './$types';

const GEOJSON = 'application/geo+json';

/**
 * One layer as RFC 7946 GeoJSON, filtered by the explore query; `?download=1` makes it a file.
 * The whole layer is serialised and compressed once per data version ($lib/server/cache).
 */
export const GET: RequestHandler = ({ params, url, request }) => {
	if (!isLayerId(params.id)) return notFound('layer', params.id);
	const atlas = getAtlas();
	let query;
	try {
		query = layerQuery(url.searchParams, atlas);
	} catch (e) {
		if (e instanceof QueryError) return apiError(400, e.code, e.message);
		throw e;
	}
	const fc = atlas.layers.get(params.id);
	if (!fc) return notFound('layer', params.id);
	const headers: Record<string, string> = {};
	if (wantsDownload(url.searchParams)) headers['content-disposition'] = `attachment; filename="${exportFilename(params.id, query)}"`;
	const rep = isFiltered(query)
		? prepare(layerAnswer(atlas, params.id, fc, query).body, GEOJSON, false)
		: cached(atlas, `layer:${params.id}`, () => prepare(layerAnswer(atlas, params.id, fc, query).body, GEOJSON));
	return respond(request, rep, headers);
};
