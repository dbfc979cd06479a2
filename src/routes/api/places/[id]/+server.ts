import { getAtlas } from '$lib/server/atlas';
import { cachedJson } from '$lib/server/cache';
import { placeBody } from '$lib/server/featureApi';
import { notFound } from '$lib/server/http';
import { getPool } from '$lib/server/db/pool';
import { dbPanel } from '$lib/server/db/panelRoute';
import type { RequestHandler } from './$types';

/** Serialised and compressed once per data version ($lib/server/cache), with an ETag; from PostgreSQL with DATABASE_URL set. */
export const GET: RequestHandler = ({ params, request }) => {
	if (getPool()) return dbPanel('place', params.id);
	const atlas = getAtlas();
	const place = atlas.places.get(params.id);
	if (!place) return notFound('place', params.id);
	return cachedJson(request, atlas, `place:${place.id}`, () => placeBody(atlas, place));
};
