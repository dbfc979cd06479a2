// Golden screenshots, compared with a small tolerance (playwright.config.ts). After an intended
// change:  npx playwright test golden --update-snapshots   — then look at the new PNGs.
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

test('desktop: the frontier at its opening view', async ({ page }) => {
	await page.goto('/#5.6/34.6/41.2');
	await waitForMap(page);
	await expect(page).toHaveScreenshot('frontier-desktop.png');
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	test('phone: a deep link to Albu Kamal with its bottom sheet', async ({ page }) => {
		await page.goto('/?place=albu-kamal#6.2/34.2/40.9');
		await waitForMap(page);
		await expect(page).toHaveScreenshot('albu-kamal-phone.png');
	});
});
