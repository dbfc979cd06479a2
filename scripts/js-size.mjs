#!/usr/bin/env node
/**
 * What JavaScript the home page loads before its map is ready, without running the whole bench:
 *
 *   npm run build && node scripts/js-size.mjs [--port 4413] [--url /?q=x]
 *
 * Starts `node build` on the port (or reuses a server already answering there), opens the page in
 * Chromium, notes the moment `[data-testid="map-status"]` gets `data-loading="false"` (a mutation
 * observer in the page) and prints every JS file requested by then with its gzip size, the total
 * against maplibre-gl's own two files, and the part requested before the MapLibre chunk (same
 * rules as tests/bench/groups/js.ts). Files the page asks for after the map is ready (the list and
 * the timeline, fetched once the map has drawn) are listed apart and not counted.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.E2E_PORT ?? '4391' }, url: { type: 'string', default: '/' } } });
const base = `http://127.0.0.1:${values.port}`;
const client = resolve('build/client');
if (!existsSync(join(client, '_app'))) {
	console.error('js-size: ./build/client is missing — run `npm run build` first.');
	process.exit(1);
}

const gz = (p) => (existsSync(`${p}.gz`) ? statSync(`${p}.gz`).size : gzipSync(readFileSync(p), { level: 9 }).length);
const kb = (n) => (n / 1024).toFixed(1);

/** Same test as the bench: maplibre's worker by name, its main chunk by size and `setWorkerUrl`. */
function isMaplibre(file) {
	const name = file.split('/').pop();
	return name.startsWith('maplibre-gl') || (statSync(file).size > 300_000 && readFileSync(file, 'utf8').includes('setWorkerUrl'));
}

async function answers() {
	return fetch(`${base}/api/status`)
		.then((r) => r.ok)
		.catch(() => false);
}

let server = null;
if (!(await answers())) {
	server = spawn(process.execPath, ['build'], { env: { ...process.env, PORT: values.port, HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
	const until = Date.now() + 60_000;
	while (!(await answers())) {
		if (Date.now() > until || server.exitCode !== null) {
			console.error(`js-size: the server on ${base} did not start`);
			server.kill();
			process.exit(1);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'] });
try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	// The map-ready moment on the same clock as the requests' start times (ms since 1970).
	await page.addInitScript(() => {
		const check = () => {
			const el = document.querySelector('[data-testid="map-status"]');
			if (el?.getAttribute('data-loading') === 'false' && window.__jsSizeReady === undefined) window.__jsSizeReady = performance.timeOrigin + performance.now();
		};
		new MutationObserver(check).observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-loading'] });
	});
	const loaded = [];
	const pending = [];
	page.on('requestfinished', (req) => {
		const path = new URL(req.url()).pathname;
		const file = join(client, path);
		if (!/\.m?js$/.test(path) || !existsSync(file)) return;
		pending.push(req.sizes().then((s) => void loaded.push({ path, file, wire: s.responseBodySize, start: req.timing().startTime })));
	});
	await page.goto(base + values.url, { waitUntil: 'commit' });
	await page.waitForFunction(() => window.__jsSizeReady !== undefined, null, { timeout: 240_000 });
	const ready = await page.evaluate(() => window.__jsSizeReady);
	// Requests started before that moment may still be finishing, and those of what the page
	// fetches once the map is ready are listed apart: give both a moment.
	await page.waitForTimeout(1500);
	await Promise.all(pending);
	await context.close();

	loaded.sort((a, b) => a.start - b.start);
	const later = loaded.filter((l) => l.start > ready);
	// A file asked for twice (MapLibre's worker script: fetched early by the page to warm the cache,
	// then by the worker) is one file: counted once, at its first request.
	const seen = new Set();
	const first = loaded.filter((l) => l.start <= ready && !seen.has(l.path) && seen.add(l.path));
	const again = loaded.length - later.length - first.length;
	loaded.splice(0, loaded.length, ...first);
	const mlStart = Math.min(...loaded.filter((l) => isMaplibre(l.file)).map((l) => l.start));
	let total = 0;
	let before = 0;
	for (const l of loaded) {
		const g = gz(l.file);
		const ml = isMaplibre(l.file);
		total += g;
		if (!ml && l.start < mlStart) before += g;
		console.log(`${kb(g).padStart(7)} KB  ${ml ? 'maplibre ' : l.start < mlStart ? 'before   ' : 'after    '} ${l.path}`);
	}
	const mlGz = gz(resolve('node_modules/maplibre-gl/dist/maplibre-gl.mjs')) + gz(resolve('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'));
	if (again) console.log(`(${again} repeated request${again > 1 ? 's' : ''} for a file already listed not counted again)`);
	console.log(`\n${loaded.length} JS files by map ready: ${kb(total)} KB gzip; maplibre-gl + worker ${kb(mlGz)} KB → ${kb(total - mlGz)} KB over (target ≤ 80)`);
	console.log(`before the MapLibre chunk: ${kb(before)} KB gzip (target ≤ 100)`);
	if (later.length) {
		console.log(`\nrequested after the map was ready (not counted):`);
		for (const l of later) console.log(`${kb(gz(l.file)).padStart(7)} KB  +${Math.round(l.start - ready)} ms  ${l.path}`);
	}
} finally {
	await browser.close();
	server?.kill();
}
