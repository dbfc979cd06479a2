import adapter from '@sveltejs/adapter-node';

/**
 * Content-Security-Policy for every page (SvelteKit adds a nonce for its own bootstrap script, so
 * script-src needs neither 'unsafe-inline' nor 'unsafe-eval'). What the app needs and no more:
 * MapLibre's worker and the GeoJSON import worker are same-origin module workers (worker-src
 * 'self'); map images may be data:/blob: URLs; everything is fetched from this server. Inline
 * styles are allowed (Svelte's style: directives and MapLibre set element styles); no script is.
 */
const csp = {
	mode: /** @type {const} */ ('auto'),
	directives: /** @type {import('@sveltejs/kit').CspDirectives} */ ({
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'child-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['none'],
		'form-action': ['self'],
		'frame-ancestors': ['none']
	})
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes mode everywhere in our code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// `node build` runs src/lib/server/node/index.js around the adapter's handler (see tools/install-server.js).
		adapter: adapter({ out: 'build', precompress: true }),
		csp,
		// The page's own CSS (about 20 KB: layout, sidebar, panel, timeline…) is inlined in the head
		// rather than linked: the first paint of a page, a pasted link's excerpts included, then
		// waits for no stylesheet request (MapLibre's stylesheet comes with the map, MapView.svelte).
		inlineStyleThreshold: 32 * 1024,
		// Absolute asset paths: a page's Link header and body do not grow with the request path.
		paths: { relative: false },
		// Cross-site requests are refused in src/hooks.server.ts (as JSON on /api), for every
		// unsafe method and content type, instead of SvelteKit's text/plain 403 for form posts.
		csrf: { trustedOrigins: ['*'] },
		// The CLI in tools/ is type-checked with the app (svelte-check reads this tsconfig).
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../tools/**/*.ts', '../tools/**/*.mjs');
			}
		}
	}
};

export default config;
