/**
 * Answers that are computed once per data version and then served as bytes: serialised once,
 * compressed once (gzip and brotli), with a strong ETag. The data changes only when the server
 * restarts (a new atlas object), so `Cache-Control: no-cache` — a client keeps the body and asks
 * again with If-None-Match, and gets a 304 without a body while the data is the same.
 *
 *   const rep = cached(atlas, `layer:${id}`, () => prepare(JSON.stringify(fc), 'application/geo+json'));
 *   return respond(request, rep, { 'content-disposition': … });
 *
 * `cached` keys by the data object (a WeakMap), so a rebuilt atlas never sees old bodies.
 *
 * `npm run data` prepares every unfiltered answer the same way and stores it (tools/lib/served.ts),
 * so the production server sends those as files (src/lib/server/node/served.js) with the headers
 * `respond` gives. Which variant and whether a copy is current are decided by
 * src/lib/server/node/negotiate.js, the same rule the served files and the static files follow.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isCurrent, pickEncoding, variantTag, type Encoding } from './node/negotiate.js';

export interface Representation {
	readonly type: string;
	readonly identity: Uint8Array;
	readonly gzip?: Uint8Array;
	readonly br?: Uint8Array;
	/** Strong ETag of the identity bytes; the compressed variants add -gz / -br. */
	readonly etag: string;
}

/** Bodies smaller than this are not worth compressing. */
const MIN_COMPRESS = 1024;

/**
 * Compression strength by body size: full strength for the usual layers (it happens once per
 * data version), less for tens of megabytes, where brotli 11 would hold the one server thread for
 * minutes (`npm run bench`: a 150 MB layer of 100,000 incidents) for a few per cent of bytes.
 * Not below gzip 6 / brotli 5 though: on that 150 MB layer they take 3 s and 2 s once, and send
 * 9 % and 16 % fewer bytes on every request than gzip 4 / brotli 4 (zlib's default is 6).
 */
export function strength(bytes: number): { gzip: number; br: number } {
	if (bytes <= 2 ** 21) return { gzip: 9, br: 11 };
	if (bytes <= 2 ** 24) return { gzip: 6, br: 7 };
	return { gzip: 6, br: 5 };
}

/**
 * Bytes ready to serve: the body, its ETag and (with `compress`, the default) gzip and brotli
 * variants, as strong as `strength` allows for the size.
 */
export function prepare(body: string | Uint8Array, type: string, compress = true): Representation {
	const identity = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
	if (!compress || identity.length < MIN_COMPRESS) return { type, identity, etag };
	const level = strength(identity.length);
	return {
		type,
		identity,
		etag,
		gzip: gzipSync(identity, { level: level.gzip }),
		br: brotliCompressSync(identity, {
			params: { [constants.BROTLI_PARAM_QUALITY]: level.br, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT }
		})
	};
}

const store = new WeakMap<object, Map<string, Representation>>();

/** The encodings `rep` is stored in. */
function encodings(rep: Representation): Encoding[] {
	return rep.br ? (rep.gzip ? ['br', 'gzip'] : ['br']) : rep.gzip ? ['gzip'] : [];
}

/** The representation of `key` for this version of the data, made on first use. */
export function cached(version: object, key: string, make: () => Representation): Representation {
	let m = store.get(version);
	if (!m) store.set(version, (m = new Map()));
	let rep = m.get(key);
	if (!rep) m.set(key, (rep = make()));
	return rep;
}

/**
 * A 200 with the best variant for the request, or a 304 when the client's copy is that variant.
 * `Vary: Accept-Encoding` always: the server compresses what is not stored compressed.
 */
export function respond(request: Request, rep: Representation, extra: Record<string, string> = {}): Response {
	const encoding = pickEncoding(request.headers.get('accept-encoding'), encodings(rep));
	const etag = variantTag(rep.etag, encoding);
	const headers: Record<string, string> = { 'cache-control': 'no-cache', vary: 'Accept-Encoding', etag, ...extra };
	if (isCurrent({ 'if-none-match': request.headers.get('if-none-match'), 'cache-control': request.headers.get('cache-control') }, etag))
		return new Response(null, { status: 304, headers });
	const body = (encoding ? rep[encoding] : rep.identity) as Uint8Array;
	headers['content-type'] = rep.type;
	headers['content-length'] = String(body.length);
	if (encoding) headers['content-encoding'] = encoding;
	return new Response(body as BodyInit, { headers });
}

/** A JSON answer made once per data version and key, then served as `respond` does. */
export function cachedJson(request: Request, version: object, key: string, make: () => unknown): Response {
	return respond(request, cached(version, key, () => prepare(JSON.stringify(make()), 'application/json')));
}
