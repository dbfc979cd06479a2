// Render tests per layer, in maplibre-gl-js's manner (test/integration/render/tests/*/): each case
// in tests/fixtures/render/<case>/ is a style.json (a background and the layers under test), small
// GeoJSON files its sources name, and expected.png. A layer marked `metadata["app-layer"]` takes its
// type, filter, paint and layout from the running app's map (MapLibre's getStyle()), so the case
// tests the app's style and never a copy of it; images the layers use (hatches, icons) come from
// the app's map too. Each case is drawn by the app's own MapLibre in a fixed-size box at pixel
// ratio 1 and compared with expected.png pixel by pixel (./pixels.ts; `pixelmatch` is not a
// dependency). RENDER_UPDATE=1 rewrites expected.png; look at the new image before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';
import { comparePngs, countDifferent, encodePng, dominantColour } from './pixels';

const DIR = 'tests/fixtures/render';
const UPDATE = process.env.RENDER_UPDATE === '1';
const CASES = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'style.json')));

type Layer = { id: string; source?: string; metadata?: Record<string, unknown>; [k: string]: unknown };
type Style = { metadata: { test: { width: number; height: number } }; sources: Record<string, { type: string; data: unknown }>; layers: Layer[]; [k: string]: unknown };

test('there are render cases', () => {
	expect(CASES.length).toBeGreaterThan(0);
});

for (const name of CASES) {
	test(`renders ${name} as expected.png`, async ({ page }) => {
		test.setTimeout(120_000);
		const style = JSON.parse(readFileSync(join(DIR, name, 'style.json'), 'utf8')) as Style;
		for (const s of Object.values(style.sources)) if (typeof s.data === 'string') s.data = JSON.parse(readFileSync(join(DIR, name, s.data), 'utf8'));
		const { width, height } = style.metadata.test;

		await page.goto('/');
		await waitForMap(page);
		const result = await page.evaluate(
			async ({ style, width, height }) => {
				type Img = { data: { width: number; height: number; data: Uint8Array }; pixelRatio: number; sdf: boolean };
				type M = {
					getStyle(): { layers: Layer[] };
					getImage(id: string): Img | undefined;
					addImage(id: string, img: { width: number; height: number; data: Uint8Array }, o: { pixelRatio: number; sdf: boolean }): void;
					once(e: string, f: () => void): void;
					hasImage(id: string): boolean;
					getSource(id: string): { setData(d: unknown): void } | undefined;
					getCanvas(): HTMLCanvasElement;
					remove(): void;
				};
				const app = (window as never as { __atlasMap: M }).__atlasMap;
				const appLayers = new Map(app.getStyle().layers.map((l) => [l.id, l]));
				const missing: string[] = [];
				const layers = style.layers.map((l) => {
					const from = l.metadata?.['app-layer'] as string | undefined;
					if (!from) return l;
					const a = appLayers.get(from);
					if (!a) {
						missing.push(from);
						return l;
					}
					// The app's definition, on the fixture's source, shown whatever the app's legend says.
					const { id: _id, source: _s, minzoom: _min, maxzoom: _max, ...rest } = a;
					return { ...rest, id: l.id, source: l.source, metadata: l.metadata, layout: { ...((a.layout as object) ?? {}), visibility: 'visible' } };
				});
				if (missing.length) return { missing };
				const box = document.createElement('div');
				box.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;z-index:99999`;
				document.body.append(box);
				const MapLibreMap = app.constructor as new (o: object) => M;
				// The sources start empty and get their data once the images are in, so no tile is laid out without them.
				const empty = Object.fromEntries(Object.entries(style.sources).map(([id, src]) => [id, { ...src, data: { type: 'FeatureCollection', features: [] } }]));
				const map = new MapLibreMap({ container: box, style: { ...style, sources: empty, layers }, interactive: false, attributionControl: false, pixelRatio: 1, fadeDuration: 0, preserveDrawingBuffer: true });
				// The app's own images (hatch patterns, icons) the layers name, as the app's map holds them.
				const names = layers.flatMap((l) => [(l.paint as Record<string, unknown> | undefined)?.['fill-pattern'], (l.layout as Record<string, unknown> | undefined)?.['icon-image']]).filter((n): n is string => typeof n === 'string');
				const absent = names.filter((n) => !app.getImage(n));
				if (absent.length) return { missing: absent.map((n) => `image ${n}`) };
				const addImage = (id: string) => {
					const img = app.getImage(id)!;
					if (!map.hasImage(id)) map.addImage(id, { width: img.data.width, height: img.data.height, data: new Uint8Array(img.data.data) }, { pixelRatio: img.pixelRatio, sdf: img.sdf });
				};
				await new Promise<void>((resolve) => map.once('load', () => resolve()));
				for (const n of names) addImage(n);
				for (const [id, src] of Object.entries(style.sources)) map.getSource(id)!.setData(src.data);
				await new Promise<void>((resolve) => map.once('idle', () => resolve()));
				const url = map.getCanvas().toDataURL('image/png');
				map.remove();
				box.remove();
				return { png: url.slice(url.indexOf(',') + 1) };
			},
			{ style, width, height }
		);
		expect(result.missing, 'layers the app does not have').toBeUndefined();
		const actual = Buffer.from(result.png!, 'base64');
		const expectedPath = join(DIR, name, 'expected.png');
		// Something besides the background was drawn, whatever expected.png says.
		expect(countDifferent(actual, dominantColour(actual), 16).count).toBeGreaterThan(50);
		if (UPDATE || !existsSync(expectedPath)) {
			writeFileSync(expectedPath, actual);
			test.info().annotations.push({ type: 'render', description: `wrote ${expectedPath}` });
			expect(UPDATE, `${expectedPath} was missing: written now; look at it, commit it, run again`).toBe(true);
			return;
		}
		const cmp = comparePngs(actual, readFileSync(expectedPath), { threshold: 0.1, maxFraction: 0.005, withDiff: true });
		if (!cmp.ok) {
			writeFileSync(test.info().outputPath('actual.png'), actual);
			if (cmp.diff) writeFileSync(test.info().outputPath('diff.png'), encodePng(cmp.diff));
		}
		expect(cmp.ok, `${name}: ${cmp.diffPixels} of ${cmp.total} pixels differ (see actual.png, diff.png in the test output)`).toBe(true);
	});
}
