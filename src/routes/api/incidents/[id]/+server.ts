import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { notFound } from '$lib/server/http';
import type { IncidentResponse, PlaceFeature } from '$lib/types';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const atlas = getAtlas();
	const incident = atlas.incidents.get(params.id);
	if (!incident) return notFound('incident', params.id);
	const places = incident.properties.place_ids.map((id) => atlas.places.get(id)).filter((p): p is PlaceFeature => !!p);
	const body: IncidentResponse = { incident, excerpts: incident.properties.excerpts, places };
	return json(body);
};
