import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import type { RequestHandler } from './$types';

/** Every article's metadata (no text), with how many mentions it holds. */
export const GET: RequestHandler = () => {
	const atlas = getAtlas();
	const articles = [...atlas.articles.values()].map((a) => ({
		id: a.id,
		meta: a.meta,
		length: a.text.length,
		mention_count: atlas.mentions.get(a.id)?.length ?? 0
	}));
	return json({ articles });
};
