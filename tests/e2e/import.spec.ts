// Importing the user's own GeoJSON through the real UI: hostile files are refused with an alert
// saying what, where and what to do, and leave the map as it was; a good file becomes a layer that
// is drawn, clickable (properties as text, never HTML), filterable by date, downloadable, kept
// across a reload, and removable from the map and from IndexedDB.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap, screenPoint } from './atlas';
import { countDifferent, decodePng } from './pixels';

type MapWindow = { __atlasMap: { getStyle(): { layers: { id: string }[]; sources: Record<string, unknown> }; queryRenderedFeatures(o?: object): { layer: { id: string } }[]; loaded(): boolean } };
const HOSTILE = 'tests/fixtures/hostile';
const expected: Record<string, { code: string; where: string; message: string }> = JSON.parse(readFileSync(`${HOSTILE}/expected.json`, 'utf8'));

// Two cores shared with other work: give the first map load more time than waitForMap's own.
test.setTimeout(240_000);
async function ready(page: Page) {
	await page.waitForFunction(() => (window as unknown as Partial<MapWindow>).__atlasMap?.loaded(), null, { timeout: 150_000 });
	await waitForMap(page);
}

const styleIds = (page: Page) => page.evaluate(() => (window as unknown as MapWindow).__atlasMap.getStyle().layers.map((l) => l.id));

async function dropFile(page: Page, name: string, content: string) {
	const dt = await page.evaluateHandle(
		([n, c]) => {
			const d = new DataTransfer();
			d.items.add(new File([c], n, { type: 'application/geo+json' }));
			return d;
		},
		[name, content]
	);
	const zone = page.getByTestId('import-drop');
	await zone.dispatchEvent('dragover', { dataTransfer: dt });
	await zone.dispatchEvent('drop', { dataTransfer: dt });
}

test('hostile files are refused with what, where and what to do; the map is unchanged', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const before = await styleIds(page);
	const input = page.getByTestId('import-file');
	const alert = page.getByTestId('import-alert');
	for (const file of ['type-proto.geojson', 'deep-nesting.geojson', 'places.kml', 'windows-1256.geojson', 'longitude-999.geojson', 'polygon-null.geojson', 'properties-string.geojson']) {
		await input.setInputFiles({ name: file, mimeType: 'application/octet-stream', buffer: readFileSync(`${HOSTILE}/${file}`) });
		const want = expected[file];
		await expect(alert).toContainText(`“${file}” was not imported.`);
		await expect(alert.locator('li').first()).toContainText(new RegExp(want.message));
		if (want.where) await expect(alert.locator('li').first().locator('code')).toHaveText(want.where);
	}
	// Dropped, not picked: the same checks.
	await dropFile(page, 'topo.json', readFileSync(`${HOSTILE}/topojson.json`, 'utf8'));
	await expect(alert).toContainText('“topo.json” was not imported.');
	await expect(alert).toContainText('mapshaper');

	expect(await styleIds(page)).toEqual(before);
	await expect(page.getByTestId('user-layer')).toHaveCount(0);
	// The map still answers: the legend still hides a layer, and the canvas still draws.
	await page.getByTestId('legend-toggle-places').uncheck();
	await expect.poll(() => page.evaluate(() => (window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): string } }).__atlasMap.getLayoutProperty('place-symbols', 'visibility')).catch(() => 'none')).toBe('none');
	const png = await page.getByTestId('canvas').screenshot();
	expect(countDifferent(png, { r: 0xc4, g: 0xd7, b: 0xe3 }, 8).fraction).toBeGreaterThan(0.2);
});

const XSS = '<img src=x onerror="window.__xss=1">';
const GOOD = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { name: 'Checkpoint 7', note: XSS, reported: '2025-03-02' }, geometry: { type: 'Point', coordinates: [38.6, 35.6] } },
		{ type: 'Feature', properties: { name: 'Reported route', reported: '2025-05-20' }, geometry: { type: 'LineString', coordinates: [[38.0, 36.2], [39.2, 36.6]] } },
		{ type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [[[37.4, 34.4], [37.4, 35.0], [38.2, 35.0], [38.2, 34.4], [37.4, 34.4]]] } }
	]
};

const userRendered = (page: Page) =>
	page.evaluate(() => {
		const m = (window as unknown as MapWindow).__atlasMap;
		const ids = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('user-'));
		return ids.length ? m.queryRenderedFeatures({ layers: ids }).map((f) => f.layer.id.replace(/^user-[^-]+-[^-]+-/, '')) : [];
	});

async function layerPixels(page: Page): Promise<number> {
	const img = decodePng(await page.getByTestId('canvas').screenshot());
	let n = 0; // the first user layer's colour, #1b9e77, as drawn (points are opaque)
	for (let i = 0; i < img.data.length; i += 4) if (Math.abs(img.data[i] - 0x1b) < 12 && Math.abs(img.data[i + 1] - 0x9e) < 12 && Math.abs(img.data[i + 2] - 0x77) < 12) n++;
	return n;
}

test('a good file is drawn, clickable as text, filterable, downloadable, kept across reloads and removable', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	expect(await layerPixels(page)).toBe(0);
	await page.getByTestId('import-file').setInputFiles({ name: 'checkpoints.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(GOOD)) });
	await expect(page.getByTestId('import-done')).toContainText('Imported “checkpoints”: 3 features.');
	await expect(page.getByTestId('import-done')).toContainText('features[2].geometry.coordinates[0]: 1 polygon ring was wound the wrong way and was rewound');
	const entry = page.getByTestId('user-layer');
	await expect(entry).toContainText('checkpoints');
	await expect.poll(() => userRendered(page).then((l) => [...new Set(l)].sort())).toEqual(['fill', 'line', 'point']);
	await expect.poll(() => layerPixels(page)).toBeGreaterThan(100);

	// Click the point: its properties, markup included, are shown as text and nothing runs.
	const at = await screenPoint(page, [38.6, 35.6]);
	await page.getByTestId('canvas').click({ position: at });
	const panel = page.getByTestId('user-feature-panel');
	await expect(panel).toContainText('Checkpoint 7');
	await expect(panel.getByText(XSS, { exact: true })).toBeVisible();
	await expect(panel.locator('img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);

	// The date filter (property "reported") hides the point dated before "From", and the undated area.
	await entry.getByLabel('From').fill('2025-04-01');
	await expect.poll(() => userRendered(page).then((l) => [...new Set(l)].sort())).toEqual(['line']);
	await entry.getByLabel('From').fill('');
	await expect.poll(() => userRendered(page).then((l) => l.includes('point'))).toBe(true);

	// Download gives back the same features.
	const [download] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: /Download/ }).click()]);
	expect(download.suggestedFilename()).toBe('checkpoints.geojson');
	const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	// …with the clockwise outline rewound to the right-hand rule, as the import said it would be.
	const rewound = structuredClone(GOOD.features);
	(rewound[2].geometry.coordinates as number[][][])[0].reverse();
	expect(saved.features).toEqual(rewound);

	// Survives a reload.
	await page.reload();
	await ready(page);
	await expect(page.getByTestId('user-layer')).toContainText('checkpoints');
	await expect.poll(() => userRendered(page).then((l) => [...new Set(l)].sort())).toEqual(['fill', 'line', 'point']);

	// Remove: gone from the map, the legend and IndexedDB — and stays gone after a reload.
	await page.getByTestId('user-layer').getByRole('button', { name: /Remove/ }).click();
	await expect(page.getByTestId('user-layer')).toHaveCount(0);
	expect((await styleIds(page)).filter((id) => id.startsWith('user-'))).toEqual([]);
	const stored = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const req = indexedDB.open('frontier-atlas-user');
				req.onsuccess = () => {
					const c = req.result.transaction('layers').objectStore('layers').count();
					c.onsuccess = () => resolve(c.result);
					c.onerror = () => reject(c.error);
				};
				req.onerror = () => reject(req.error);
			})
	);
	expect(stored).toBe(0);
	await page.reload();
	await ready(page);
	await expect(page.getByTestId('user-layer')).toHaveCount(0);
	expect(await layerPixels(page)).toBe(0);
});

test('a large file is checked in a worker, with progress shown, and arrives whole', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	// ~12 MB: 30,000 points with a long note each.
	const note = 'x'.repeat(300);
	const big = { type: 'FeatureCollection', features: Array.from({ length: 30000 }, (_, i) => ({ type: 'Feature', properties: { i, note }, geometry: { type: 'Point', coordinates: [36 + (i % 100) / 10, 32 + Math.floor(i / 100) / 60] } })) };
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await page.getByTestId('import-file').setInputFiles({ name: 'big.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(big)) });
	await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
	await expect(page.getByTestId('import-done')).toContainText('Imported “big”: 30,000 features.', { timeout: 120_000 });
	expect(workers.some((u) => /import\.worker/.test(u))).toBe(true);
	await expect(page.getByTestId('user-layer')).toContainText(/30,?000/);
	await page.getByTestId('user-layer').getByRole('button', { name: /Remove/ }).click();
	await expect(page.getByTestId('user-layer')).toHaveCount(0);
});
