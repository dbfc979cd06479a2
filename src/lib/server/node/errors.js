/**
 * The one error body of the server and the API, `{"error":{"code","message"}}` (ApiError in
 * src/lib/types.ts), never a stack trace: built here for the Node server (server.js), for raw
 * socket answers Node's parser forces on us, and for the app ($lib/server/http.ts `apiError`,
 * which src/hooks.server.ts and the /api routes use).
 */
import http from 'node:http';
import { SECURITY_HEADERS } from './security.js';

/** @param {string} code a stable, machine-readable name @param {string} message a sentence for people */
export function errorBody(code, message) {
	return JSON.stringify({ error: { code, message } });
}

/** The headers of every JSON error: never cached. @param {string} body */
export function errorHeaders(body) {
	return { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store' };
}

/**
 * An error on a Node response: the JSON body on /api, a line of text elsewhere.
 * @param {import('node:http').ServerResponse} res @param {boolean} api
 * @param {number} status @param {string} code @param {string} message
 */
export function sendError(res, api, status, code, message) {
	const body = api ? errorBody(code, message) : `${message}\n`;
	res.statusCode = status;
	for (const [k, v] of Object.entries(errorHeaders(body))) res.setHeader(k, v);
	if (!api) res.setHeader('content-type', 'text/plain; charset=utf-8');
	res.end(body);
}

/**
 * A whole HTTP/1.1 error answer as bytes, for a socket Node hands us without a response object
 * (a request its parser refused, CONNECT); the connection closes after it.
 * @param {number} status @param {string} code @param {string} message @param {Record<string, string>} [extra]
 */
export function rawError(status, code, message, extra = {}) {
	const body = errorBody(code, message);
	const head = Object.entries({ ...extra, ...errorHeaders(body), ...SECURITY_HEADERS, connection: 'close' })
		.map(([k, v]) => `${k}: ${v}\r\n`)
		.join('');
	return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${head}\r\n${body}`;
}
