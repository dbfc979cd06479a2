import { getAtlas } from '$lib/server/atlas';
import { cachedJson } from '$lib/server/cache';
import { placeBody } from '$lib/server/featureApi';
import { notFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Serialised and compressed once per data version ($lib/server/cache), with an ETag. */
export const GET: RequestHandler = ({ params, request }) => {
	const atlas = getAtlas();
	const place = atlas.places.get(params.id);
	if (!place) return notFound('place', params.id);
	return cachedJson(request, atlas, `place:${place.id}`, () => placeBody(atlas, place));
};
