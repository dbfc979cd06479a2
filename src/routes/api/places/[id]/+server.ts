import { getAtlas } from '$lib/server/atlas';
import { cachedJson } from '$lib/server/cache';
import { notFound } from '$lib/server/http';
import type { PlaceResponse } from '$lib/types';
import type { RequestHandler } from './$types';

/** Serialised and compressed once per data version ($lib/server/cache), with an ETag. */
export const GET: RequestHandler = ({ params, request }) => {
	const atlas = getAtlas();
	const place = atlas.places.get(params.id);
	if (!place) return notFound('place', params.id);
	return cachedJson(request, atlas, `place:${place.id}`, (): PlaceResponse => {
		const incidents = [...atlas.incidents.values()].filter(
			(i) => i.properties.place_ids.includes(place.id) || i.properties.footprint_id === place.id
		);
		return { place, excerpts: place.properties.excerpts, incidents };
	});
};
