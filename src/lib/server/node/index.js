/**
 * The production server: `node build` (npm run build copies this folder to build/harden/ and makes
 * build/index.js start it). It wraps adapter-node's handler with what a hardened server needs and
 * SvelteKit cannot do itself:
 *  - security headers on every response, static files included (server/security.js);
 *  - static files with RFC 9110 Range, strong ETags and precompressed variants (server/static.js);
 *  - the fast path (server/fastpath.js): an /api answer the app has already serialised and cached
 *    is served again straight from its bytes, with the app's headers, for GET/HEAD of the exact
 *    path without a query string (`ATLAS_FASTPATH=0` turns it off);
 *  - gzip/brotli for the app's dynamic pages, which SvelteKit sends uncompressed (server/compress.js);
 *  - JSON errors for what never reaches SvelteKit: requests Node's parser rejects (bad method,
 *    headers too large, malformed), a missing Host, a body over BODY_SIZE_LIMIT.
 * Everything else (pages, /api) is SvelteKit's; src/hooks.server.ts shapes its errors.
 * Environment: PORT (3000), HOST (0.0.0.0), BODY_SIZE_LIMIT (512K), ATLAS_FASTPATH (on; 0 = off),
 * plus adapter-node's own.
 * Log lines never interpret request text: fixed formats, request text only ever as a JSON string.
 */
import http from 'node:http';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { setSecurityHeaders, SECURITY_HEADERS } from './security.js';
import { staticFiles } from './static.js';
import { fastPath } from './fastpath.js';
import { compressPages } from './compress.js';

const buildDir = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
const bodyLimit = bytes(process.env.BODY_SIZE_LIMIT ?? '512K');
const fast = process.env.ATLAS_FASTPATH !== '0';

/** '512K' → 524288, as adapter-node reads it. @param {string} s */
function bytes(s) {
	const m = /^(\d+)([KMG]?)$/i.exec(s.trim());
	if (!m) return Infinity;
	return Number(m[1]) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[/** @type {'' | 'K' | 'M' | 'G'} */ (m[2].toUpperCase())];
}

/**
 * The API's error shape, `{"error":{"code","message"}}`; plain text outside /api.
 * @param {http.ServerResponse} res @param {boolean} api
 * @param {number} status @param {string} code @param {string} message
 */
function fail(res, api, status, code, message) {
	const body = api ? JSON.stringify({ error: { code, message } }) : `${message}\n`;
	res.statusCode = status;
	res.setHeader('content-type', api ? 'application/json' : 'text/plain; charset=utf-8');
	res.setHeader('content-length', String(Buffer.byteLength(body)));
	res.setHeader('cache-control', 'no-store');
	res.end(body);
}

const FETCH_FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);

const { handler } = await import(new URL('../handler.js', import.meta.url).href);
const serveStatic = staticFiles(`${buildDir}client`);

const server = http.createServer((req, res) => {
	setSecurityHeaders(res);
	const api = (req.url ?? '').startsWith('/api/') || req.url === '/api';
	if (!req.headers.host) return fail(res, api, 400, 'missing_host', 'The request has no Host header.');
	// Methods the Fetch API refuses to carry (SvelteKit would answer a text/plain 400).
	if (FETCH_FORBIDDEN.has(req.method ?? '')) {
		res.setHeader('allow', 'GET, HEAD');
		return fail(res, api, 405, 'method_not_allowed', `${req.method} is not supported.`);
	}
	const length = Number(req.headers['content-length'] ?? 0);
	if (length > bodyLimit) return fail(res, api, 413, 'payload_too_large', `Request bodies are limited to ${bodyLimit} bytes.`);
	if (fast && fastPath(req, res)) return;
	serveStatic(req, res, () => {
		compressPages(req, res);
		Promise.resolve(handler(req, res, () => fail(res, api, 404, 'not_found', 'Not found.'))).catch((/** @type {unknown} */ e) => {
			console.error('[server] unexpected failure: %s', JSON.stringify(String(e instanceof Error ? e.stack : e)));
			if (!res.headersSent) fail(res, api, 500, 'internal_error', 'The server failed to answer this request.');
			else res.destroy();
		});
	});
});

/** Requests Node's HTTP parser refuses never reach the handler: answer them in JSON too. */
server.on('clientError', (/** @type {NodeJS.ErrnoException} */ err, socket) => {
	if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
	const [status, code, message] =
		err.code === 'HPE_HEADER_OVERFLOW'
			? [431, 'headers_too_large', 'The request line and headers are too large.']
			: err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
				? [408, 'request_timeout', 'The request took too long to arrive.']
				: err.code === 'HPE_INVALID_METHOD'
					? [405, 'method_not_allowed', 'Unknown HTTP method.']
					: [400, 'bad_request', 'The request is not valid HTTP.'];
	const body = JSON.stringify({ error: { code, message } });
	const head = Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}\r\n`).join('');
	socket.end(
		`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
			`cache-control: no-store\r\n${head}connection: close\r\n\r\n${body}`
	);
});

/** CONNECT never reaches the request handler either: refuse it in JSON rather than hang up. */
server.on('connect', (_req, socket) => {
	const body = JSON.stringify({ error: { code: 'method_not_allowed', message: 'CONNECT is not supported.' } });
	const head = Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}\r\n`).join('');
	socket.end(`HTTP/1.1 405 Method Not Allowed\r\nallow: GET, HEAD\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\ncache-control: no-store\r\n${head}connection: close\r\n\r\n${body}`);
});

server.listen({ host, port }, () => {
	const a = server.address();
	console.log('Listening on http://%s:%s', host === '0.0.0.0' ? 'localhost' : host, typeof a === 'object' && a ? a.port : port);
});

/** @param {string} signal */
function shutdown(signal) {
	console.log('[server] %s: closing', signal);
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

