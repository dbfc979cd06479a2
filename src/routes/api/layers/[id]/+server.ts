import { getAtlas } from '$lib/server/atlas';
import { isLayerId } from '$lib/server/catalogue';
import { apiError, BadRequest, notFound, parseLayerQuery, wantsDownload } from '$lib/server/http';
import { selectFeatures } from '$lib/geo/filter';
import type { RequestHandler } from './$types';

/** One layer as RFC 7946 GeoJSON; `?download=1` makes it a file. */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isLayerId(params.id)) return notFound('layer', params.id);
	let query;
	try {
		query = parseLayerQuery(url.searchParams);
	} catch (e) {
		if (e instanceof BadRequest) return apiError(400, e.code, e.message);
		throw e;
	}
	const fc = getAtlas().layers.get(params.id);
	if (!fc) return notFound('layer', params.id);
	const body = JSON.stringify(selectFeatures(fc, query));
	const headers: Record<string, string> = { 'content-type': 'application/geo+json' };
	if (wantsDownload(url.searchParams)) headers['content-disposition'] = `attachment; filename="frontier-atlas-${params.id}.geojson"`;
	return new Response(body, { headers });
};
