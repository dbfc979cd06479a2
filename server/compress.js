/**
 * Compression of the app's dynamic pages (SvelteKit renders `/`, `/articles/{id}`… as text/html
 * with no Content-Encoding; about 20 KB for the home page, a quarter of that gzipped). The cached
 * API answers and the static files come precompressed and are not touched here.
 *
 * Only where it is safe: GET or HEAD without Range, a 200 text/html answer with no encoding yet,
 * not `Cache-Control: no-transform`, not under 1 KB, and an Accept-Encoding that takes br or gzip.
 * The answer then gets Content-Encoding, `Vary: Accept-Encoding`, no Content-Length (it is sent
 * chunked), and its ETag marked with the encoding (`"x"` → `"x-br"`) as the static files' are.
 * Each write is flushed through, so a streamed page still arrives as it is rendered.
 */
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { chooseEncoding } from './encoding.js';

/** Bodies smaller than this are sent as they are. */
const MIN_BYTES = 1024;

/**
 * The encoding to compress an answer with, or null to send it as it is. Pure.
 * @param {{ method?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @param {number} status
 * @param {import('node:http').OutgoingHttpHeaders} headers the answer's headers, lower-case names
 * @returns {'br' | 'gzip' | null}
 */
export function pageEncoding(req, status, headers) {
	if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range !== undefined || status !== 200) return null;
	if (!/^text\/html\b/i.test(String(headers['content-type'] ?? ''))) return null;
	if (headers['content-encoding'] !== undefined) return null;
	if (/\bno-transform\b/i.test(String(headers['cache-control'] ?? ''))) return null;
	const length = headers['content-length'];
	if (length !== undefined && Number(length) < MIN_BYTES) return null;
	return chooseEncoding(req.headers['accept-encoding'], { br: true, gzip: true });
}

/**
 * `"x"` → `"x-gz"`, `W/"x"` → `W/"x-gz"`: another representation, another tag.
 * @param {string} etag @param {'br' | 'gzip'} encoding
 */
export function encodedTag(etag, encoding) {
	const m = /^(W\/)?"(.*)"$/.exec(etag.trim());
	return m ? `${m[1] ?? ''}"${m[2]}-${encoding === 'gzip' ? 'gz' : 'br'}"` : etag;
}

/**
 * Makes `res` compress its body when the answer written to it turns out to be a page that
 * `pageEncoding` allows. Call before handing `res` to the app.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function compressPages(req, res) {
	if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.headers['accept-encoding']) return;
	const writeHead = res.writeHead;
	const write = res.write;
	const end = res.end;
	const send = /** @type {(chunk: Buffer) => boolean} */ (write).bind(res);
	const finish = /** @type {(cb?: () => void) => void} */ (end).bind(res);
	/** @type {import('node:zlib').Gzip | import('node:zlib').BrotliCompress | null} */
	let z = null;

	/** @param {...unknown} args */
	res.writeHead = function (...args) {
		res.writeHead = writeHead;
		// Headers passed here (rather than set before) are not looked at: the answer is sent as it is.
		const encoding = args.length === 1 ? pageEncoding(req, Number(args[0]), res.getHeaders()) : null;
		if (encoding) {
			res.setHeader('content-encoding', encoding);
			res.removeHeader('content-length');
			const vary = res.getHeader('vary');
			res.setHeader('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
			const etag = res.getHeader('etag');
			if (typeof etag === 'string') res.setHeader('etag', encodedTag(etag, encoding));
			if (req.method === 'GET') z = start(encoding);
		}
		return writeHead.apply(res, /** @type {Parameters<typeof writeHead>} */ (/** @type {unknown} */ (args)));
	};

	/** @param {'br' | 'gzip'} encoding */
	function start(encoding) {
		const c =
			encoding === 'br'
				? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
				: createGzip({ level: 6 });
		c.on('data', (/** @type {Buffer} */ chunk) => {
			if (!send(chunk)) c.pause();
		});
		res.on('drain', () => c.resume());
		// The app waits for 'drain' when a write returned false.
		c.on('drain', () => res.emit('drain'));
		c.on('error', (e) => res.destroy(e));
		// The client went away: stop compressing.
		res.on('close', () => c.destroy());
		return c;
	}

	/** Writes the head the way Node would, through our writeHead, before the first byte. */
	function head() {
		if (!res.headersSent) res.writeHead(res.statusCode);
	}

	/** @param {unknown} chunk @param {unknown} encoding */
	function bytes(chunk, encoding) {
		return typeof chunk === 'string' ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')) : /** @type {Uint8Array} */ (chunk);
	}

	/** @param {...any} args */
	res.write = function (...args) {
		head();
		if (!z) return write.apply(res, /** @type {Parameters<typeof write>} */ (/** @type {unknown} */ (args)));
		const [chunk, encoding, cb] = args;
		const ok = z.write(bytes(chunk, encoding));
		z.flush(() => (typeof encoding === 'function' ? encoding() : typeof cb === 'function' ? cb() : undefined));
		return ok;
	};

	/** @param {...any} args */
	res.end = function (...args) {
		head();
		if (!z) return end.apply(res, /** @type {Parameters<typeof end>} */ (/** @type {unknown} */ (args)));
		const cb = args.find((a) => typeof a === 'function');
		const [chunk, encoding] = args;
		if (chunk != null && typeof chunk !== 'function') z.write(bytes(chunk, encoding));
		z.once('end', () => finish(cb));
		z.end();
		return res;
	};
}
