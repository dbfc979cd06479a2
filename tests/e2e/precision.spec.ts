// Never overstate (issue 16): an incident the texts locate only to a region is never a marker and
// never part of a cluster; it is drawn as its region with a count on the region's label, and picked
// through that label. Served from a copy of geodata/ with two more incidents placed only "in the
// Syrian desert" (geo precision 3) and one more at Albu Kamal (precision 1, to be clustered).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startDataServer, type DataServer } from './dataServer';
import { waitForMap } from './atlas';

test.setTimeout(180_000);

type Win = { __atlasMap: import('maplibre-gl').Map };
const DESERT = ['2025-09-03-desert-only-a', '2025-09-04-desert-only-b'];

let server: DataServer;
test.beforeAll(async () => {
	server = await startDataServer((dir) => {
		const path = join(dir, 'incidents.json');
		const data = JSON.parse(readFileSync(path, 'utf8'));
		const base = data.incidents.find((i: { geo_precision: number }) => i.geo_precision === 3);
		const exact = data.incidents.find((i: { geo_precision: number }) => i.geo_precision === 1);
		for (const [n, id] of DESERT.entries()) data.incidents.push({ ...base, id, title_en: `Desert-only report ${n + 1}`, date: `2025-09-0${n + 3}`, date_precision: 'day', footprint: 'syrian-desert' });
		data.incidents.push({ ...exact, id: `${exact.id}-again` });
		writeFileSync(path, JSON.stringify(data, null, '\t'));
	});
});
test.afterAll(async () => server?.stop());

/** What the map was sent: marker ids, cluster sizes, and the region labels with their counts. */
function drawn(page: Page) {
	return page.evaluate(() => {
		const m = (window as unknown as Win).__atlasMap;
		const singles = new Set<string>();
		const clusters = new Map<number, number>();
		for (const f of m.querySourceFeatures('incident-points')) {
			if (f.properties.cluster) clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
			else singles.add(String(f.properties.id));
		}
		const labels = m.querySourceFeatures('incident-region-labels').map((f) => ({ region: String(f.properties.region), count: Number(f.properties.count), text: String(f.properties.count_text), at: (f.geometry as GeoJSON.Point).coordinates as [number, number] }));
		return { singles: [...singles], inClusters: [...clusters.values()].reduce((a, b) => a + b, 0), labels };
	});
}

async function regionOnlyIds(page: Page): Promise<{ vague: string[]; located: number }> {
	const body = await (await page.request.get(`${server.base}/api/layers/incidents`)).json();
	const all = body.features as { id: string; properties: { geo_precision: number } }[];
	return { vague: all.filter((f) => f.properties.geo_precision === 3).map((f) => f.id), located: all.filter((f) => f.properties.geo_precision !== 3).length };
}

for (const { lang, viewport, count } of [
	{ lang: 'en', viewport: { width: 1280, height: 800 }, count: '2 incidents located only to this region' },
	{ lang: 'ar', viewport: { width: 1280, height: 800 }, count: 'حادثتان محددتان بهذا الإقليم فقط' },
	{ lang: 'en', viewport: { width: 390, height: 844 }, count: '2 incidents located only to this region' }
]) {
	test(`a region-only incident is never a marker or in a cluster, and its region's label counts it (${lang}, ${viewport.width}px)`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(`${server.base}/?lang=${lang}#5/34.6/39.5`);
		await waitForMap(page);
		const { vague, located } = await regionOnlyIds(page);
		expect(vague).toEqual(expect.arrayContaining(DESERT));
		const d = await drawn(page);
		// Markers and clusters hold exactly the incidents at or near a named place: none located only to a region.
		expect(d.singles.filter((id) => vague.includes(id))).toEqual([]);
		expect(d.singles.length + d.inClusters).toBe(located);
		// The desert's label carries the count, in words, plural-correct.
		const desert = d.labels.find((l) => l.region === 'syrian-desert');
		expect(desert).toMatchObject({ count: 2, text: count });
		expect(d.labels.reduce((n, l) => n + l.count, 0)).toBe(vague.length);

		// A click on the label lists the incidents it counts (the chooser), each of which opens.
		const box = (await page.getByTestId('map').boundingBox())!;
		const p = await page.evaluate((ll) => (window as unknown as Win).__atlasMap.project(ll), desert!.at);
		await expect
			.poll(() => page.evaluate((pt) => (window as unknown as Win).__atlasMap.queryRenderedFeatures([pt.x, pt.y], { layers: ['incident-region-labels'] }).length, p))
			.toBeGreaterThan(0);
		await page.mouse.click(box.x + p.x, box.y + p.y);
		const chooser = page.getByTestId('chooser');
		await expect(chooser).toBeVisible();
		const ids = await chooser.getByTestId('chooser-option').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		// Both desert incidents, and no other incident (a line under the pointer may be offered too).
		expect(ids).toEqual(expect.arrayContaining(DESERT));
		expect(ids.filter((id) => vague.includes(id ?? '') && !DESERT.includes(id ?? ''))).toEqual([]);
		await page.screenshot({ path: `/tmp/precision-${lang}-${viewport.width}.png` });
		await chooser.locator(`[data-testid="chooser-option"][data-id="${DESERT[0]}"]`).click();
		await expect(page.locator(`[data-testid="panel"][data-selection$=":${DESERT[0]}"]`)).toBeVisible();
	});
}
