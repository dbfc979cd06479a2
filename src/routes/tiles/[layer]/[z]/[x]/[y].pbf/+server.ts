import { apiError, notFound } from '$lib/server/http';
import { isLayerId } from '$lib/atlas/catalogue';
import { layerParams } from '$lib/server/layerQuery';
import { QueryError } from '$lib/explore/query';
import { getPool, withClient } from '$lib/server/db/pool';
import { checkNear, dbErrorResponse, DbNotLoaded } from '$lib/server/db/http';
import { hasLayer } from '$lib/server/db/layers';
import { schemaVersion, tile, tileEtag, validTile } from '$lib/server/db/tiles';
import type { RequestHandler } from './$types';

/**
 * A vector tile of a layer from PostGIS (src/lib/server/db/tiles.ts), filtered by the explore query
 * in its query string. Only with DATABASE_URL set; without it there are no tiles (404).
 */
export const GET: RequestHandler = async ({ params, url, request }) => {
	if (!getPool()) return apiError(404, 'tiles_unavailable', 'Vector tiles are served only from a database (DATABASE_URL).');
	if (!isLayerId(params.layer) && params.layer !== 'acled') return notFound('layer', params.layer);
	const [z, x, y] = [params.z, params.x, params.y].map((s) => (/^\d{1,6}$/.test(s) ? Number(s) : NaN));
	if (!validTile(z, x, y)) return apiError(400, 'bad_tile', `No tile ${params.z}/${params.x}/${params.y}.`);
	let q;
	try {
		q = layerParams(url.searchParams);
	} catch (e) {
		if (e instanceof QueryError) return apiError(400, e.code, e.message);
		throw e;
	}
	try {
		return await withClient(async (db) => {
			const version = await schemaVersion(db, params.layer);
			if (!version) throw new DbNotLoaded(params.layer);
			if (!(await hasLayer(db, params.layer))) return notFound('layer', params.layer);
			await checkNear(db, q);
			const etag = tileEtag(version, params.layer, z, x, y, q);
			const headers = { etag, 'cache-control': 'public, max-age=300', vary: 'Accept-Encoding' };
			if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
			const body = await tile(db, params.layer, z, x, y, q);
			return new Response(new Uint8Array(body), { headers: { ...headers, 'content-type': 'application/vnd.mapbox-vector-tile' } });
		});
	} catch (e) {
		if (e instanceof QueryError) return apiError(400, e.code, e.message);
		return dbErrorResponse(e) ?? Promise.reject(e);
	}
};
