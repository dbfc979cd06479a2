import { layerAnswerRoute } from '$lib/server/layerAnswerRoute';
import type { RequestHandler } from './$types';

/** `/api/layers/{id}/facets?<explore query>`: from the files, or PostgreSQL with DATABASE_URL set ($lib/server/layerAnswerRoute). */
export const GET: RequestHandler = (event) => layerAnswerRoute('facets', event);
