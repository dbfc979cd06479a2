import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import type { RequestHandler } from './$types';

/** Health and data problems (a broken article file, a quote that is no longer verbatim…). */
export const GET: RequestHandler = () => {
	const atlas = getAtlas();
	return json({
		ok: atlas.problems.length === 0,
		articles: atlas.articles.size,
		places: atlas.places.size,
		incidents: atlas.incidents.size,
		problems: atlas.problems
	});
};
