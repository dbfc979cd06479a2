/**
 * Compression of the app's dynamic pages (SvelteKit renders `/`, `/articles/{id}`… as text/html
 * with no Content-Encoding; about 20 KB for the home page, a quarter of that gzipped). The cached
 * API answers and the static files come precompressed and are not touched here.
 *
 * Only where it is safe: GET or HEAD without Range, a 200 text/html answer with no encoding yet,
 * not `Cache-Control: no-transform`, not under 1 KB, and an Accept-Encoding that takes br or gzip.
 * The answer then gets Content-Encoding, `Vary: Accept-Encoding` and its ETag marked with the
 * encoding (`"x"` → `"x-br"`) as the static files' are. A page written all at once (the usual
 * case) is compressed in one go and sent with its Content-Length; one the app is still writing
 * when it yields to the event loop is streamed, each write flushed through, so it still arrives
 * as it is rendered.
 */
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import { chooseEncoding } from './encoding.js';

/** Bodies smaller than this are sent as they are. */
const MIN_BYTES = 1024;
/** Per request, so fast settings: brotli 4 is a few times cheaper than 5 for ~5 % more bytes. */
const BR_QUALITY = 4;
const GZIP_LEVEL = 6;

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
	const send = /** @type {(chunk: Uint8Array) => boolean} */ (write).bind(res);
	const finish = /** @type {(chunk?: Uint8Array | (() => void), cb?: () => void) => void} */ (end).bind(res);
	const sendHead = () => /** @type {(status: number) => void} */ (writeHead).call(res, status);
	/** 'plain': as it is; 'hold': compressing, the head and the chunks so far kept; 'stream': compressing as written. */
	let mode = /** @type {'undecided' | 'plain' | 'hold' | 'stream'} */ ('undecided');
	let status = 200;
	/** @type {'br' | 'gzip'} */
	let encoding = 'gzip';
	/** @type {Uint8Array[]} */
	const held = [];
	/** @type {NodeJS.Immediate | undefined} */
	let later;
	/** @type {import('node:zlib').Gzip | import('node:zlib').BrotliCompress | null} */
	let z = null;

	/** @param {...unknown} args */
	res.writeHead = function (...args) {
		res.writeHead = writeHead;
		// Headers passed here (rather than set before) are not looked at: the answer is sent as it is.
		const chosen = args.length === 1 ? pageEncoding(req, Number(args[0]), res.getHeaders()) : null;
		mode = 'plain';
		if (chosen) {
			encoding = chosen;
			res.setHeader('content-encoding', encoding);
			res.removeHeader('content-length');
			const vary = res.getHeader('vary');
			res.setHeader('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
			const etag = res.getHeader('etag');
			if (typeof etag === 'string') res.setHeader('etag', encodedTag(etag, encoding));
			// A GET's body is kept until it ends or the app pauses: a page written at once is then
			// compressed in one go, with a Content-Length; a page still being written streams.
			if (req.method === 'GET') {
				mode = 'hold';
				status = Number(args[0]);
				return res;
			}
		}
		return writeHead.apply(res, /** @type {Parameters<typeof writeHead>} */ (/** @type {unknown} */ (args)));
	};

	/** The app is waiting for something: send what there is and stream the rest. */
	function toStream() {
		later = undefined;
		if (mode !== 'hold' || res.destroyed) return;
		mode = 'stream';
		sendHead();
		z =
			encoding === 'br'
				? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BR_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
				: createGzip({ level: GZIP_LEVEL });
		const c = z;
		c.on('data', (/** @type {Buffer} */ chunk) => {
			if (!send(chunk)) c.pause();
		});
		res.on('drain', () => c.resume());
		// The app waits for 'drain' when a write returned false.
		c.on('drain', () => res.emit('drain'));
		c.on('error', (e) => res.destroy(e));
		// The client went away: stop compressing.
		res.on('close', () => c.destroy());
		for (const chunk of held.splice(0)) c.write(chunk);
		c.flush();
	}

	/** Decides, the way Node's implicit head would, before the first byte. */
	function decide() {
		if (mode === 'undecided' && !res.headersSent) res.writeHead(res.statusCode);
	}

	/** @param {unknown} chunk @param {unknown} enc */
	function bytes(chunk, enc) {
		return typeof chunk === 'string' ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof enc === 'string' ? enc : 'utf8')) : /** @type {Uint8Array} */ (chunk);
	}

	/** @param {...any} args */
	res.write = function (...args) {
		decide();
		const [chunk, enc, cb] = args;
		const done = typeof enc === 'function' ? enc : typeof cb === 'function' ? cb : undefined;
		if (mode === 'hold') {
			held.push(bytes(chunk, enc));
			later ??= setImmediate(toStream);
			if (done) queueMicrotask(done);
			return true;
		}
		if (!z) return write.apply(res, /** @type {Parameters<typeof write>} */ (/** @type {unknown} */ (args)));
		const ok = z.write(bytes(chunk, enc));
		z.flush(() => done?.());
		return ok;
	};

	/** @param {...any} args */
	res.end = function (...args) {
		decide();
		const cb = args.find((a) => typeof a === 'function');
		const [chunk, enc] = args;
		const last = chunk != null && typeof chunk !== 'function' ? bytes(chunk, enc) : null;
		if (mode === 'hold') {
			if (later) clearImmediate(later);
			mode = 'plain';
			if (last) held.push(last);
			const whole = Buffer.concat(held);
			const body =
				encoding === 'br'
					? brotliCompressSync(whole, { params: { [constants.BROTLI_PARAM_QUALITY]: BR_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: whole.length } })
					: gzipSync(whole, { level: GZIP_LEVEL });
			res.setHeader('content-length', String(body.length));
			sendHead();
			finish(body, cb);
			return res;
		}
		if (!z) return end.apply(res, /** @type {Parameters<typeof end>} */ (/** @type {unknown} */ (args)));
		if (last) z.write(last);
		z.once('end', () => finish(cb));
		z.end();
		return res;
	};
}
