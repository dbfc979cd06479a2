import { getAtlas } from '$lib/server/atlas';
import { cachedJson } from '$lib/server/cache';
import { notFound } from '$lib/server/http';
import type { ArticleResponse } from '$lib/types';
import type { RequestHandler } from './$types';

/** Serialised and compressed once per data version ($lib/server/cache), with an ETag. */
export const GET: RequestHandler = ({ params, request }) => {
	const atlas = getAtlas();
	const a = atlas.articles.get(params.id);
	if (!a) return notFound('article', params.id);
	return cachedJson(request, atlas, `article:${a.id}`, (): ArticleResponse => ({ id: a.id, meta: a.meta, text: a.text, mentions: atlas.mentions.get(a.id) ?? [] }));
};
