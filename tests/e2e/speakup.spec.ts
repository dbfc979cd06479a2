// Speak up (issue 16): a link naming something the atlas lacks gets a notice naming it, that part
// is ignored and the rest of the link still applies — never an empty map with nothing said.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

async function listedIncidents(page: Page): Promise<string[]> {
	const keys = await page.getByTestId('result-list').locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
	return keys.filter((k) => k.startsWith('incident:')).map((k) => k.slice('incident:'.length)).sort();
}

async function apiIds(page: Page, query: string): Promise<string[]> {
	const r = await page.request.get(`/api/layers/incidents?${query}`);
	expect(r.ok()).toBe(true);
	return ((await r.json()).features as { id: string }[]).map((f) => f.id).sort();
}

for (const { lang, viewport } of [
	{ lang: 'en', viewport: { width: 1280, height: 800 } },
	{ lang: 'ar', viewport: { width: 1280, height: 800 } },
	{ lang: 'en', viewport: { width: 390, height: 844 } }
]) {
	test(`unknown names in a link are named in a notice and ignored; the rest applies (${lang}, ${viewport.width}px)`, async ({ page }) => {
		await page.setViewportSize(viewport);
		// Our own example: a town the atlas does not draw as the near target, one invented type
		// beside a real one, an invented kind and incident.
		const types = await page.request.get('/api/layers/incidents').then(async (r) => ((await r.json()).features as { properties: { type: string } }[]).map((f) => f.properties.type));
		const real = types[0];
		await page.goto(`/?lang=${lang}&near=tal-afar:10&type=${real},camel-race&kind=castle&incident=1999-01-01-nothing`);
		await waitForMap(page);
		const notice = page.getByTestId('query-notice');
		await expect(notice).toBeVisible();
		for (const name of ['tal-afar', 'camel-race', 'castle', '1999-01-01-nothing']) await expect(notice).toContainText(name);
		// The known type is not reported, and still filters: the list holds exactly what the API keeps for it alone.
		await expect(notice).not.toContainText(`“${real}”`);
		const expected = await apiIds(page, `type=${real}`);
		expect(expected.length).toBeGreaterThan(0);
		await expect.poll(() => listedIncidents(page)).toEqual(expected);
		await expect(page.getByTestId('timeline-summary')).not.toContainText(/: 0 /);
		await page.screenshot({ path: `/tmp/speakup-${lang}-${viewport.width}.png` });
	});
}

test('a malformed or unknown near target alone leaves the map as an unfiltered link would', async ({ page }) => {
	await page.goto('/?near=mosul-city:25');
	await waitForMap(page);
	await expect(page.getByTestId('query-notice')).toContainText('mosul-city');
	const all = await apiIds(page, '');
	await expect.poll(() => listedIncidents(page)).toEqual(all);
});

// Our own example: two wells near Tal Afar and Sinjar written [lat, lon] — in Turkey, out of view.
const SWAPPED = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { name: 'Well A' }, geometry: { type: 'Point', coordinates: [36.38, 42.45] } },
		{ type: 'Feature', properties: { name: 'Well B' }, geometry: { type: 'Point', coordinates: [36.32, 41.87] } }
	]
};

for (const { lang, viewport, swap } of [
	{ lang: 'en', viewport: { width: 1280, height: 800 }, swap: 'Swap latitude and longitude' },
	{ lang: 'ar', viewport: { width: 1280, height: 800 }, swap: 'تبديل خط العرض وخط الطول' },
	{ lang: 'en', viewport: { width: 390, height: 844 }, swap: 'Swap latitude and longitude' }
]) {
	test(`an import with swapped latitude and longitude is flagged, fixed in one click and shown (${lang}, ${viewport.width}px)`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(`/?lang=${lang}`);
		await waitForMap(page);
		if (viewport.width < 641) await page.locator('.sidebar .toggle').click();
		await page.getByTestId('import-file').setInputFiles({ name: 'wells.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(SWAPPED)) });
		const frame = page.getByTestId('import-frame');
		await expect(frame).toBeVisible();
		await expect(frame).toContainText(lang === 'en' ? '2 of 2 features lie outside' : 'خارج إطار الأطلس');
		const centre = () => page.evaluate(() => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getCenter().toArray());
		// The map went to the new layer, wherever it is: here, as written, in Turkey (clamped to what the camera may show).
		await expect.poll(async () => (await centre())[1]).toBeGreaterThan(38);
		await page.screenshot({ path: `/tmp/import-${lang}-${viewport.width}.png` });
		await page.getByRole('button', { name: swap }).click();
		await expect(frame).toBeHidden();
		// Fixed: the wells lie at Tal Afar and Sinjar, and the map shows them.
		await expect.poll(async () => (await centre()).map((v) => Math.round(v * 10) / 10)).toEqual([42.2, 36.4]);
	});
}
