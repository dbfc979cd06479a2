import { json } from '@sveltejs/kit';
import { getAtlas } from '$lib/server/atlas';
import { incidentBody } from '$lib/server/featureApi';
import { notFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const atlas = getAtlas();
	const incident = atlas.incidents.get(params.id);
	if (!incident) return notFound('incident', params.id);
	return json(incidentBody(atlas, incident));
};
