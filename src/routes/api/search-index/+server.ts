import { getAtlas } from '$lib/server/atlas';
import { cachedJson } from '$lib/server/cache';
import { searchIndexBody } from '$lib/search/serialise';
import type { RequestHandler } from './$types';

/**
 * The atlas' search indexes, built once ($lib/search/serialise): the page loads them instead of
 * indexing every name itself. `npm run data` stores this answer for the production server.
 */
export const GET: RequestHandler = ({ request }) => {
	const atlas = getAtlas();
	return cachedJson(request, atlas, 'search-index', () => searchIndexBody(atlas));
};
