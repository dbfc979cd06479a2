// Honest readiness (issue 7 item 4): the status stops saying "loading" only when the data layers
// are drawn, so a click the very moment it clears opens what is under the pointer — never
// nothing, never another feature, never a chooser without that feature.
import { test, expect } from './fixtures';

type ReadyWindow = Window & { __atlasMap?: { project(ll: [number, number]): { x: number; y: number } } };

for (const lang of ['en', 'ar'] as const) {
	test(`a click the moment the status clears opens the place under the pointer (${lang})`, async ({ page }) => {
		const { place } = await (await page.request.get('/api/places/al-hol-camp')).json();
		const lngLat = place.geometry.coordinates as [number, number];
		await page.goto(`/${lang === 'ar' ? '?lang=ar' : ''}#6/36/41`);
		const status = page.getByTestId('map-status');
		// Polled every animation frame: the first frame in which the status no longer says loading.
		const handle = await page.waitForFunction(
			(ll) => {
				const s = document.querySelector('[data-testid="map-status"]');
				const m = (window as ReadyWindow).__atlasMap;
				if (!s || !m || s.getAttribute('data-loading') !== 'false') return null;
				const box = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
				const p = m.project(ll);
				return { x: box.x + p.x, y: box.y + p.y };
			},
			lngLat,
			{ polling: 'raf', timeout: 45_000 }
		);
		const point = (await handle.jsonValue())!;
		await page.mouse.click(point.x, point.y);
		await expect(status).toHaveAttribute('data-loading', 'false');

		const panel = page.getByTestId('panel');
		const chooser = page.getByTestId('chooser');
		await expect(panel.or(chooser).first()).toBeVisible();
		if (await chooser.isVisible()) {
			await expect(chooser.locator('[data-testid="chooser-option"][data-id="al-hol-camp"]')).toBeVisible();
		} else {
			await expect(panel).toHaveAttribute('data-selection', 'place:al-hol-camp');
		}
	});
}
