/**
 * `/api/layers/{id}` with DATABASE_URL set: the same checks, status codes, headers and bytes as the
 * files backend, the body streamed from PostgreSQL (./layers.ts). The ACLED import is a layer here
 * (`acled`) once `npm run db:import -- --acled` has loaded it.
 */
import { isLayerId } from '$lib/atlas/catalogue';
import { EXPORT_FORMATS, exportFilename } from '$lib/explore/export';
import { QueryError } from '$lib/explore/query';
import { apiError, notFound, wantsDownload } from '../http';
import { layerFormat, layerParams } from '../layerQuery';
import { checkNear, dbErrorResponse, DbNotLoaded } from './http';
import { hasLayer, layerStream } from './layers';
import { withClient } from './pool';

export async function dbLayer({ params, url }: { params: { id: string }; url: URL }): Promise<Response> {
	const id = params.id;
	if (!isLayerId(id) && id !== 'acled') return notFound('layer', id);
	let query, format;
	try {
		query = layerParams(url.searchParams);
		format = layerFormat(url.searchParams);
	} catch (e) {
		if (e instanceof QueryError) return apiError(400, e.code, e.message);
		throw e;
	}
	try {
		const found = await withClient(async (db) => {
			await checkNear(db, query);
			return hasLayer(db, id);
		});
		if (!found) return id === 'acled' ? notFound('layer', id) : dbErrorResponse(new DbNotLoaded(id))!;
		const body = await layerStream(id, query, format);
		const headers: Record<string, string> = { 'content-type': EXPORT_FORMATS[format].type, 'cache-control': 'no-cache' };
		if (wantsDownload(url.searchParams)) headers['content-disposition'] = `attachment; filename="${exportFilename(id, query, format)}"`;
		return new Response(body, { headers });
	} catch (e) {
		if (e instanceof QueryError) return apiError(400, e.code, e.message);
		return dbErrorResponse(e) ?? Promise.reject(e);
	}
}
