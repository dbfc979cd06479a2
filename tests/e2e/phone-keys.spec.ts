// Phone and keyboard (issue 16): a phone with a panel open still shows the map and the feature,
// with a share of its own and the sidebar's Copy link, Export and Import in reach above the sheet;
// the canvas keys its label promises (N, P, Enter) work; focusing the file picker moves nothing;
// "Back to the map" returns to the state the article was opened from.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

// SwiftShader on shared cores: a phone's map and an article round trip take a while.
test.describe.configure({ timeout: 150_000 });

const PHONE = { width: 390, height: 844 };
const boxOf = async (l: Locator) => (await l.boundingBox())!;

async function placeCoords(page: Page, id: string): Promise<[number, number]> {
	const r = await page.request.get(`/api/places/${id}`);
	return (await r.json()).place.geometry.coordinates;
}

for (const lang of ['en', 'ar']) {
	test(`a phone with a panel open shows the map, the feature and a reachable share (${lang})`, async ({ page }) => {
		await page.setViewportSize(PHONE);
		const [lon, lat] = await placeCoords(page, 'albu-kamal');
		await page.goto(`/?lang=${lang}&place=albu-kamal`);
		await waitForMap(page);
		const panel = page.getByTestId('panel');
		await expect(panel).toBeVisible();
		const sheet = await boxOf(panel);
		expect(sheet.height).toBeLessThanOrEqual(PHONE.height * 0.6 + 1);
		expect(sheet.y).toBeGreaterThanOrEqual(PHONE.height * 0.4 - 1);
		// The selected place is drawn in the part of the map above the sheet.
		await page.waitForFunction(
			([lon, lat, top]) => {
				const m = (window as unknown as { __atlasMap: { isMoving(): boolean; project(p: [number, number]): { x: number; y: number } } }).__atlasMap;
				const p = m.project([lon, lat]);
				return !m.isMoving() && p.y > 0 && p.y < top && p.x > 0 && p.x < innerWidth;
			},
			[lon, lat, sheet.y] as [number, number, number],
			{ timeout: 15_000 }
		);
		// Its own share, in sight, that answers.
		const share = page.getByTestId('panel-copy-link');
		await expect(share).toBeInViewport();
		await share.click();
		await expect(page.getByTestId('panel-copy-link-status')).not.toBeEmpty();

		// The sidebar opened: Copy link, Export and Import are reachable above the sheet.
		await page.getByRole('button', { name: lang === 'en' ? 'Layers' : 'الطبقات' }).click();
		const reach: [string, Locator][] = [
			['copy link', page.getByTestId('copy-link')],
			['export', page.locator('.sidebar details > summary').last()],
			['import', page.getByTestId('import-drop')]
		];
		for (const [id, el] of reach) {
			await el.scrollIntoViewIfNeeded();
			await expect(el, id).toBeInViewport();
			const b = await boxOf(el);
			expect(b.y + b.height, id).toBeLessThanOrEqual(sheet.y + 1);
		}
		await page.screenshot({ path: `/tmp/lane16b-phone-${lang}.png` });
	});

	test(`N and P step through the features in view and Enter opens one (${lang})`, async ({ page }) => {
		await page.goto(`/?lang=${lang}#6/34.6/40.6`);
		await waitForMap(page);
		const canvas = page.getByTestId('canvas');
		await expect(canvas).toHaveAttribute('aria-label', /N/);
		await canvas.focus();
		const caption = page.getByTestId('map-keys-caption');
		await page.keyboard.press('n');
		await expect(caption).toBeVisible();
		await expect(caption).toContainText(lang === 'en' ? /^1 of \d+: / : /^1 من \d+: /);
		const first = await caption.getAttribute('data-current');
		await page.keyboard.press('n');
		await expect(caption).toContainText(lang === 'en' ? /^2 of / : /^2 من /);
		const second = await caption.getAttribute('data-current');
		expect(second).not.toBe(first);
		await page.keyboard.press('p');
		await expect(caption).toHaveAttribute('data-current', first!);
		// The order is stable: stepping on and back lands on the same features.
		await page.keyboard.press('n');
		await expect(caption).toHaveAttribute('data-current', second!);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', second!);
	});
}

for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
	test(`focusing the file picker moves nothing (${viewport.width}px)`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await waitForMap(page);
		if (viewport.width < 641) await page.getByRole('button', { name: 'Layers' }).click();
		const watched = [page.locator('.sidebar h1'), page.locator('#search-input'), page.getByTestId('import-drop'), page.getByTestId('canvas')];
		const drop = page.getByTestId('import-drop');
		await drop.scrollIntoViewIfNeeded();
		const before = await Promise.all(watched.map(boxOf));
		await page.getByTestId('import-file').focus();
		await expect(page.getByTestId('import-file')).toBeFocused();
		const after = await Promise.all(watched.map(boxOf));
		for (let i = 0; i < watched.length; i++) {
			expect(Math.abs(after[i].y - before[i].y), `element ${i} moved`).toBeLessThanOrEqual(1);
			expect(Math.abs(after[i].x - before[i].x), `element ${i} moved`).toBeLessThanOrEqual(1);
		}
		// And the focus is shown, on the visible button.
		await expect(page.locator('.import label .pick')).toHaveCSS('outline-style', 'solid');
	});
}

test('Back to the map returns to the filters, selection and camera the article was opened from', async ({ page }) => {
	const zoomOf = (href: string) => Number(new URL(href).hash.slice(1).split('/')[0]);
	await page.goto('/?from=2024-01-01&to=2025-12-31&place=albu-kamal#6.5/34.4/40.9');
	const panel = page.getByTestId('panel');
	await expect(panel).toHaveAttribute('data-selection', 'place:albu-kamal');
	const link = panel.getByTestId('excerpt').first().locator('figcaption a');
	await expect(link).toBeVisible();
	const left = page.url();
	await link.click();
	await expect(page).toHaveURL(/\/articles\/[^?]+\?back=/);
	await page.getByTestId('back-to-map').click();
	await expect(page).toHaveURL((u) => u.pathname === '/');
	const url = new URL(page.url());
	expect(url.searchParams.get('from')).toBe('2024-01-01');
	expect(url.searchParams.get('to')).toBe('2025-12-31');
	expect(url.searchParams.get('place')).toBe('albu-kamal');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'place:albu-kamal');
	// The camera (in the hash) is the one the article was opened from.
	expect(Math.abs(zoomOf(page.url()) - zoomOf(left))).toBeLessThan(0.5);
});
