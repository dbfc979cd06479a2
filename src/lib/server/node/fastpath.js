/**
 * The fast path for the app's already-serialised answers (src/lib/server/cache.ts: a layer, the
 * map model, a place, an incident, an article). Once the app has answered `GET /api/places/x`
 * from its cache, cache.ts publishes the bytes on the `CACHED` diagnostics channel; the server
 * keeps them under that exact path and answers later requests for it from the Buffer, before
 * SvelteKit sees them, with the headers the app's own answer has (cache.ts `respond()` plus the
 * security headers hooks.server.ts adds).
 *
 * Why a channel: the app's modules run in the SvelteKit bundle and the server's in build/harden,
 * so a module-level registry would exist twice; a named `node:diagnostics_channel` is Node's own
 * process-wide publish/subscribe, and with nobody subscribed (vite dev, tests) publishing costs
 * nothing and keeps nothing.
 *
 * Only where that is the same answer: GET or HEAD, a kept path, no query string at all (a filtered
 * or download request goes through the app). The kept bodies belong to one data version: a message
 * on `DATA_VERSION` (cache.ts `dataVersion`, when the atlas is built) drops them, and only bodies of
 * the current version are kept, so a body of an old atlas is never sent after a reload.
 */
import diagnostics from 'node:diagnostics_channel';
import { isCurrent, pickEncoding, variantTag } from './negotiate.js';
import { NON_PAGE_CSP, SECURITY_HEADERS } from './security.js';

/** `{ path, version, rep, extra }`: the app cached and sent `rep` for `path`. */
export const CACHED = diagnostics.channel('frontier-atlas:cached');
/** `version` (an object): the data the app now answers from. */
export const DATA_VERSION = diagnostics.channel('frontier-atlas:data-version');

/**
 * What cache.ts prepares (its `Representation`).
 * @typedef {{ type: string, identity: Uint8Array, gzip?: Uint8Array, br?: Uint8Array, etag: string }} Rep
 */
/** @typedef {{ path: string, version: object, rep: Rep, extra: Record<string, string> }} Cached */
/**
 * One kept answer. `head` holds every header but content-length, content-encoding, content-type
 * and etag, lower-case names as the app sends them.
 * @typedef {{ rep: Rep, head: [string, string][], have: ('br' | 'gzip')[] }} Entry
 */

/**
 * The headers the app sends with `rep` (cache.ts `respond`, hooks.server.ts), but the per-variant ones.
 * @param {Record<string, string>} extra
 * @returns {[string, string][]}
 */
function headOf(extra) {
	/** @type {Record<string, string>} */
	const all = { 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
	for (const [k, v] of Object.entries(extra)) all[k.toLowerCase()] = v;
	all['content-security-policy'] ??= NON_PAGE_CSP;
	Object.assign(all, SECURITY_HEADERS);
	for (const k of ['content-length', 'content-encoding', 'content-type', 'etag']) delete all[k];
	return Object.entries(all);
}

/** Subscribes to the app's channels; `serve` answers from what it has heard. */
export function createFastPath() {
	/** @type {object | null} */
	let version = null;
	/** @type {Map<string, Entry>} */
	const entries = new Map();

	const onVersion = (/** @type {unknown} */ v) => {
		if (v === version || typeof v !== 'object' || v === null) return;
		version = v;
		entries.clear();
	};
	const onCached = (/** @type {unknown} */ message) => {
		const { path, version: v, rep, extra } = /** @type {Cached} */ (message);
		if (v !== version || !path.startsWith('/') || path.includes('?')) return;
		/** @type {('br' | 'gzip')[]} */
		const have = [];
		if (rep.br) have.push('br');
		if (rep.gzip) have.push('gzip');
		entries.set(path, { rep, head: headOf(extra), have });
	};
	DATA_VERSION.subscribe(onVersion);
	CACHED.subscribe(onCached);

	return {
		/** How many answers are kept (for tests). */
		get size() {
			return entries.size;
		},
		/** Stops listening and forgets everything. */
		close() {
			DATA_VERSION.unsubscribe(onVersion);
			CACHED.unsubscribe(onCached);
			entries.clear();
		},
		/**
		 * Answers `req` when it may: true when it did, false to let the app answer. The security
		 * headers are already on `res` (server.js sets them first), as for the app.
		 * @param {import('node:http').IncomingMessage} req
		 * @param {import('node:http').ServerResponse} res
		 */
		serve(req, res) {
			if (req.method !== 'GET' && req.method !== 'HEAD') return false;
			const url = req.url;
			if (!url || url.includes('?')) return false;
			const e = entries.get(url);
			if (!e) return false;
			const { rep } = e;
			const encoding = pickEncoding(req.headers['accept-encoding'], e.have);
			/** @type {[string, string][]} */
			const head = [...e.head, ['etag', variantTag(rep.etag, encoding)]];
			if (isCurrent(req.headers, variantTag(rep.etag, encoding))) {
				writeHead(res, 304, head);
				res.end();
				return true;
			}
			const body = (encoding && rep[encoding]) || rep.identity;
			head.push(['content-type', rep.type], ['content-length', String(body.length)]);
			if (encoding) head.push(['content-encoding', encoding]);
			writeHead(res, 200, head);
			res.end(req.method === 'HEAD' ? undefined : body);
			return true;
		}
	};
}

/**
 * Sets the headers in the order adapter-node does (a Response's headers iterate sorted by name).
 * @param {import('node:http').ServerResponse} res @param {number} status @param {[string, string][]} head
 */
function writeHead(res, status, head) {
	head.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	for (const [k, v] of head) res.setHeader(k, v);
	res.writeHead(status);
}
