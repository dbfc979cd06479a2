/**
 * The app's static files (build/client: /_app/…, /glyphs/…, /robots.txt), served by us rather than
 * by adapter-node's sirv, which answers `Range: bytes=5-1` with a 206 of length -3 and
 * `bytes=0-0` with the whole file. Here:
 *  - files are indexed once at start-up (a URL path → file map: nothing outside it is ever read);
 *  - strong ETags from the bytes, 304 on If-None-Match;
 *  - precompressed .br / .gz siblings (adapter-node `precompress: true`) chosen by Accept-Encoding,
 *    with `Vary: Accept-Encoding`;
 *  - `Range` by RFC 9110 (server/range.js): 206 with Content-Range, 416 with `bytes * /size`,
 *    several ranges answered 200 whole, If-Range honoured;
 *  - correct types (glyph .pbf as application/x-protobuf) and `nosniff` on all of them.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { chooseEncoding, etagMatches } from './encoding.js';
import { parseRange } from './range.js';
import { NON_PAGE_CSP } from './security.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.pbf': 'application/x-protobuf',
	'.geojson': 'application/geo+json',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json'
};

/** @typedef {{ file: string, size: number, etag: string }} Variant */
/** @typedef {{ identity: Variant, br?: Variant, gzip?: Variant, type: string, immutable: boolean }} StaticFile */

/** @param {string} dir @returns {Generator<string>} */
function* walk(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else if (entry.isFile()) yield path;
	}
}

/** @param {string} file @param {string} suffix */
function variant(file, suffix) {
	const bytes = readFileSync(file);
	const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
	return { file, size: bytes.length, etag: `"${hash}${suffix}"` };
}

/**
 * Every file under `root`, by its URL path (`/glyphs/Noto Sans Regular,…/0-255.pbf`, decoded).
 * @param {string} root
 * @returns {Map<string, StaticFile>}
 */
export function indexStatic(root) {
	/** @type {Map<string, StaticFile>} */
	const files = new Map();
	if (!existsSync(root)) return files;
	for (const file of walk(root)) {
		if (file.endsWith('.br') || file.endsWith('.gz')) continue;
		const url = '/' + relative(root, file).split(sep).join('/');
		/** @type {StaticFile} */
		const entry = {
			identity: variant(file, ''),
			type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
			immutable: url.startsWith('/_app/immutable/')
		};
		if (existsSync(file + '.br')) entry.br = variant(file + '.br', '-br');
		if (existsSync(file + '.gz')) entry.gzip = variant(file + '.gz', '-gz');
		files.set(url, entry);
	}
	return files;
}

/**
 * A request handler for the indexed files; calls `next()` for anything else.
 * @param {string} root
 */
export function staticFiles(root) {
	const files = indexStatic(root);
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
		const f = files.get(path);
		if (!f) return next();

		const range = req.headers.range;
		const ifRange = req.headers['if-range'];
		const rangeApplies = range !== undefined && (ifRange === undefined || ifRange === f.identity.etag);
		// A range is of the identity bytes; otherwise the best encoding the client takes.
		const encoding = rangeApplies ? null : chooseEncoding(req.headers['accept-encoding'], f);
		const v = (encoding && f[encoding]) || f.identity;

		res.setHeader('content-type', f.type);
		res.setHeader('etag', v.etag);
		res.setHeader('accept-ranges', 'bytes');
		res.setHeader('cache-control', f.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
		if (f.br || f.gzip) res.setHeader('vary', 'Accept-Encoding');
		if (!f.type.startsWith('text/javascript')) res.setHeader('content-security-policy', NON_PAGE_CSP);

		if (etagMatches(req.headers['if-none-match'], [v.etag])) {
			res.statusCode = 304;
			return res.end();
		}

		/** @type {{ start: number, end: number } | null} */
		let slice = null;
		if (rangeApplies) {
			const r = parseRange(range, f.identity.size);
			if (r.kind === 'unsatisfiable') {
				res.statusCode = 416;
				res.setHeader('content-range', `bytes */${f.identity.size}`);
				res.setHeader('content-type', 'text/plain; charset=utf-8');
				return res.end(`This range cannot be satisfied: the file has ${f.identity.size} bytes.\n`);
			}
			if (r.kind === 'range') slice = r;
		}
		if (encoding) res.setHeader('content-encoding', encoding);
		if (slice) {
			res.statusCode = 206;
			res.setHeader('content-range', `bytes ${slice.start}-${slice.end}/${f.identity.size}`);
			res.setHeader('content-length', String(slice.end - slice.start + 1));
		} else {
			res.statusCode = 200;
			res.setHeader('content-length', String(v.size));
		}
		if (req.method === 'HEAD') return res.end();
		const stream = createReadStream(v.file, slice ?? undefined);
		stream.on('error', () => res.destroy());
		stream.pipe(res);
	};
}

