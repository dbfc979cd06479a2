// Any screen, any hand: a phone viewport, the keyboard alone, a screen reader's landmarks.
import { test, expect } from './fixtures';
import { clickFeature, waitForMap } from './atlas';

test('keyboard only: find a place, open it, read it, close it', async ({ page }) => {
	await page.goto('/#5.6/34.6/41.2');
	await waitForMap(page);
	const box = page.getByRole('combobox', { name: 'Search places, incidents, articles and your layers' });
	await box.focus();
	await page.keyboard.type('hol');
	await expect(page.getByRole('option').first()).toContainText('al-Hol');
	await page.keyboard.press('Enter');
	const panel = page.getByRole('complementary', { name: /al-Hol/ });
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel.getByRole('heading', { level: 3, name: /Excerpts/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('panel')).toHaveCount(0);
});

test('the legend toggles a layer from the keyboard', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const toggle = page.getByTestId('legend-toggle-places');
	await toggle.focus();
	await page.keyboard.press('Space');
	await expect(toggle).not.toBeChecked();
	const vis = await page.evaluate(() =>
		(window as never as { __atlasMap: { getLayoutProperty(l: string, p: string): string } }).__atlasMap.getLayoutProperty('place-symbols', 'visibility')
	);
	expect(vis).toBe('none');
});

test('the chooser is offered when a click hits several features, and works with arrows', async ({ page }) => {
	await page.goto('/#6.5/34.5/41');
	await waitForMap(page);
	const { place } = await (await page.request.get('/api/places/albu-kamal')).json();
	const box = await page.getByTestId('map').boundingBox();
	const p = await page.evaluate(
		(ll) => (window as never as { __atlasMap: { project(l: number[]): { x: number; y: number } } }).__atlasMap.project(ll),
		place.geometry.coordinates
	);
	await page.mouse.click(box!.x + p.x, box!.y + p.y);
	const chooser = page.getByTestId('chooser');
	await expect(chooser).toBeVisible();
	await expect(chooser.getByTestId('chooser-option').first()).toBeFocused();
	expect(await chooser.getByTestId('chooser-option').count()).toBeGreaterThan(1);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Escape');
	await expect(chooser).toHaveCount(0);
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a phone viewport shows the map, and the panel opens as a bottom sheet', async ({ page }) => {
		await page.goto('/#5.2/34.8/40.5');
		await waitForMap(page);
		// The layer list is folded away behind one button so the map is visible.
		await expect(page.getByRole('button', { name: 'Layers' })).toBeVisible();
		await expect(page.getByTestId('legend-toggle-places')).toBeHidden();
		const { place } = await (await page.request.get('/api/places/al-hol-camp')).json();
		await clickFeature(page, place.geometry.coordinates, 'al-hol-camp');
		const box = (await page.getByTestId('panel').boundingBox())!;
		expect(box.width).toBe(390);
		expect(Math.round(box.y + box.height)).toBe(844);
		expect(box.y).toBeGreaterThan(844 * 0.35);
		await expect(page.getByTestId('panel').getByTestId('excerpt').first()).toBeVisible();
	});
});
