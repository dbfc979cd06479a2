/**
 * The fast path for the app's already-serialised answers (src/lib/server/cache.ts: a layer, the
 * map model, a place, an incident, an article). Once the app has answered `GET /api/places/x`
 * from its cache, cache.ts registers the bytes here under that exact path; later requests for the
 * path are answered from the Buffer with one `res.end(buf)` before SvelteKit sees them, with the
 * headers the app's own answer has (cache.ts `respond()` plus hooks.server.ts' security headers).
 *
 * Only where that is the same answer: GET or HEAD, a registered path, no query string at all (a
 * filtered or download request goes through the app). The registry lives on `globalThis` because
 * two copies of this module run in one process (the SvelteKit bundle and build/harden/). It
 * belongs to one data version: `setVersion` (called when the atlas is built) empties it, and only
 * bodies of the current version are registered or served, so a body of an old atlas is never
 * sent after a reload. `ATLAS_FASTPATH=0` turns the fast path off (everything goes to the app).
 */
import { chooseEncoding, etagMatches } from './encoding.js';
import { NON_PAGE_CSP, SECURITY_HEADERS } from './security.js';

/**
 * What cache.ts prepares (its `Representation`).
 * @typedef {{ type: string, identity: Uint8Array, gzip?: Uint8Array, br?: Uint8Array, etag: string }} Rep
 */
/**
 * One registered answer. `head` holds every header but content-length, content-encoding and
 * content-type, lower-case names as the app sends them.
 * @typedef {{ version: object, rep: Rep, head: [string, string][], tags: string[] }} Entry
 */
/** @typedef {{ version: object | null, entries: Map<string, Entry> }} Registry */

const KEY = Symbol.for('frontier-atlas.fastpath');

/** The process's registry, shared by every copy of this module. @returns {Registry} */
export function registry() {
	const g = /** @type {Record<symbol, Registry | undefined>} */ (/** @type {unknown} */ (globalThis));
	return (g[KEY] ??= { version: null, entries: new Map() });
}

/** A new data version: every registered body belongs to the old one and is dropped. @param {object} version */
export function setVersion(version) {
	const r = registry();
	if (r.version === version) return;
	r.version = version;
	r.entries.clear();
}

/** The ETags of every variant of `rep`: a client's copy of any of them is current. @param {Rep} rep */
export function variantTags(rep) {
	const base = rep.etag.slice(0, -1);
	return [rep.etag, `${base}-gz"`, `${base}-br"`];
}

/** The ETag of the variant sent with `encoding`. @param {Rep} rep @param {'br' | 'gzip' | null} encoding */
export function variantTag(rep, encoding) {
	return encoding ? `${rep.etag.slice(0, -1)}-${encoding === 'gzip' ? 'gz' : 'br'}"` : rep.etag;
}

/**
 * Registers the answer of `path` (a URL path without query) for `version`; ignored unless
 * `version` is the current data version.
 * @param {string} path @param {object} version @param {Rep} rep @param {Record<string, string>} [extra] headers the app adds
 */
export function register(path, version, rep, extra = {}) {
	const r = registry();
	if (version !== r.version || !path.startsWith('/') || path.includes('?')) return;
	/** @type {Record<string, string>} */
	const all = { 'cache-control': 'no-cache', ...lower(extra) };
	all['content-security-policy'] ??= NON_PAGE_CSP;
	Object.assign(all, SECURITY_HEADERS);
	if (rep.gzip || rep.br) all.vary = 'Accept-Encoding';
	for (const k of ['content-length', 'content-encoding', 'content-type', 'etag']) delete all[k];
	r.entries.set(path, { version, rep, head: Object.entries(all), tags: variantTags(rep) });
}

/** @param {Record<string, string>} h */
function lower(h) {
	return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The entry `req` may be answered from, if any. @param {import('node:http').IncomingMessage} req */
export function lookup(req) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
	const url = req.url;
	if (!url || url.includes('?')) return undefined;
	const r = registry();
	const e = r.entries.get(url);
	return e && e.version === r.version ? e : undefined;
}

/**
 * Answers `req` from the registry when it may: true when it did, false to let the app answer.
 * The security headers are already on `res` (server/index.js sets them first), as for the app.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function fastPath(req, res) {
	const e = lookup(req);
	if (!e) return false;
	const { rep } = e;
	const encoding = chooseEncoding(req.headers['accept-encoding'], rep);
	/** @type {[string, string][]} */
	const head = [...e.head, ['etag', variantTag(rep, encoding)]];
	if (etagMatches(req.headers['if-none-match'], e.tags)) {
		writeHead(res, 304, head);
		res.end();
		return true;
	}
	const body = (encoding && rep[encoding]) || rep.identity;
	head.push(['content-type', rep.type], ['content-length', String(body.length)]);
	if (encoding) head.push(['content-encoding', encoding]);
	writeHead(res, 200, head);
	if (req.method === 'HEAD') res.end();
	else res.end(body);
	return true;
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
