import { getAtlas } from '$lib/server/atlas';
import { statusBody } from '$lib/server/answers';
import { cachedJson } from '$lib/server/cache';
import type { RequestHandler } from './$types';

/** Health and data problems (a broken article file, a quote that is no longer verbatim…). */
export const GET: RequestHandler = ({ request }) => {
	const atlas = getAtlas();
	return cachedJson(request, atlas, 'status', () => statusBody(atlas));
};
