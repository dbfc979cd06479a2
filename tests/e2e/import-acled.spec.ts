// A small ACLED export (their CSV, their column names) through the real import control: the good
// rows become a layer with its count and ACLED's attribution, drawn on the map; each bad row is
// named by the line it ends on (the server import's parser and mapping: tests/fixtures/acled/small.expected.json
// says what `npm run db:import` makes of the same file). In English and in Arabic.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

const CSV = readFileSync('tests/fixtures/acled/small.csv');
const EXPECTED: { imported: string[]; bad: Record<string, string> } = JSON.parse(readFileSync('tests/fixtures/acled/small.expected.json', 'utf8'));
type MapWindow = { __atlasMap: { getStyle(): { layers: { id: string }[] }; queryRenderedFeatures(o?: object): unknown[]; loaded(): boolean } };

test.setTimeout(240_000);
async function ready(page: Page) {
	await page.waitForFunction(() => (window as unknown as Partial<MapWindow>).__atlasMap?.loaded(), null, { timeout: 150_000 });
	await waitForMap(page);
}

const drawn = (page: Page) =>
	page.evaluate(() => {
		const m = (window as unknown as MapWindow).__atlasMap;
		const ids = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('user-'));
		return ids.length ? m.queryRenderedFeatures({ layers: ids }).length : 0;
	});

for (const lang of ['en', 'ar'] as const)
	test(`an ACLED CSV becomes a layer with its count and attribution; bad rows are named by line (${lang})`, async ({ page }, info) => {
		await page.goto(lang === 'ar' ? '/?lang=ar' : '/');
		await ready(page);
		await page.getByTestId('import-file').setInputFiles({ name: 'acled-iraq-syria.csv', mimeType: 'text/csv', buffer: CSV });
		const done = page.getByTestId('import-done');
		const n = EXPECTED.imported.length;
		const bad = Object.keys(EXPECTED.bad).length;
		await expect(done).toContainText(lang === 'en' ? `Imported “acled-iraq-syria”: ${n} features.` : `استُورد «acled-iraq-syria»: ${n} معالم.`);
		await expect(done).toContainText(lang === 'en' ? `${bad} rows were skipped` : `تُركت ${bad} صفوف`);
		await expect(page.getByTestId('import-attribution')).toContainText('Armed Conflict Location & Event Data (ACLED)');
		// Every bad line, in order, with its reason (in English, as every import problem is).
		const items = page.getByTestId('import-warnings').locator('li');
		await expect(items).toHaveCount(bad);
		for (const [i, [line, why]] of Object.entries(EXPECTED.bad).entries()) {
			await expect(items.nth(i)).toContainText(`line ${line}: row skipped: `);
			await expect(items.nth(i)).toContainText(why);
		}
		const entry = page.getByTestId('user-layer');
		await expect(entry).toContainText('acled-iraq-syria');
		await expect(entry.locator('.count')).toHaveText(String(n));
		await expect(entry.getByTestId('user-layer-source')).toContainText('ACLED');
		// Drawn: the point-like events, never the region-only one (geo_precision 3) as a point.
		await expect.poll(() => drawn(page), { timeout: 30_000 }).toBeGreaterThan(0);
		await page.getByTestId('import-drop').screenshot({ path: info.outputPath(`acled-import-${lang}.png`) });
		await page.screenshot({ path: `/tmp/l21b-acled-${lang}.png` });
	});
