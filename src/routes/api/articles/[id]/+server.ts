import { getAtlas } from '$lib/server/atlas';
import { articleBody } from '$lib/server/answers';
import { cachedJson } from '$lib/server/cache';
import { notFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Serialised and compressed once per data version ($lib/server/cache), with an ETag. */
export const GET: RequestHandler = ({ params, request }) => {
	const atlas = getAtlas();
	if (!atlas.articles.has(params.id)) return notFound('article', params.id);
	return cachedJson(request, atlas, `article:${params.id}`, () => articleBody(atlas, params.id));
};
