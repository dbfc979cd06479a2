/**
 * The production server's request pipeline around adapter-node's handler, as a function so the
 * tests can run it over real HTTP (tests/unit/server-*.spec.ts) and index.js can start it:
 *  1. security headers on every response (security.js), static files included;
 *  2. JSON errors for what SvelteKit never sees or would answer in text: a missing Host, methods
 *     the Fetch API refuses (TRACE, TRACK, CONNECT), a body over the limit, requests Node's parser
 *     rejects (bad method, headers too large, malformed) — all through errors.js;
 *  3. the served build (served.js): the answers `npm run data` wrote as files, when given;
 *  4. static files (static.js: send, precompressed variants, strong ETags, Range);
 *  5. compression of what the app renders (pages.js: the compression middleware);
 *  6. the app.
 * Log lines never interpret request text: fixed formats, request text only ever as a JSON string.
 */
import http from 'node:http';
import { rawError, sendError } from './errors.js';
import { compressAnswers } from './pages.js';
import { setSecurityHeaders } from './security.js';
import { staticFiles } from './static.js';

const FETCH_FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * @typedef {object} ServerOptions
 * @property {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => unknown} handler the app (adapter-node's handler)
 * @property {string} client the static files' folder (build/client)
 * @property {number} [bodyLimit] bytes a request body may have (Infinity)
 * @property {((req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void) | null} [served] served.js `servedAnswers`
 */

/** @param {ServerOptions} options */
export function createServer({ handler, client, bodyLimit = Infinity, served = null }) {
	const serveStatic = staticFiles(client);

	const server = http.createServer((req, res) => {
		setSecurityHeaders(res);
		const api = (req.url ?? '').startsWith('/api/') || req.url === '/api';
		if (!req.headers.host) return sendError(res, api, 400, 'missing_host', 'The request has no Host header.');
		// Methods the Fetch API refuses to carry (SvelteKit would answer a text/plain 400).
		if (FETCH_FORBIDDEN.has(req.method ?? '')) {
			res.setHeader('allow', 'GET, HEAD');
			return sendError(res, api, 405, 'method_not_allowed', `${req.method} is not supported.`);
		}
		const length = Number(req.headers['content-length'] ?? 0);
		if (length > bodyLimit) return sendError(res, api, 413, 'payload_too_large', `Request bodies are limited to ${bodyLimit} bytes.`);
		const app = () =>
			compressAnswers(req, res, () => {
				Promise.resolve(handler(req, res, () => sendError(res, api, 404, 'not_found', 'Not found.'))).catch((/** @type {unknown} */ e) => {
					console.error('[server] unexpected failure: %s', JSON.stringify(String(e instanceof Error ? e.stack : e)));
					if (!res.headersSent) sendError(res, api, 500, 'internal_error', 'The server failed to answer this request.');
					else res.destroy();
				});
			});
		const files = () => serveStatic(req, res, app);
		if (served && api) served(req, res, files);
		else files();
	});

	/** Requests Node's HTTP parser refuses never reach the handler: answer them in JSON too. */
	server.on('clientError', (/** @type {NodeJS.ErrnoException} */ err, socket) => {
		if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
		/** @type {[number, string, string]} */
		const [status, code, message] =
			err.code === 'HPE_HEADER_OVERFLOW'
				? [431, 'headers_too_large', 'The request line and headers are too large.']
				: err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
					? [408, 'request_timeout', 'The request took too long to arrive.']
					: err.code === 'HPE_INVALID_METHOD'
						? [405, 'method_not_allowed', 'Unknown HTTP method.']
						: [400, 'bad_request', 'The request is not valid HTTP.'];
		socket.end(rawError(status, code, message, status === 405 ? { allow: 'GET, HEAD' } : {}));
	});

	/** CONNECT never reaches the request handler either: refuse it in JSON rather than hang up. */
	server.on('connect', (_req, socket) => {
		socket.end(rawError(405, 'method_not_allowed', 'CONNECT is not supported.', { allow: 'GET, HEAD' }));
	});

	return server;
}
