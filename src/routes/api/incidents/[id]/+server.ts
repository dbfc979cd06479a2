import { getAtlas } from '$lib/server/atlas';
import { cachedJson } from '$lib/server/cache';
import { incidentBody } from '$lib/server/featureApi';
import { notFound } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Serialised and compressed once per data version ($lib/server/cache), with an ETag. */
export const GET: RequestHandler = ({ params, request }) => {
	const atlas = getAtlas();
	const incident = atlas.incidents.get(params.id);
	if (!incident) return notFound('incident', params.id);
	return cachedJson(request, atlas, `incident:${incident.id}`, () => incidentBody(atlas, incident));
};
