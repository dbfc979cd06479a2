import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { notFound } from '$lib/server/http';
import type { PlaceResponse } from '$lib/types';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const atlas = getAtlas();
	const place = atlas.places.get(params.id);
	if (!place) return notFound('place', params.id);
	const incidents = [...atlas.incidents.values()].filter(
		(i) => i.properties.place_ids.includes(place.id) || i.properties.footprint_id === place.id
	);
	const body: PlaceResponse = { place, excerpts: place.properties.excerpts, incidents };
	return json(body);
};
