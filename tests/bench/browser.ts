/**
 * The browser side of the benchmark: Debian's Chromium with the flags of playwright.config.ts,
 * one fresh context (cold cache) per measured navigation, and the in-page probes.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { incidentAnchors } from '../../src/lib/map/layers/incidentGeometry';

export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Marks `window.__benchReady` (ms since navigation start) when the app says its map is drawn:
 * the status element's `data-loading` turns "false" (MapLibre idle after every layer arrived).
 */
const APP_READY = () => {
	const w = window as unknown as { __benchReady?: number };
	const check = () => {
		const el = document.querySelector('[data-testid="map-status"]');
		if (el && el.getAttribute('data-loading') === 'false' && w.__benchReady === undefined) w.__benchReady = performance.now();
	};
	new MutationObserver(check).observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-loading'] });
};

export async function openPage(browser: Browser, url: string, app: boolean, timeoutMs = 240_000, before?: (page: Page) => void): Promise<{ page: Page; ready: number; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, timezoneId: 'UTC' });
	// tsx (esbuild) wraps named inner functions in __name(); functions sent to the page need it.
	await context.addInitScript('globalThis.__name = (f) => f;');
	const page = await context.newPage();
	before?.(page);
	if (app) await page.addInitScript(APP_READY);
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady !== undefined, null, { timeout: timeoutMs, polling: 100 });
	const ready = await page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
	return { page, ready, close: () => context.close() };
}

/**
 * Copies what the app's map draws into a bare page's inputs: the style with every GeoJSON source
 * written to a file and referenced by URL (no clustering: the naive page), the images the app
 * added, and the app's camera.
 */
export async function captureStyle(page: Page, outDir: string, baseUrl: string, appUrl: string): Promise<void> {
	const captured = await page.evaluate(() => {
		const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const style = m.getStyle();
		const images: Record<string, unknown> = {};
		for (const id of m.listImages()) {
			const img = m.getImage(id);
			if (!img) continue;
			let s = '';
			const bytes = img.data.data as Uint8Array;
			for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
			images[id] = { width: img.data.width, height: img.data.height, data: btoa(s), pixelRatio: img.pixelRatio, sdf: img.sdf };
		}
		return { style: JSON.stringify({ ...style, center: m.getCenter().toArray(), zoom: m.getZoom() }), images };
	});
	mkdirSync(outDir, { recursive: true });
	const style = JSON.parse(captured.style);
	const set = outDir.split('/').pop();
	for (const [id, src] of Object.entries(style.sources) as [string, Record<string, unknown>][]) {
		if (src.type !== 'geojson') continue;
		let data = src.data;
		if (typeof data === 'string') data = await (await fetch(data.startsWith('http') ? data : appUrl + data)).json();
		// The app sends its incident source only the clusters of the view; the naive pages draw every
		// incident's marker, as a plain source of the whole light model would.
		if (id === 'incident-points') data = incidentAnchors(await (await fetch(`${appUrl}/api/map/incidents`)).json());
		writeFileSync(join(outDir, `${id}.geojson`), JSON.stringify(data));
		for (const k of ['cluster', 'clusterRadius', 'clusterMaxZoom', 'clusterProperties', 'clusterMinPoints']) delete src[k];
		src.data = `${baseUrl}/data/${set}/${id}.geojson`;
	}
	style.glyphs = `${baseUrl}/glyphs/{fontstack}/{range}.pbf`;
	writeFileSync(join(outDir, 'style.json'), JSON.stringify(style));
	writeFileSync(join(outDir, 'images.json'), JSON.stringify(captured.images));
}

/**
 * Runs `action` (a function body given `map`; it may return a promise, e.g. a navigation) and
 * waits for the first `idle` of the MapLibre map `window[name]` after it has settled; resolves to
 * ms from the start of the action. The idle is listened for only once the action is done, so a
 * redraw the action caused (a setData in flight) is waited for, not an idle from before it.
 */
export function idleAfter(page: Page, mapName: string, action: string, timeoutMs = 20_000): Promise<number> {
	return page.evaluate(
		async ([name, act, limit]) => {
			const m = (window as unknown as Record<string, import('maplibre-gl').Map>)[name];
			const t0 = performance.now();
			await new Function('map', act)(m);
			return new Promise<number>((resolve) => {
				m.once('idle', () => resolve(performance.now() - t0));
				// Only a map with nothing left to do (no frame scheduled — `_frameRequest` is MapLibre's
				// private handle — and all data in) is asked for a frame, else no idle would come; forcing
				// one while the action's redraw is pending would add a frame of the bench's own.
				const busy = Boolean((m as unknown as { _frameRequest?: unknown })._frameRequest) || !m.loaded() || !m.areTilesLoaded();
				if (!busy) m.triggerRepaint();
				// A map that has not settled after `timeoutMs` is a failed sample (NaN), not a hung run.
				setTimeout(() => resolve(NaN), limit);
			});
		},
		[mapName, action, timeoutMs] as const
	);
}

/** Resolves once the map `window[name]` has drawn what it had pending (at once if nothing was). */
export function settled(page: Page, mapName: string): Promise<void> {
	return page.evaluate(
		(name) =>
			new Promise<void>((resolve) => {
				const m = (window as unknown as Record<string, import('maplibre-gl').Map>)[name];
				const busy = Boolean((m as unknown as { _frameRequest?: unknown })._frameRequest) || !m.loaded() || !m.areTilesLoaded();
				if (!busy) return requestAnimationFrame(() => resolve());
				m.once('idle', () => resolve());
				setTimeout(resolve, 60_000);
			}),
		mapName
	);
}

/**
 * The page at rest, as a person finds it before a click or a drag: the map `window[name]` (if
 * any) has drawn what it had pending, then `ms` more. `settled` alone is not rest: in software GL
 * the GPU process draws up to two frames behind the page (150–180 ms a frame at 100k), so a map
 * that has just settled may still be drawing, and a measurement started then times those frames
 * as well as its own (click → panel at 100k was 25 ms or 276 ms depending on it).
 */
export async function atRest(page: Page, mapName: string | null, ms = 500): Promise<void> {
	if (mapName) await settled(page, mapName);
	await page.waitForTimeout(ms);
}

/**
 * One frame of the map `window[name]` as it stands: the median interval between `render` events
 * while it is asked to redraw continuously (nothing changed, so nothing but drawing). In software
 * GL this is the floor under any step that redraws the map.
 */
export function frameMs(page: Page, mapName: string, frames = 12): Promise<number> {
	return page.evaluate(
		([name, n]) =>
			new Promise<number>((resolve) => {
				const m = (window as unknown as Record<string, import('maplibre-gl').Map>)[name];
				const ts: number[] = [];
				const on = () => {
					ts.push(performance.now());
					if (ts.length <= n) return void m.triggerRepaint();
					m.off('render', on);
					const d = ts.slice(1).map((t, i) => t - ts[i]).sort((a, b) => a - b);
					resolve(d[Math.floor(d.length / 2)]);
				};
				m.on('render', on);
				m.triggerRepaint();
			}),
		[mapName, frames] as const
	);
}

/** Pans by 300×150 px at once and waits until frames flow again (two animation frames later). */
export function panFrames(page: Page, kind: 'maplibre' | 'leaflet', mapName: string): Promise<number> {
	return page.evaluate(
		([k, name]) =>
			new Promise<number>((resolve) => {
				const m = (window as unknown as Record<string, { panBy: (o: unknown, opt: unknown) => void }>)[name];
				const t0 = performance.now();
				if (k === 'maplibre') m.panBy([300, 150], { duration: 0 });
				else m.panBy([300, 150], { animate: false });
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
			}),
		[kind, mapName] as const
	);
}

/**
 * JS heap in MB of the page's main thread (performance.memory) and of its dedicated workers
 * (MapLibre's): workers have no performance.memory, so their heap is read over the browser's
 * DevTools protocol (Runtime.getHeapUsage in each worker target).
 */
export async function heapMb(browser: Browser, page: Page): Promise<{ main: number; workers: number }> {
	const main = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
	const cdp = await browser.newBrowserCDPSession();
	let workers = 0;
	try {
		const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
		let id = 0;
		for (const t of targetInfos.filter((x) => x.type === 'worker')) {
			const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
			const ask = ++id;
			const used = await new Promise<number>((resolve) => {
				const timer = setTimeout(() => resolve(0), 5000);
				cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
					const m = JSON.parse(e.message);
					if (e.sessionId !== sessionId || m.id !== ask) return;
					clearTimeout(timer);
					resolve(m.result?.usedSize ?? 0);
				});
				void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ask, method: 'Runtime.getHeapUsage' }) });
			});
			workers += used;
			await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
		}
	} finally {
		await cdp.detach();
	}
	return { main: main / 2 ** 20, workers: workers / 2 ** 20 };
}
