// What the fault probe of issue 20 found the browser saying wrongly about imported files:
// - properties named `constructor`, `__proto__`, `$name`, `$type` made MapLibre's worker drop the
//   whole layer while the import said "Imported: 2 features";
// - a right-to-left override (U+202E) in a file name reversed the app's own status line.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap, screenPoint } from './atlas';

type MapWindow = { __atlasMap: { getStyle(): { layers: { id: string }[] }; queryRenderedFeatures(o?: object): { layer: { id: string } }[]; loaded(): boolean } };

test.setTimeout(240_000);
async function ready(page: Page) {
	await page.waitForFunction(() => (window as unknown as Partial<MapWindow>).__atlasMap?.loaded(), null, { timeout: 150_000 });
	await waitForMap(page);
}

/** The kinds of user features drawn now ('point', 'line', 'fill'), one entry per rendered feature. */
const userRendered = (page: Page) =>
	page.evaluate(() => {
		const m = (window as unknown as MapWindow).__atlasMap;
		const ids = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('user-'));
		return ids.length ? m.queryRenderedFeatures({ layers: ids }).map((f) => f.layer.id.replace(/^user-[^-]+-[^-]+-/, '')) : [];
	});

// Written as text: JSON.parse keeps "__proto__" as an ordinary own property, as a user's file would.
const HOSTILE_KEYS = `{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"constructor":"2025-03-02","__proto__":{"polluted":true},"$name":"Checkpoint 7","$type":"Polygon","toString":"ts"},
  "geometry":{"type":"Point","coordinates":[38.6,35.6],"$name":"Geometry"}},
 {"type":"Feature","properties":{"constructor":"2025-05-20","$name":"Reported route"},
  "geometry":{"type":"LineString","coordinates":[[38.0,36.2],[39.2,36.6]]}}]}`;

test('properties named constructor, __proto__, $name and $type are drawn, shown and filtered', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	await page.getByTestId('import-file').setInputFiles({ name: 'hostile-keys.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(HOSTILE_KEYS) });
	await expect(page.getByTestId('import-done')).toContainText('Imported “hostile-keys”: 2 features.');
	await expect(page.getByTestId('user-layer')).toContainText('2');
	// Both features are on the map: the worker kept the layer.
	await expect.poll(() => userRendered(page).then((l) => [...new Set(l)].sort())).toEqual(['line', 'point']);

	// Clicked, the point shows its properties under their own names.
	await page.getByTestId('canvas').click({ position: await screenPoint(page, [38.6, 35.6]) });
	const panel = page.getByTestId('user-feature-panel');
	await expect(panel.locator('dt')).toHaveText(['constructor', '__proto__', '$name', '$type', 'toString']);
	await expect(panel.locator('dd')).toHaveText(['2025-03-02', '{"polluted":true}', 'Checkpoint 7', 'Polygon', 'ts']);
	expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
	await page.keyboard.press('Escape');

	// The date filter reads the property named "constructor": From 2025-04-01 leaves the line.
	const entry = page.getByTestId('user-layer');
	await expect(entry).toContainText('constructor from');
	await entry.getByLabel('From').fill('2025-04-01');
	await expect.poll(() => userRendered(page).then((l) => [...new Set(l)].sort())).toEqual(['line']);
	await entry.getByLabel('From').fill('');
	await expect.poll(() => userRendered(page).then((l) => [...new Set(l)].sort())).toEqual(['line', 'point']);
	await entry.getByRole('button', { name: /Remove/ }).click();
	await expect(entry).toHaveCount(0);
});

/** Left edge, on screen, of each character of the first text node under `el` that holds `text`. */
function charLefts(el: Locator, text: string): Promise<number[]> {
	return el.evaluate((root, t) => {
		const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			const at = n.textContent!.indexOf(t);
			if (at < 0) continue;
			return [...t].map((_, i) => {
				const r = document.createRange();
				r.setStart(n, at + i);
				r.setEnd(n, at + i + 1);
				return r.getBoundingClientRect().left;
			});
		}
		throw new Error(`"${t}" is not in the element`);
	}, text);
}
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);

const RLO = '\u202E';
const twelve = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 12 }, (_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [38 + i / 10, 35] } })) });

for (const lang of ['en', 'ar'] as const) {
	test(`a right-to-left override in a file name stays inside the name (${lang})`, async ({ page }) => {
		await page.goto(lang === 'ar' ? '/?lang=ar' : '/');
		await ready(page);
		const name = `${RLO}evil.geojson`;
		await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(twelve) });
		const done = page.getByTestId('import-done');
		await expect(done.locator('bdi')).toHaveText(`${RLO}evil`);
		// The app's own words after the name read in their own direction: in English "features"
		// left to right; in Arabic the count 12 as a number, 1 left of 2 (an override would swap them).
		if (lang === 'en') {
			await expect(done).toContainText('”: 12 features.');
			expect(ascending(await charLefts(done, 'features'))).toBe(true);
		} else {
			await expect(done).toContainText('12 معلمًا');
			expect(ascending(await charLefts(done, '12'))).toBe(true);
		}
		await expect(page.getByTestId('user-layer').locator('bdi.name')).toHaveText(`${RLO}evil`);
		await page.locator('section.import').scrollIntoViewIfNeeded();
		await page.locator('section.import').screenshot({ path: `/tmp/lies-rlo-done-${lang}.png` });

		// A refusal names the file the same way: "“…” was not imported." keeps its order.
		await page.getByTestId('import-file').setInputFiles({ name: `${RLO}bad.geojson`, mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"Point"') });
		const alert = page.getByTestId('import-alert');
		await expect(alert.locator('strong bdi')).toHaveText(`${RLO}bad.geojson`);
		// (In Arabic the words around the name are right-to-left already; the <bdi> is what counts.)
		if (lang === 'en') expect(ascending(await charLefts(alert.locator('strong'), 'imported'))).toBe(true);
		await page.locator('section.import').scrollIntoViewIfNeeded();
		await page.locator('section.import').screenshot({ path: `/tmp/lies-rlo-refused-${lang}.png` });
		await page.getByTestId('user-layer').getByRole('button', { name: /Remove|إزالة|حذف/ }).click();
	});
}
