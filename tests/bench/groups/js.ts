/**
 * JavaScript the home page loads: gzip bytes of the app's own code before the MapLibre chunk,
 * gzip bytes of everything, and the bytes that actually crossed the wire (precompressed assets).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPage } from '../browser';
import { PORTS, type Ctx } from '../context';
import { entry } from '../metrics';
import { buildDir, startApp } from '../servers';

const gz = (path: string) => (existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gzipSync(readFileSync(path), { level: 9 }).length);
const kb = (n: number) => Math.round(n / 10.24) / 100;

/** The build's JS files that hold MapLibre GL JS: its worker (named so) and the big chunk that sets the worker URL. */
function maplibreChunks(dir: string): Set<string> {
	const out = new Set<string>();
	for (const f of readdirSync(dir, { recursive: true }) as string[]) {
		if (!/\.m?js$/.test(f)) continue;
		const name = f.split('/').pop()!;
		if (name.startsWith('maplibre-gl')) out.add(name);
		else if (statSync(join(dir, f)).size > 300_000 && readFileSync(join(dir, f), 'utf8').includes('setWorkerUrl')) out.add(name);
	}
	return out;
}

export async function jsGroup(ctx: Ctx): Promise<void> {
	const client = resolve(buildDir(), 'client');
	const ml = maplibreChunks(join(client, '_app'));
	const app = await startApp(ctx.dirs.seed, PORTS.seed);
	try {
		const fileOf = (u: string) => join(client, new URL(u, `${app.url}/`).pathname);
		const loaded: { file: string; wire: number; start: number }[] = [];
		const pending: Promise<void>[] = [];
		// Page and worker requests alike (MapLibre's worker script is fetched by the worker).
		const p = await openPage(ctx.browser, `${app.url}/`, true, 240_000, (page) =>
			page.on('requestfinished', (req) => {
				const f = fileOf(req.url());
				if (!/\.m?js$/.test(new URL(req.url()).pathname) || !existsSync(f)) return;
				pending.push(req.sizes().then((sz) => void loaded.push({ file: f, wire: sz.responseBodySize, start: req.timing().startTime })));
			})
		);
		await Promise.all(pending);
		// Only what the page asked for before its map was ready (openPage notices the moment up to
		// 100 ms late; the list and the timeline are requested just after it), each file once
		// (MapLibre's worker script is fetched by the page early and again by the worker).
		const readyAt = (await p.page.evaluate(() => performance.timeOrigin)) + p.ready;
		await p.close();
		const byFile = new Map<string, { file: string; wire: number; start: number }>();
		for (const l of loaded.filter((x) => x.start <= readyAt).sort((a, b) => a.start - b.start)) {
			const seen = byFile.get(l.file);
			if (seen) seen.wire = Math.max(seen.wire, l.wire);
			else byFile.set(l.file, { ...l });
		}
		loaded.splice(0, loaded.length, ...byFile.values());
		// "Before the map chunk": every JS request the page started before it asked for MapLibre.
		const isMl = (f: string) => ml.has(f.split('/').pop()!);
		const mlStart = Math.min(...loaded.filter((l) => isMl(l.file)).map((l) => l.start));
		const before = loaded.filter((l) => !isMl(l.file) && l.start < mlStart).map((l) => l.file);
		const mlGz = gz(resolve('node_modules/maplibre-gl/dist/maplibre-gl.mjs')) + gz(resolve('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'));
		const totalGz = loaded.reduce((s, l) => s + gz(l.file), 0);
		const raw = loaded.reduce((s, l) => s + statSync(l.file).size, 0);
		const wire = loaded.reduce((s, l) => s + l.wire, 0);
		const r = ctx.results;
		r.js_gzip_before_map = entry(kb(before.reduce((s, f) => s + gz(f), 0)), 'KB', null, { kind: 'max', value: 100, text: '≤ 100 KB gzip' }, { note: `${before.length} JS files requested before the MapLibre chunk` });
		r.js_gzip_total = entry(kb(totalGz), 'KB', kb(mlGz), { kind: 'max', value: kb(mlGz) + 80, text: '≤ maplibre-gl + 80 KB' }, { baseline_name: 'maplibre-gl + worker gzip', note: `${loaded.length} JS files loaded by map ready` });
		r.js_on_wire = entry(kb(wire), 'KB', kb(raw), { kind: 'max', value: kb(totalGz * 1.05), text: 'compressed (≤ gzip total)' }, { baseline_name: 'uncompressed', note: 'encodedBodySize of every JS response; Chromium offers br only over HTTPS, so gzip here' });
	} finally {
		await app.stop();
	}
}
