/**
 * The production server: `node build` (npm run build copies this folder to build/harden/ and makes
 * build/index.js start it). server.js is the pipeline; this file reads the environment, loads
 * adapter-node's handler and listens. The served build of the data folder (served.js) is read
 * first: its manifest is all start-up reads; without one the app builds the atlas itself.
 * Environment: PORT (3000), HOST (0.0.0.0), BODY_SIZE_LIMIT (512K), ATLAS_DATA_DIR (geodata),
 * ATLAS_SERVED (on; 0 = off: the app answers everything from the atlas it builds), plus adapter-node's own.
 */
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { servedAnswers } from './served.js';
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

// With DATABASE_URL set the database answers everything the files would (a build's files may be older).
const served = process.env.ATLAS_SERVED === '0' || process.env.DATABASE_URL?.trim() ? null : servedAnswers(process.env.ATLAS_DATA_DIR ?? 'geodata');
const { handler } = await import(new URL('../handler.js', import.meta.url).href);
const server = createServer({ handler, client: `${buildDir}client`, bodyLimit: bytes(process.env.BODY_SIZE_LIMIT ?? '512K'), served });

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
