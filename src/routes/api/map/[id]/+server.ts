import { getAtlas } from '$lib/server/atlas';
import { cached, prepare, respond } from '$lib/server/cache';
import { isLayerId } from '$lib/server/catalogue';
import { notFound } from '$lib/server/http';
import { mapModel } from '$lib/server/mapModel';
import type { RequestHandler } from './$types';

/**
 * The light map model of one layer ($lib/server/mapModel): what the map draws, no excerpts.
 * Serialised and compressed (gzip, brotli) once per data version, with an ETag ($lib/server/cache).
 */
export const GET: RequestHandler = ({ params, request }) => {
	if (!isLayerId(params.id)) return notFound('layer', params.id);
	const atlas = getAtlas();
	const fc = atlas.layers.get(params.id);
	if (!fc) return notFound('layer', params.id);
	return respond(request, cached(atlas, `map:${params.id}`, () => prepare(JSON.stringify(mapModel(fc)), 'application/geo+json')));
};
