/**
 * The app's static files (build/client: /_app/…, /glyphs/…, /robots.txt), sent by `send` — the
 * library under Express's serve-static — rather than by adapter-node's sirv, which answers
 * `Range: bytes=5-1` with a 206 of length -3 and `bytes=0-0` with the whole file. `send` gives
 * Range by RFC 9110 through `range-parser` (one range → 206, none satisfiable → 416 with
 * `Content-Range: bytes * /size`, several → the whole file, If-Range honoured), HEAD, 304 by
 * `fresh`, and Cache-Control. What is ours, and why:
 *  - the files are listed once at start-up (a URL path → file set): only those are ever sent, and
 *    every other request goes on to the app without touching the disk;
 *  - the precompressed .br / .gz siblings adapter-node writes (`precompress: true`), picked by
 *    negotiate.js as the cached API answers are, with `Vary: Accept-Encoding`; a Range is always
 *    of the identity bytes;
 *  - strong ETags from the bytes sent (send's are weak, from size and mtime, and If-Range needs
 *    a strong one), hashed on first request and kept;
 *  - the type of a variant is its original's, by send's own lookup (mime-types), and glyph
 *    ranges (.pbf, unknown to mime-db) are application/x-protobuf;
 *  - the non-page CSP on everything but scripts (a worker script's CSP would bind the worker).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative, sep } from 'node:path';
import send from 'send';
import { pickEncoding } from './negotiate.js';
import { NON_PAGE_CSP } from './security.js';

/** send's own MIME lookup, so a .br variant is typed exactly as send types its original. */
const mime = /** @type {{ contentType(ext: string): string | false }} */ (createRequire(createRequire(import.meta.url).resolve('send'))('mime-types'));
/** MapLibre's glyph ranges: protocol buffers, which mime-db does not list. */
const EXTRA_TYPES = /** @type {Record<string, string>} */ ({ '.pbf': 'application/x-protobuf' });
/** @type {Record<import('./negotiate.js').Encoding, string>} */
const SUFFIX = { br: '.br', gzip: '.gz' };
/** send's refusals that are answers about the file, not a sign to hand the request on. */
const REFUSALS = /** @type {Record<number, string>} */ ({
	412: 'The file does not match the If-Match or If-Unmodified-Since precondition.',
	416: 'This range cannot be satisfied: Content-Range gives the size of the file.'
});
/** Headers set here before send runs, taken back if it hands the request on to the app. */
const OURS = ['content-type', 'content-encoding', 'content-security-policy', 'etag', 'vary'];

/** @param {string} dir @returns {Generator<string>} */
function* walk(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else if (entry.isFile()) yield path;
	}
}

/** The URL path of every file under `root` (`/glyphs/Noto Sans Regular,…/0-255.pbf`, decoded). @param {string} root */
export function listFiles(root) {
	/** @type {Set<string>} */
	const files = new Set();
	if (existsSync(root)) for (const file of walk(root)) files.add('/' + relative(root, file).split(sep).join('/'));
	return files;
}

/** @param {string} path */
function typeOf(path) {
	const ext = extname(path).toLowerCase();
	return EXTRA_TYPES[ext] ?? (mime.contentType(ext) || 'application/octet-stream');
}

/**
 * A request handler for the files under `root`; calls `next()` for anything else.
 * @param {string} root
 * @param {{ immutable?: (path: string) => boolean }} [options] which paths never change (hashed names): cached for a year
 */
export function staticFiles(root, { immutable = (path) => path.startsWith('/_app/immutable/') } = {}) {
	const files = listFiles(root);
	/** @type {Map<string, string>} */
	const etags = new Map();
	const etagOf = (/** @type {string} */ path) => {
		let tag = etags.get(path);
		if (!tag) etags.set(path, (tag = `"${createHash('sha256').update(readFileSync(join(root, path))).digest('base64url').slice(0, 22)}"`));
		return tag;
	};

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {() => void} next
	 */
	return (req, res, next) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') return next();
		const raw = (req.url ?? '/').split('?')[0];
		let path;
		try {
			path = decodeURIComponent(raw);
		} catch {
			return next(); // not a file name; the app answers 400
		}
		// The variants are sent only as variants of their original.
		if (!files.has(path) || path.endsWith('.br') || path.endsWith('.gz')) return next();

		const have = /** @type {import('./negotiate.js').Encoding[]} */ (['br', 'gzip']).filter((e) => files.has(path + SUFFIX[e]));
		const encoding = req.headers.range === undefined ? pickEncoding(req.headers['accept-encoding'], have) : null;
		const sent = encoding ? path + SUFFIX[encoding] : path;
		const type = typeOf(path);
		res.setHeader('content-type', type);
		res.setHeader('etag', etagOf(sent));
		if (have.length) res.setHeader('vary', 'Accept-Encoding');
		if (encoding) res.setHeader('content-encoding', encoding);
		if (!type.startsWith('text/javascript')) res.setHeader('content-security-policy', NON_PAGE_CSP);

		const forever = immutable(path);
		send(req, encoding ? raw + SUFFIX[encoding] : raw, { root, index: false, dotfiles: 'allow', maxAge: forever ? '1y' : 0, immutable: forever })
			.on('error', (/** @type {{ status?: number, headers?: Record<string, string> }} */ err) => {
				const message = err.status ? REFUSALS[err.status] : undefined;
				if (message) {
					// A 416 carries send's Content-Range: bytes */size; the body says it in words.
					const body = `${message}\n`;
					res.statusCode = /** @type {number} */ (err.status);
					res.setHeader('content-type', 'text/plain; charset=utf-8');
					res.setHeader('content-length', String(Buffer.byteLength(body)));
					res.removeHeader('content-encoding');
					return res.end(req.method === 'HEAD' ? undefined : body);
				}
				// Gone since start-up, or not a file after all: the app answers.
				if (res.headersSent) return res.destroy();
				for (const h of [...OURS, 'cache-control', 'accept-ranges', 'last-modified', 'content-range']) res.removeHeader(h);
				next();
			})
			.pipe(res);
	};
}
