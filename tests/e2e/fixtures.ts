// Shared Playwright fixtures for every e2e test: import { test, expect } from './fixtures'.
//
// Two automatic guards, one per test:
//  1. Offline: every request (and WebSocket) is routed. Only http(s)/ws(s) to localhost,
//     127.0.0.1 or [::1], and data:/blob:/about: URLs are allowed; anything else is aborted AND
//     recorded, and the test fails at teardown listing the offending URLs. The app must work with
//     no network at all.
//  2. Console: `console.error` messages and uncaught page errors are recorded; the test fails at
//     teardown if any does not match `allowedConsoleErrors` (a fixture option:
//     `test.use({ allowedConsoleErrors: [/some known noise/] })`).
//  3. Content-Security-Policy: every `securitypolicyviolation` event in any page of the test is
//     recorded (`cspViolations`) and fails the test at teardown — the policy (kit.csp in
//     svelte.config.js) must be strict AND enough for everything the app does.
//
// The recorded lists are fixtures too (`blockedRequests`, `consoleErrors`) for tests that want to
// assert on them; `failOnBlockedRequests: false` turns guard 1 into record-only (only for
// testing the guard itself).

import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export type ConsoleRecord = { kind: 'console' | 'pageerror'; text: string; where?: string };

type Options = {
	/** Console errors / page errors matching any of these are recorded but do not fail the test. */
	allowedConsoleErrors: (string | RegExp)[];
	/** Default true: fail the test at teardown if any non-local request was attempted. */
	failOnBlockedRequests: boolean;
};

type Guards = {
	/** Non-local URLs the page tried to load (each was aborted). */
	blockedRequests: string[];
	/** Every console error and page error seen so far (allowed ones included). */
	consoleErrors: ConsoleRecord[];
	/** Every CSP violation reported so far: "directive blocked-uri at source:line". */
	cspViolations: string[];
	_offlineGuard: void;
	_consoleGuard: void;
	_cspGuard: void;
};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for URLs a test page may load: local http(s)/ws(s), data:, blob:, about:. */
export function isAllowedUrl(url: string): boolean {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return false;
	}
	switch (u.protocol) {
		case 'data:':
		case 'blob:':
		case 'about:':
			return true;
		case 'http:':
		case 'https:':
		case 'ws:':
		case 'wss:':
			return LOCAL_HOSTS.has(u.hostname);
		default:
			return false;
	}
}

// `test.use({ allowedConsoleErrors: [/a/] })` reaches the fixture as /a/ itself (Playwright reads
// an array option as [value, options]): accept one pattern as well as a list.
function matches(text: string, patterns: (string | RegExp)[] | string | RegExp): boolean {
	return (Array.isArray(patterns) ? patterns : [patterns]).some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));
}

function shorten(url: string): string {
	return url.length > 200 ? `${url.slice(0, 200)}…` : url;
}

export const test = base.extend<Options & Guards>({
	allowedConsoleErrors: [[], { option: true }],
	failOnBlockedRequests: [true, { option: true }],

	blockedRequests: async ({}, use) => {
		await use([]);
	},
	consoleErrors: async ({}, use) => {
		await use([]);
	},
	cspViolations: async ({}, use) => {
		await use([]);
	},

	_cspGuard: [
		async ({ context, cspViolations }, use) => {
			await context.exposeBinding('__atlasCspViolation', (_source, text: string) => {
				cspViolations.push(text);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const report = (window as unknown as { __atlasCspViolation?: (t: string) => void }).__atlasCspViolation;
					report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`);
				});
			});
			await use();
			if (cspViolations.length) {
				throw new Error(
					`CSP guard: ${cspViolations.length} Content-Security-Policy violation(s):\n` + cspViolations.map((v) => `  - ${v.slice(0, 300)}`).join('\n')
				);
			}
		},
		{ auto: true }
	],

	_offlineGuard: [
		async ({ context, blockedRequests, failOnBlockedRequests }, use) => {
			const seen = new Set<string>();
			const record = (url: string) => {
				if (!seen.has(url)) {
					seen.add(url);
					blockedRequests.push(url);
				}
			};
			await context.route('**/*', async (route) => {
				const url = route.request().url();
				if (isAllowedUrl(url)) return route.fallback();
				record(url);
				return route.abort('blockedbyclient');
			});
			await context.routeWebSocket(/.*/, (ws) => {
				if (isAllowedUrl(ws.url())) {
					ws.connectToServer();
				} else {
					record(ws.url());
					ws.close({ code: 1008, reason: 'blocked by offline test guard' });
				}
			});
			// Second net: requests that bypass routing (e.g. from a service worker) still emit events.
			const onRequest = (req: { url(): string }) => {
				if (!isAllowedUrl(req.url())) record(req.url());
			};
			context.on('request', onRequest);

			await use();

			context.off('request', onRequest);
			if (failOnBlockedRequests && blockedRequests.length) {
				throw new Error(
					`Offline guard: the page tried to reach ${blockedRequests.length} non-local URL(s) ` +
						`(all aborted; the app must work without network):\n` +
						blockedRequests.map((u) => `  - ${shorten(u)}`).join('\n')
				);
			}
		},
		{ auto: true }
	],

	_consoleGuard: [
		async ({ context, consoleErrors, allowedConsoleErrors, blockedRequests }, use) => {
			const attach = (page: Page) => {
				page.on('console', (msg) => {
					if (msg.type() !== 'error') return;
					const loc = msg.location();
					consoleErrors.push({
						kind: 'console',
						text: msg.text(),
						where: loc.url ? `${loc.url}:${loc.lineNumber}:${loc.columnNumber}` : undefined
					});
				});
				page.on('pageerror', (err) => {
					consoleErrors.push({
						kind: 'pageerror',
						text: `${err.name}: ${err.message}`,
						where: err.stack
							?.split('\n')
							.slice(1, 3)
							.map((l) => l.trim().replace(/^at /, ''))
							.join(' | ')
					});
				});
			};
			context.pages().forEach(attach);
			context.on('page', attach);

			await use();

			context.off('page', attach);
			// "Failed to load resource: net::ERR_BLOCKED_BY_CLIENT" for a URL the offline guard
			// aborted is that guard's business (it reports the URL); don't report it twice.
			const blockedEcho = (e: ConsoleRecord) =>
				e.kind === 'console' &&
				e.text.includes('ERR_BLOCKED_BY_CLIENT') &&
				blockedRequests.some((u) => e.where?.startsWith(u));
			const bad = consoleErrors.filter(
				(e) =>
					!blockedEcho(e) &&
					!matches(e.text, allowedConsoleErrors) &&
					!matches(e.where ?? '', allowedConsoleErrors)
			);
			if (bad.length) {
				throw new Error(
					`Console guard: ${bad.length} console error(s) / page error(s):\n` +
						bad
							.map((e) => `  - [${e.kind}] ${e.text.slice(0, 500)}${e.where ? `\n      at ${e.where}` : ''}`)
							.join('\n') +
						`\n(If one is expected, add a pattern with test.use({ allowedConsoleErrors: [...] }).)`
				);
			}
		},
		{ auto: true }
	]
});

export { expect };
export type { BrowserContext, Page };
