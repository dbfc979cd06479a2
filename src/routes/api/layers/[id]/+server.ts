import { getAtlas } from '$lib/server/atlas';
import { cached, prepare, respond } from '$lib/server/cache';
import { isLayerId } from '$lib/atlas/catalogue';
import { apiError, notFound, wantsDownload } from '$lib/server/http';
import { layerAnswer, layerFormat, layerQuery } from '$lib/server/layerQuery';
import { exportFilename } from '$lib/explore/export';
import { isFiltered, QueryError } from '$lib/explore/query';
import { getPool } from '$lib/server/db/pool';
import { dbLayer } from '$lib/server/db/layerRoute';
import type { RequestHandler } from './$types';

/**
 * One layer as RFC 7946 GeoJSON (or `?format=csv` / `kml`), filtered by the explore query;
 * `?download=1` makes it a file. The whole layer is serialised and compressed once per data
 * version and format ($lib/server/cache). With DATABASE_URL set, the same answer comes from
 * PostgreSQL, streamed ($lib/server/db/layerRoute).
 */
export const GET: RequestHandler = (event) => {
	if (getPool()) return dbLayer(event);
	const { params, url, request } = event;
	if (!isLayerId(params.id)) return notFound('layer', params.id);
	const atlas = getAtlas();
	let query, format;
	try {
		query = layerQuery(url.searchParams, atlas);
		format = layerFormat(url.searchParams);
	} catch (e) {
		if (e instanceof QueryError) return apiError(400, e.code, e.message);
		throw e;
	}
	const fc = atlas.layers.get(params.id);
	if (!fc) return notFound('layer', params.id);
	const headers: Record<string, string> = {};
	if (wantsDownload(url.searchParams)) headers['content-disposition'] = `attachment; filename="${exportFilename(params.id, query, format)}"`;
	const make = (compress: boolean) => {
		const a = layerAnswer(atlas, params.id, fc, query, format);
		return prepare(a.body, a.type, compress);
	};
	const key = format === 'geojson' ? `layer:${params.id}` : `layer:${params.id}:${format}`;
	const rep = isFiltered(query) ? make(false) : cached(atlas, key, () => make(true));
	return respond(request, rep, headers);
};
