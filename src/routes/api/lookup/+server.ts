import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { apiError } from '$lib/server/http';
import { lookupTowns } from '$lib/server/lookup';
import { lookup } from '$lib/lookup/answer';
import type { RequestHandler } from './$types';

/**
 * `?q=<a name>`: the GeoNames towns of Iraq and Syria the name may be, each with its governorate
 * and the nearest drawn places, and what the atlas holds ($lib/lookup/answer). The search asks it
 * when nothing drawn matches a name whole.
 */
export const GET: RequestHandler = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim();
	if (!q) return apiError(400, 'missing_query', 'Give a name to look up: /api/lookup?q=Mosul');
	if (q.length > 100) return apiError(400, 'query_too_long', 'A name to look up is at most 100 characters.');
	const atlas = getAtlas();
	const layer = (id: string) => atlas.layers.get(id as 'places') ?? { type: 'FeatureCollection' as const, features: [] };
	const towns = lookupTowns();
	const answer = lookup(towns, q, { drawn: ['places', 'areas', 'lines'].map(layer), governorates: layer('governorates') }, towns.source);
	return json(answer, { headers: { 'cache-control': 'no-cache' } });
};
