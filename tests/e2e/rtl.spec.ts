// Two languages: the server renders <html lang dir> from ?lang=, the layout mirrors in Arabic
// (sidebar on the right, panel on the left, map controls swapped), and Arabic goldens.
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

for (const [lang, dir] of [
	['en', 'ltr'],
	['ar', 'rtl']
] as const) {
	test(`?lang=${lang}: <html lang="${lang}" dir="${dir}"> from the server, and a mirrored layout`, async ({ page }) => {
		// Server-rendered: the HTML itself carries lang and dir, before any script runs.
		const html = await (await page.request.get(`/?lang=${lang}`)).text();
		expect(html).toMatch(new RegExp(`<html[^>]*lang="${lang}"[^>]*dir="${dir}"`));
		await page.goto(`/?lang=${lang}&place=albu-kamal#5.6/34.6/41.2`);
		await waitForMap(page);
		await expect(page.locator('html')).toHaveAttribute('dir', dir);
		const width = page.viewportSize()!.width;
		const sidebar = (await page.locator('.sidebar').boundingBox())!;
		const panel = (await page.getByTestId('panel').boundingBox())!;
		const zoom = (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
		const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
		if (dir === 'rtl') {
			expect(sidebar.x + sidebar.width).toBeGreaterThan(width - 40);
			expect(panel.x).toBe(0);
			expect(zoom.x).toBeLessThan(width / 2);
			expect(scale.x).toBeGreaterThan(width / 2);
		} else {
			expect(sidebar.x).toBeLessThan(40);
			expect(Math.round(panel.x + panel.width)).toBe(width);
			expect(zoom.x).toBeGreaterThan(width / 2);
			expect(scale.x).toBeLessThan(width / 2);
		}
	});
}

test('Arabic desktop golden: the opening view, mirrored', async ({ page }) => {
	await page.goto('/?lang=ar#5.6/34.6/41.2');
	await waitForMap(page);
	await expect(page).toHaveScreenshot('ar-desktop.png');
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	test('Arabic phone golden: the opening view along the border', async ({ page }) => {
		await page.goto('/?lang=ar');
		await waitForMap(page);
		await expect(page).toHaveScreenshot('ar-phone.png');
	});
});
