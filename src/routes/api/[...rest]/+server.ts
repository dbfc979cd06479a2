import { apiError } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Any other /api path is a JSON 404, not an HTML page. */
const unknown: RequestHandler = ({ params }) => apiError(404, 'unknown_endpoint', `No API endpoint /api/${params.rest}.`);
export const GET = unknown;
export const POST = unknown;
