import { layerAnswerRoute } from '$lib/server/layerAnswerRoute';
import type { RequestHandler } from './$types';

/** `/api/layers/{id}/list?<explore query>`: from the files, or PostgreSQL with DATABASE_URL set ($lib/server/layerAnswerRoute). */
export const GET: RequestHandler = (event) => layerAnswerRoute('list', event);
