import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { placeBody } from '$lib/server/featureApi';
import { notFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const atlas = getAtlas();
	const place = atlas.places.get(params.id);
	if (!place) return notFound('place', params.id);
	return json(placeBody(atlas, place));
};
