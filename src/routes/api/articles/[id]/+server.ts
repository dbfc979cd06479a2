import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { notFound } from '$lib/server/http';
import type { ArticleResponse } from '$lib/types';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const atlas = getAtlas();
	const a = atlas.articles.get(params.id);
	if (!a) return notFound('article', params.id);
	const body: ArticleResponse = { id: a.id, meta: a.meta, text: a.text, mentions: atlas.mentions.get(a.id) ?? [] };
	return json(body);
};
