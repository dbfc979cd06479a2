import { getAtlas } from '$lib/server/atlas';
import { articlesBody } from '$lib/server/answers';
import { cachedJson } from '$lib/server/cache';
import type { RequestHandler } from './$types';

/** Every article's metadata (no text), with how many mentions it holds. */
export const GET: RequestHandler = ({ request }) => {
	const atlas = getAtlas();
	return cachedJson(request, atlas, 'articles', () => articlesBody(atlas));
};
