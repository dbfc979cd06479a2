/** Pure request checks for src/hooks.server.ts. */

/**
 * The path decoded by decodeURIComponent's rules (SvelteKit's, for the path and each route
 * parameter), or null when it is not valid percent-encoded UTF-8. (Returns the value rather than a
 * boolean: the bundler drops a decodeURIComponent call whose result is unused, and its throw with it.)
 */
export function decodedPath(pathname: string): string | null {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return null;
	}
}

/** An unsafe request from another site: its Origin (or Sec-Fetch-Site) says so. */
export function isCrossSite(headers: Headers, url: URL): boolean {
	const origin = headers.get('origin');
	if (origin !== null && origin !== url.origin) return true;
	return headers.get('sec-fetch-site') === 'cross-site';
}
