/**
 * "Back to the map" returns to the state an article was opened from: a link to an article carries
 * the map's whole state — its query (filters, selection, search, language) and its hash (the
 * camera) — in `?back=`, and the article page's back link is `/` plus that. Only a query and hash
 * are ever carried, so the back link cannot lead off the atlas.
 *
 * @example withFrom('/articles/a#m-3', '?place=kirkuk#6/35/41') // '/articles/a?back=%3Fplace%3Dkirkuk%236%2F35%2F41#m-3'
 * @example backHref(new URL('https://x/articles/a?back=%3Fplace%3Dkirkuk')) // '/?place=kirkuk'
 */

export const FROM_PARAM = 'back';
const MAX = 4000;

/** The map's state to carry: its query and hash, when the page is the map; '' elsewhere. */
export function mapState(loc: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
	return loc.pathname === '/' ? `${loc.search}${loc.hash}` : '';
}

/** `href` with the map's state in `?back=` (before any #fragment); unchanged when there is none. */
export function withFrom(href: string, state: string): string {
	if (!state) return href;
	const at = href.indexOf('#');
	const [path, frag] = at < 0 ? [href, ''] : [href.slice(0, at), href.slice(at)];
	return `${path}${path.includes('?') ? '&' : '?'}${FROM_PARAM}=${encodeURIComponent(state)}${frag}`;
}

/** Where "Back to the map" leads: the carried state on the map page, or the map as it opens. */
export function backHref(url: URL): string {
	const from = url.searchParams.get(FROM_PARAM) ?? '';
	if (from.length > MAX || !/^[?#]/.test(from) || /[\s\\]/.test(from)) return '/';
	return `/${from}`;
}

/**
 * Svelte action for a link to an article: its href gets the map's state as it is when the link is
 * followed (the camera in the hash moves after the link is drawn).
 */
export function carryMapState(a: HTMLAnchorElement, href: string) {
	let base = href;
	const set = () => (a.href = withFrom(base, mapState(location)));
	const events = ['pointerdown', 'focus', 'click', 'contextmenu'] as const;
	for (const ev of events) a.addEventListener(ev, set);
	return {
		update(h: string) {
			base = h;
		},
		destroy() {
			for (const ev of events) a.removeEventListener(ev, set);
		}
	};
}
