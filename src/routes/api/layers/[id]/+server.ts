import { getAtlas } from '$lib/server/atlas';
import { isLayerId } from '$lib/server/catalogue';
import { apiError, notFound, wantsDownload } from '$lib/server/http';
import { layerAnswer, layerQuery } from '$lib/server/layerQuery';
import { QueryError } from '$lib/explore/query';
import type { RequestHandler } from './$types';

/** One layer as RFC 7946 GeoJSON, filtered by the explore query; `?download=1` makes it a file. */
export const GET: RequestHandler = ({ params, url }) => {
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
	const { body, filename } = layerAnswer(atlas, params.id, fc, query);
	const headers: Record<string, string> = { 'content-type': 'application/geo+json' };
	if (wantsDownload(url.searchParams)) headers['content-disposition'] = `attachment; filename="${filename}"`;
	return new Response(body, { headers });
};
