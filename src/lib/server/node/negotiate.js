/**
 * Which stored encoding of an answer to send, its ETag, and whether the client's copy is current —
 * one rule for the static files (static.js), the app's cached answers (src/lib/server/cache.ts)
 * and the served build (served.js), so the same request gets the same variant whichever answers it.
 * The parsing is `negotiator`'s (Accept-Encoding, q-values, `*`) and `fresh`'s (If-None-Match,
 * weak comparison, `*`, a request's `Cache-Control: no-cache`).
 */
import fresh from 'fresh';
import Negotiator from 'negotiator';

/** @typedef {'br' | 'gzip'} Encoding */

/**
 * The best of the encodings `have` for this Accept-Encoding, brotli before gzip at equal q; null
 * for the identity bytes (no header, `identity`, or nothing acceptable: never a 406).
 * @param {string | null | undefined} accept the Accept-Encoding header
 * @param {Encoding[]} have the encodings stored
 * @returns {Encoding | null}
 */
export function pickEncoding(accept, have) {
	if (!accept || have.length === 0) return null;
	// negotiator 1's `preferred` (the order at equal q; without it the client's order wins, and
	// browsers list gzip first) is newer than @types/negotiator.
	const negotiator = /** @type {{ encoding(available: string[], options: { preferred: string[] }): string | undefined }} */ (
		/** @type {unknown} */ (new Negotiator({ headers: { 'accept-encoding': accept } }))
	);
	const chosen = negotiator.encoding([...have, 'identity'], { preferred: have });
	return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/**
 * The strong ETag of one encoding of a body whose identity tag is `etag`: `"x"` → `"x-br"`.
 * Another representation, another tag (RFC 9110 §8.8.3).
 * @param {string} etag @param {Encoding | null} encoding
 */
export function variantTag(etag, encoding) {
	return encoding ? `${etag.slice(0, -1)}-${encoding === 'gzip' ? 'gz' : 'br'}"` : etag;
}

/**
 * True when the client's copy, by If-None-Match, is the one tagged `etag`: answer 304.
 * @param {{ 'if-none-match'?: string | null, 'cache-control'?: string | null }} request
 * @param {string} etag
 */
export function isCurrent(request, etag) {
	const ifNoneMatch = request['if-none-match'];
	if (!ifNoneMatch) return false;
	return fresh({ 'if-none-match': ifNoneMatch, 'cache-control': request['cache-control'] ?? undefined }, { etag });
}
