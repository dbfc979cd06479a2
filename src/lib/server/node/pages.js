/**
 * Compression of what the app renders on request (pages, filtered API answers): the `compression`
 * middleware — brotli or gzip by Accept-Encoding (negotiator), `Vary: Accept-Encoding`, not under
 * 1 KB, not for types that do not compress, not for `Cache-Control: no-transform`, never twice
 * (the cached API answers and static files arrive with their Content-Encoding and pass through).
 *
 * Three settings of ours: only successful answers are compressed (an error is sent as written,
 * readable by any client, and its size never depends on the compressor); every write is flushed, so a page SvelteKit streams arrives as it is
 * rendered rather than when the compressor's buffer fills; and a HEAD is compressed as its GET
 * would be — compression leaves HEAD answers alone, which would give them other headers than the
 * GET's (RFC 9110 §9.3.2 wants the same); Node sends no body for a HEAD either way.
 */
import compression from 'compression';
import { constants } from 'node:zlib';

const compress = compression({
	filter: (req, res) => res.statusCode < 300 && compression.filter(req, res),
	flush: constants.Z_SYNC_FLUSH,
	// Per request, so brotli 4 (compression's default) and text mode; flushed like gzip.
	brotli: { flush: constants.BROTLI_OPERATION_FLUSH, params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }
});

/**
 * Makes `res` compress what the app writes to it, when the answer allows. Call before the app.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} next
 */
export function compressAnswers(req, res, next) {
	const asSent = req.method === 'HEAD' ? Object.create(req, { method: { value: 'GET' } }) : req;
	compress(asSent, /** @type {import('express').Response} */ (/** @type {unknown} */ (res)), next);
}
