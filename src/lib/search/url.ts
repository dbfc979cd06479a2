/** The search's `q` URL parameter: `/?q=Boukamal` opens the page with the box filled and its results shown. */

export const Q_PARAM = 'q';
/** Longer queries are cut: nobody types a name this long, and the URL stays bounded. */
export const MAX_QUERY = 200;

/**
 * The query a URL carries, trimmed and bounded; '' when none.
 * @example queryFromUrl(new URL('http://x/?q=al%20Hol')) // 'al Hol'
 */
export function queryFromUrl(url: URL): string {
	return (url.searchParams.get(Q_PARAM) ?? '').trim().slice(0, MAX_QUERY);
}

/**
 * `url` with `q` set to `query` (removed when blank), every other parameter and the hash kept,
 * as a path relative to the origin.
 * @example queryHref('al Hol', new URL('http://x/?place=kirkuk#5/34/41')) // '/?place=kirkuk&q=al+Hol#5/34/41'
 */
export function queryHref(query: string, url: { pathname: string; search: string; hash: string }): string {
	const params = new URLSearchParams(url.search);
	const q = query.trim().slice(0, MAX_QUERY);
	if (q) params.set(Q_PARAM, q);
	else params.delete(Q_PARAM);
	const s = params.toString();
	return `${url.pathname}${s ? `?${s}` : ''}${url.hash}`;
}
