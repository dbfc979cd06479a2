/**
 * Server hooks: build the atlas before the first request, and make sure every /api answer is JSON,
 * even an unexpected failure or a method the route does not support: never a stack trace.
 */
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getAtlas } from '$lib/server/atlas';
import { apiError } from '$lib/server/http';
import { handleLocale } from '$lib/server/locale';

export const init = () => {
	getAtlas();
};

const handleApi: Handle = async ({ event, resolve }) => {
	const api = event.url.pathname.startsWith('/api/');
	let response: Response;
	try {
		response = await resolve(event);
	} catch (e) {
		console.error(e);
		if (api) return apiError(500, 'internal_error', 'The server failed to answer this request.');
		throw e;
	}
	if (api && response.status === 405) return apiError(405, 'method_not_allowed', `${event.request.method} is not supported on ${event.url.pathname}.`);
	response.headers.set('x-content-type-options', 'nosniff');
	return response;
};

/** The interface language first (it wraps the page's rendering), then the API's guarantees. */
export const handle = sequence(handleLocale, handleApi);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(`[${event.url.pathname}]`, error);
	return { message: status === 404 ? `There is no page at ${event.url.pathname}.` : 'Internal error: the server could not show this page.' };
};
