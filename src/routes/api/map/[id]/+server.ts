import { getAtlas } from '$lib/server/atlas';
import { cached, prepare, respond } from '$lib/server/cache';
import { isLayerId } from '$lib/atlas/catalogue';
import { notFound } from '$lib/server/http';
import { mapModel } from '$lib/atlas/mapModel';
import type { RequestHandler } from './$types';

/**
 * The light map model of one layer ($lib/atlas/mapModel): what the map draws, no excerpts; label
 * points for the polygons it labels.
 * Serialised and compressed (gzip, brotli) once per data version, with an ETag ($lib/server/cache).
 */
export const GET: RequestHandler = ({ params, request }) => {
	const { id } = params;
	if (!isLayerId(id)) return notFound('layer', id);
	const atlas = getAtlas();
	const fc = atlas.layers.get(id);
	if (!fc) return notFound('layer', id);
	return respond(request, cached(atlas, `map:${id}`, () => prepare(JSON.stringify(mapModel(id, fc)), 'application/geo+json')));
};
