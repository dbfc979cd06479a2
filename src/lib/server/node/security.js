/**
 * Headers on every response, static files included (the page's Content-Security-Policy comes from
 * SvelteKit's kit.csp in svelte.config.js, with a nonce for its bootstrap script).
 */

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	// Older browsers' spelling of frame-ancestors 'none'.
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
});

/**
 * The policy for everything that is not a page (files, JSON): nothing may run or be framed.
 * Pages get theirs from kit.csp.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * @param {{ setHeader(name: string, value: string): unknown }} res
 */
export function setSecurityHeaders(res) {
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}
