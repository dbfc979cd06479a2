/**
 * The app's side of the served build (src/lib/server/node/served.js reads it for the Node server):
 * in production, with a current `<data dir>/served/`, the unfiltered API answers come from its files
 * (also for the page's own requests during server rendering, which never pass the Node server), and
 * the atlas that filtered answers and pages need is read from its stored copy the first time one is
 * asked for — never built at start-up. In `vite dev`, in tests, or without a current served build,
 * there is none and the app builds the atlas from the data as before.
 */
import { building, dev } from '$app/environment';
import type { Atlas } from '../atlas/build';
import { atlasFromLines } from '../atlas/serialise';
import type { ServedManifest } from '$lib/model/wire';
import { apiError } from './http';
import { respond, type Representation } from './cache';
import { DAMAGED, readServed, verifiedBytes } from './node/served.js';

interface Served {
	dir: string;
	manifest: ServedManifest;
}

let state: Served | null | undefined;

/** The current served build of `dataDir`, read once; null (said once, in the log) when there is none. */
export function served(dataDir: string): Served | null {
	if (state !== undefined) return state;
	if (dev || building || process.env.ATLAS_SERVED === '0') return (state = null);
	const found = readServed(dataDir);
	if ('problem' in found) {
		console.warn(`[served] ${found.problem}: building the atlas from the data instead; \`npm run data\` writes the served build`);
		return (state = null);
	}
	return (state = found as Served);
}

/** The atlas stored with the served build, after its hash check; throws saying what is wrong. */
export function servedAtlas(s: Served): Atlas {
	return atlasFromLines(verifiedBytes(s.dir, s.manifest.atlas).toString('utf8').split('\n'));
}

/**
 * The stored answer to `request` (GET or HEAD, no query string), with the headers the route's own
 * answer has; a 503 naming the fault when a file does not match the manifest; null when the served
 * build has no answer for it.
 */
export function servedResponse(s: Served, request: Request): Response | null {
	if (request.method !== 'GET' && request.method !== 'HEAD') return null;
	const url = new URL(request.url);
	if (request.url.includes('?')) return null;
	const answer = Object.hasOwn(s.manifest.answers, url.pathname) ? s.manifest.answers[url.pathname] : null;
	if (!answer) return null;
	try {
		const rep: Representation = {
			type: answer.type,
			etag: answer.etag,
			identity: verifiedBytes(s.dir, answer.identity),
			...(answer.br ? { br: verifiedBytes(s.dir, answer.br) } : {}),
			...(answer.gzip ? { gzip: verifiedBytes(s.dir, answer.gzip) } : {})
		};
		return respond(request, rep);
	} catch (e) {
		console.warn(`[served] refused: ${(e as Error).message}`);
		return apiError(503, 'damaged_build', DAMAGED);
	}
}
