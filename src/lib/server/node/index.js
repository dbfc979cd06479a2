/**
 * The production server: `node build` (npm run build copies this folder to build/harden/ and makes
 * build/index.js start it). server.js is the pipeline; this file reads the environment, loads
 * adapter-node's handler (which builds the atlas) and listens.
 * Environment: PORT (3000), HOST (0.0.0.0), BODY_SIZE_LIMIT (512K), ATLAS_FASTPATH (on; 0 = off),
 * plus adapter-node's own.
 */
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { createFastPath } from './fastpath.js';
import { createServer } from './server.js';

const buildDir = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);

/** '512K' → 524288, as adapter-node reads it. @param {string} s */
function bytes(s) {
	const m = /^(\d+)([KMG]?)$/i.exec(s.trim());
	if (!m) return Infinity;
	return Number(m[1]) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[/** @type {'' | 'K' | 'M' | 'G'} */ (m[2].toUpperCase())];
}

// Listening before the handler loads: the atlas it builds announces its data version.
const fastPath = process.env.ATLAS_FASTPATH === '0' ? null : createFastPath();
const { handler } = await import(new URL('../handler.js', import.meta.url).href);
const server = createServer({ handler, client: `${buildDir}client`, bodyLimit: bytes(process.env.BODY_SIZE_LIMIT ?? '512K'), fastPath });

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
