/** JSON errors and query parsing for the API: bad input is a 400 or 404 with a readable message. */
import { json } from '@sveltejs/kit';
import { filtersOf, parseQueryStrict, QueryError, type ExploreQuery } from '$lib/explore/query';

export class BadRequest extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

export function apiError(status: 400 | 404 | 405 | 500, code: string, message: string): Response {
	return json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
}

export function notFound(what: string, id: string): Response {
	return apiError(404, `unknown_${what}`, `No ${what} with id "${id}".`);
}

/**
 * The filters of a layer request (see $lib/explore/query); throws BadRequest on anything
 * malformed or repeated. Kept for callers that know only BadRequest.
 */
export function parseLayerQuery(params: URLSearchParams): ExploreQuery {
	try {
		return filtersOf(parseQueryStrict(params));
	} catch (e) {
		if (e instanceof QueryError) throw new BadRequest(e.code, e.message);
		throw e;
	}
}

export function wantsDownload(params: URLSearchParams): boolean {
	const dl = params.get('download');
	return dl === '1' || dl === 'true' || dl === '';
}
