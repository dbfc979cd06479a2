// Events grouped by place: incidents at or near the same gazetteer place are one marker that says
// how many (not a pixel cluster), a click lists them all in the chooser, newest first, and each
// opens its panel. The data: a copy of geodata/ with two more incidents at Albu Kamal (one dated to
// the day, one "near" the town and dated only to a month) beside the one it has.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startDataServer, type DataServer } from './dataServer';
import { waitForMap } from './atlas';

test.setTimeout(180_000);

type Win = { __atlasMap: import('maplibre-gl').Map };
const PLACE = 'albu-kamal';
const ADDED = ['2025-03-05-albu-kamal-added-a', '2025-06-albu-kamal-added-b'];

let server: DataServer;
test.beforeAll(async () => {
	server = await startDataServer((dir) => {
		const path = join(dir, 'incidents.json');
		const data = JSON.parse(readFileSync(path, 'utf8'));
		const base = data.incidents.find((i: { place_ids: string[]; geo_precision: number }) => i.place_ids[0] === PLACE && i.geo_precision === 1);
		data.incidents.push({ ...base, id: ADDED[0], title_en: 'Added report at Albu Kamal', date: '2025-03-05', date_end: null, date_precision: 'day' });
		data.incidents.push({ ...base, id: ADDED[1], title_en: 'Added report near Albu Kamal', date: '2025-06', date_end: null, date_precision: 'month', geo_precision: 2 });
		writeFileSync(path, JSON.stringify(data, null, '\t'));
	});
});
test.afterAll(async () => server?.stop());

interface Inc {
	id: string;
	properties: { footprint_id: string; geo_precision: number; date_from: string; date_to: string };
}

/** The incidents the texts place at or near Albu Kamal, newest first: computed here from the layer's own fields. */
async function atPlace(page: Page): Promise<string[]> {
	const body = await (await page.request.get(`${server.base}/api/layers/incidents`)).json();
	return (body.features as Inc[])
		.filter((f) => f.properties.footprint_id === PLACE && f.properties.geo_precision !== 3)
		.sort((a, b) => b.properties.date_to.localeCompare(a.properties.date_to) || b.properties.date_from.localeCompare(a.properties.date_from))
		.map((f) => f.id);
}

for (const { lang, viewport } of [
	{ lang: 'en', viewport: { width: 1280, height: 800 } },
	{ lang: 'ar', viewport: { width: 1280, height: 800 } },
	{ lang: 'en', viewport: { width: 390, height: 844 } }
]) {
	test(`several incidents at one place are one marker with their count; a click lists them all, newest first (${lang}, ${viewport.width}px)`, async ({ page }) => {
		await page.setViewportSize(viewport);
		// Zoomed out: a pixel cluster would take in Al-Qaim and more; a place's group is that place alone.
		await page.goto(`${server.base}/?lang=${lang}#5/34.45/40.9`);
		await waitForMap(page);
		const want = await atPlace(page);
		expect(want).toEqual(expect.arrayContaining(ADDED));
		expect(want.length).toBeGreaterThanOrEqual(3);

		const group = await page.evaluate((place) => {
			const f = (window as unknown as Win).__atlasMap.querySourceFeatures('incident-points').find((g) => g.properties.place === place && g.properties.cluster);
			return f && { count: Number(f.properties.point_count), at: (f.geometry as GeoJSON.Point).coordinates as [number, number] };
		}, PLACE);
		expect(group?.count).toBe(want.length);
		// No incident of the place is drawn as a marker of its own beside the group.
		const singles = await page.evaluate(() => (window as unknown as Win).__atlasMap.querySourceFeatures('incident-points').filter((g) => !g.properties.cluster).map((g) => String(g.properties.id)));
		expect(singles.filter((id) => want.includes(id))).toEqual([]);
		// The marker says how many.
		await expect.poll(() => page.evaluate((n) => (window as unknown as Win).__atlasMap.queryRenderedFeatures({ layers: ['incident-cluster-count'] }).some((f) => f.properties.point_count === n), want.length)).toBe(true);

		const box = (await page.getByTestId('map').boundingBox())!;
		const p = await page.evaluate((ll) => (window as unknown as Win).__atlasMap.project(ll), group!.at);
		await page.screenshot({ path: `/tmp/place-group-marker-${lang}-${viewport.width}.png`, clip: { x: box.x + p.x - 60, y: box.y + p.y - 40, width: 120, height: 80 } });
		await page.mouse.click(box.x + p.x, box.y + p.y);
		const chooser = page.getByTestId('chooser');
		await expect(chooser).toBeVisible();
		const ids = await chooser.getByTestId('chooser-option').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
		// All of the place's incidents, newest first (the town itself may be offered too).
		expect(ids.filter((id) => want.includes(id))).toEqual(want);
		// Each says its date, type and sources.
		const added = chooser.locator(`[data-testid="chooser-option"][data-id="${ADDED[0]}"]`);
		// In Arabic the Iraqi/Levantine month name with Latin digits (issue 16), written out here.
		await expect(added).toContainText(lang === 'en' ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2025-03-05T00:00:00Z')) : '5 آذار 2025');
		const sources = (await (await page.request.get(`${server.base}/api/incidents/${ADDED[0]}`)).json()).incident?.properties?.sources as string[] | undefined;
		for (const s of sources ?? []) await expect(added).toContainText(s);
		await page.screenshot({ path: `/tmp/place-group-${lang}-${viewport.width}.png` });

		// Each opens its panel.
		const panel = page.getByTestId('panel');
		for (const id of lang === 'en' && viewport.width > 640 ? want : [want[0]]) {
			if (!(await chooser.isVisible())) {
				await page.keyboard.press('Escape');
				await expect(panel).toHaveCount(0);
				// The panel may have moved the camera and narrowed the map: find the group again.
				await page.waitForFunction(() => !(window as unknown as Win).__atlasMap.isMoving());
				const b = (await page.getByTestId('map').boundingBox())!;
				const q = await page.evaluate((ll) => (window as unknown as Win).__atlasMap.project(ll), group!.at);
				await page.mouse.click(b.x + q.x, b.y + q.y);
				await expect(chooser).toBeVisible();
			}
			await chooser.locator(`[data-testid="chooser-option"][data-id="${id}"]`).click();
			await expect(page.locator(`[data-testid="panel"][data-selection$=":${id}"]`)).toBeVisible();
		}
	});
}
