import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// @turf/turf brings two versions of two small libraries into the browser bundle (robust-predicates
// 2 and 3, tinyqueue 2 and 3; same API): one copy of each, the newer, as the package using it
// resolves it. Nothing changes if that package is gone or already gets the hoisted copy.
const require = createRequire(import.meta.url);
function newerCopy(name: string, via: string): { find: RegExp; replacement: string }[] {
	try {
		const replacement = require.resolve(name, { paths: [fileURLToPath(new URL(`node_modules/${via}`, import.meta.url))] });
		return replacement.includes(`${via}/node_modules/`) ? [{ find: new RegExp(`^${name}$`), replacement }] : [];
	} catch {
		return [];
	}
}

export default defineConfig({
	plugins: [
		// Same options as `npm run i18n` (package.json), which svelte-check relies on. One module per
		// message in dev and tests too (the plugin's dev default is one per locale): each message
		// then travels with the code that shows it, and $lib/i18n finds the term_* ones by file.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			outputStructure: 'message-modules',
			strategy: ['custom-query', 'cookie', 'baseLocale']
		}),
		sveltekit()
	],
	build: {
		rolldownOptions: {
			output: {
				// Everything the pages import statically (Svelte, SvelteKit's client, the messages they
				// show, the page code) in one chunk, not ~25 small ones cut by which pages share what:
				// gzip compresses one file better, and no chunk lists hundreds of names for the others
				// to import (−6 KB gzip on the home page). What is imported dynamically (MapLibre, the
				// search, the list, the timeline, …) still comes in chunks of its own, when needed; so
				// does the article page (SvelteKit's entry per page stays its own, and the article page's
				// code with it), which the home page never shows.
				// The printed brief (/brief) is kept out the same way, with what only it loads statically
				// (its components and messages, the filters in words and the PNG's layout code, which the
				// home page fetches only on Export PNG).
				codeSplitting: {
					groups: [
						{
							name: 'app',
							tags: ['$initial'],
							test: (id) =>
								!/[\\/](generated[\\/]client-optimized[\\/]nodes|src[\\/]routes[\\/](articles|brief)|src[\\/]lib[\\/]ui[\\/]brief|src[\\/]lib[\\/]map[\\/]export)[\\/]/.test(id) &&
								!/[\\/]src[\\/]lib[\\/](ui[\\/]filterText\.ts$|paraglide[\\/]messages[\\/]brief_)/.test(id)
						}
					]
				}
			}
		}
	},
	resolve: { alias: [...newerCopy('robust-predicates', 'point-in-polygon-hao'), ...newerCopy('tinyqueue', 'polylabel')] },
	test: {
		include: ['src/**/*.spec.ts', 'tools/**/*.spec.ts', 'tests/unit/**/*.spec.ts', 'tests/bench/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 20000
	}
});
