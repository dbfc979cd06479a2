import { getAtlas } from '$lib/server/atlas';
import { cachedJson } from '$lib/server/cache';
import { incidentBody } from '$lib/server/featureApi';
import { notFound } from '$lib/server/http';
import { getPool } from '$lib/server/db/pool';
import { dbPanel } from '$lib/server/db/panelRoute';
import type { RequestHandler } from './$types';

/** Serialised and compressed once per data version ($lib/server/cache), with an ETag; from PostgreSQL with DATABASE_URL set. */
export const GET: RequestHandler = ({ params, request }) => {
	if (getPool()) return dbPanel('incident', params.id);
	const atlas = getAtlas();
	const incident = atlas.incidents.get(params.id);
	if (!incident) return notFound('incident', params.id);
	return cachedJson(request, atlas, `incident:${incident.id}`, () => incidentBody(atlas, incident));
};
