import { getAtlas } from '$lib/server/atlas';
import { layersBody } from '$lib/server/answers';
import { cachedJson } from '$lib/server/cache';
import type { RequestHandler } from './$types';

/** The layer catalogue with counts ($lib/server/answers; `npm run data` stores it for the server). */
export const GET: RequestHandler = ({ request }) => {
	const atlas = getAtlas();
	return cachedJson(request, atlas, 'layers', () => layersBody(atlas));
};
