/**
 * Content negotiation shared by the static files (server/static.js) and the API's cached answers
 * (src/lib/server/cache.ts): which precompressed variant to send, and whether the client's ETag
 * is current. Pure.
 */

/**
 * brotli, then gzip, when Accept-Encoding takes it (q > 0, `*` included) and the variant exists.
 * @param {string | null | undefined} accept the Accept-Encoding header
 * @param {{ br?: unknown, gzip?: unknown }} have
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(accept, have) {
	if (!accept) return null;
	/** @type {Map<string, number>} */
	const q = new Map();
	for (const part of accept.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qp ? Number(qp.slice(2)) : 1;
		q.set(name.trim(), Number.isFinite(value) ? value : 0);
	}
	const ok = (/** @type {string} */ name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
	if (have.br && ok('br')) return 'br';
	if (have.gzip && ok('gzip')) return 'gzip';
	return null;
}

/**
 * True when If-None-Match is `*` or lists one of `etags` (weak comparison, RFC 9110 §13.1.2).
 * @param {string | null | undefined} header
 * @param {Iterable<string>} etags
 */
export function etagMatches(header, etags) {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const ours = new Set([...etags].map((t) => t.replace(/^W\//, '')));
	return header.split(',').some((t) => ours.has(t.trim().replace(/^W\//, '')));
}
