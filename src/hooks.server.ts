/**
 * Server hooks: read the served build (or build the atlas) before the first request, answer from
 * the served build what it holds, and keep the server's promises:
 *  - every /api answer that is not 2xx is `{"error":{"code","message"}}` JSON with a 4xx status
 *    (malformed percent-encoding, methods other than GET/HEAD, cross-site requests, anything
 *    SvelteKit itself refuses), and never a stack trace;
 *  - cross-site requests with an unsafe method are refused everywhere (SvelteKit's own check is
 *    off in svelte.config.js because it answers text/plain);
 *  - security headers on every response (the page CSP comes from kit.csp);
 *  - log lines never interpret request text: one JSON object per line.
 */
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dataDir, getAtlas } from '$lib/server/atlas';
import { served, servedResponse } from '$lib/server/served';
import { decodedPath, isCrossSite } from '$lib/server/guards';
import { apiError } from '$lib/server/http';
import { handleLocale } from '$lib/server/locale';
import { NON_PAGE_CSP, SECURITY_HEADERS } from './lib/server/node/security.js';

// With a served build, start-up reads only its manifest; the atlas is read when first needed.
export const init = () => {
	if (!served(dataDir())) getAtlas();
};

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function pageFail(status: number, message: string): Response {
	return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

const handleGuards: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	const api = pathname === '/api' || pathname.startsWith('/api/');
	const method = event.request.method;
	if (decodedPath(pathname) === null) {
		const message = 'The address is not valid percent-encoded UTF-8.';
		return api ? apiError(400, 'bad_encoding', message) : pageFail(400, message);
	}
	if (!SAFE_METHODS.has(method) && method !== 'OPTIONS' && isCrossSite(event.request.headers, event.url)) {
		const message = `Cross-site ${method} requests are refused.`;
		return api ? apiError(403, 'cross_site_request', message) : pageFail(403, message);
	}
	if (api && !SAFE_METHODS.has(method)) {
		return apiError(405, 'method_not_allowed', `${method} is not supported: the API is read-only (GET, HEAD).`, { allow: 'GET, HEAD' });
	}
	let response: Response;
	try {
		const s = api ? served(dataDir()) : null;
		response = (s && servedResponse(s, event.request)) || (await resolve(event));
	} catch (e) {
		logError(500, event, e);
		if (api) return apiError(500, 'internal_error', 'The server failed to answer this request.');
		throw e;
	}
	if (api && response.status >= 400 && !response.headers.get('content-type')?.includes('json')) {
		const status = response.status >= 500 ? 500 : response.status;
		response = apiError(status, status === 404 ? 'not_found' : status === 405 ? 'method_not_allowed' : 'bad_request', `The API refused this request (${status}).`);
	}
	return response;
};

/**
 * Headers for every answer, whatever produced it. A page's ETag is made weak: the server may send
 * it compressed (src/lib/server/node/pages.js), and a strong tag names one encoding's bytes.
 */
const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	try {
		for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
		if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', NON_PAGE_CSP);
		const etag = response.headers.get('etag');
		if (etag?.startsWith('"') && response.headers.get('content-type')?.startsWith('text/html')) response.headers.set('etag', `W/${etag}`);
		return response;
	} catch {
		// Immutable headers (a fetched Response passed through): copy it.
		const copy = new Response(response.body, response);
		for (const [k, v] of Object.entries(SECURITY_HEADERS)) copy.headers.set(k, v);
		return copy;
	}
};

/** The headers first (they wrap everything), then the guards, then the interface language. */
export const handle = sequence(handleHeaders, handleGuards, handleLocale);

/** One JSON line: request text is a JSON string in it, never a format string. */
function logError(status: number, event: { request: Request; url: URL }, error: unknown): void {
	const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
	console.error('%s', JSON.stringify({ level: 'error', status, method: event.request.method, path: event.url.pathname.slice(0, 300), error: detail }));
}

/** At most this much of a path is echoed on an error page: its size never follows the request's. */
const ECHO = 80;

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status >= 500) logError(status, event, error);
	const path = event.url.pathname.length > ECHO ? `${event.url.pathname.slice(0, ECHO)}…` : event.url.pathname;
	if (status === 404) return { message: `There is no page at ${path}.` };
	if (status < 500) return { message: 'The request is malformed.' };
	return { message: 'Internal error: the server could not show this page.' };
};
