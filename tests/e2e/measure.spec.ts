// The measure tool: two clicks give Turf's great-circle distance between the two clicked
// positions; the keyboard does the same with the crosshair; Escape leaves; no panel opens.
import * as turf from '@turf/turf';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

type W = Window & {
	__atlasMap: {
		unproject(p: [number, number]): { lng: number; lat: number };
		getCenter(): { lng: number; lat: number };
		isMoving(): boolean;
	};
};

/** The same rounding the readout promises: metres < 1 km, one decimal < 100 km, whole km above. */
function expected(km: number): string {
	if (km < 1) return `${Math.round(km * 100) * 10} m`;
	if (km < 100) return `${(Math.round(km * 10) / 10).toFixed(1)} km`;
	return `${Math.round(km).toLocaleString('en-GB')} km`;
}

const centre = (page: Page) => page.evaluate(() => {
	const c = (window as unknown as W).__atlasMap.getCenter();
	return [c.lng, c.lat] as [number, number];
});
const settled = (page: Page) => page.waitForFunction(() => !(window as unknown as W).__atlasMap.isMoving());

test('two clicks measure the great-circle distance between them, and open no panel', async ({ page }) => {
	await page.goto('/#6/34.5/41');
	await waitForMap(page);
	await page.getByTestId('measure-toggle').click();
	await expect(page.getByTestId('measure-toggle')).toHaveAttribute('aria-pressed', 'true');
	const readout = page.getByTestId('measure-readout');
	await expect(readout).toHaveAttribute('aria-live', 'polite');

	const box = (await page.getByTestId('map').boundingBox())!;
	// Albu Kamal sits near the first point: without the tool this click would open its panel.
	// Whole pixels: the browser rounds a click's position, the unprojection must see the same one.
	const a: [number, number] = [Math.round(box.width * 0.45), Math.round(box.height * 0.4)];
	const b: [number, number] = [Math.round(box.width * 0.8), Math.round(box.height * 0.75)];
	const [la, lb] = await page.evaluate(
		([a, b]) => [a, b].map((p) => (window as unknown as W).__atlasMap.unproject(p)).map((l) => [l.lng, l.lat] as [number, number]),
		[a, b] as const
	);
	await page.mouse.click(box.x + a[0], box.y + a[1]);
	await expect(readout).toContainText('First point');
	await page.mouse.click(box.x + b[0], box.y + b[1]);

	const km = turf.distance(la, lb, { units: 'kilometers' });
	await expect(readout).toContainText(`Distance: ${expected(km)}`);
	expect(Number(await readout.getAttribute('data-km'))).toBeCloseTo(km, 6);
	await expect(page.getByTestId('panel')).toHaveCount(0);
	await expect(page.getByTestId('chooser')).toHaveCount(0);
	await page.screenshot({ path: 'tests/e2e/__output__/measure-clicks.png' });

	// Escape leaves the tool; the next click is an ordinary one again.
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('measure-toggle')).toHaveAttribute('aria-pressed', 'false');
	await expect(readout).toBeHidden();
});

test('keyboard only: arrows move the map under the crosshair, Enter drops the points', async ({ page }) => {
	await page.goto('/#7/34.4/41.2');
	await waitForMap(page);
	await page.getByTestId('measure-toggle').focus();
	await page.keyboard.press('Enter');
	// The canvas has the focus, so the arrow keys pan the map.
	await expect(page.getByTestId('canvas')).toBeFocused();
	await expect(page.getByTestId('measure-crosshair')).toBeVisible();
	const readout = page.getByTestId('measure-readout');

	const first = await centre(page);
	await page.keyboard.press('Enter');
	await expect(readout).toContainText('First point');
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
	await settled(page);
	const second = await centre(page);
	expect(second).not.toEqual(first);
	await page.keyboard.press('Enter');

	const km = turf.distance(first, second, { units: 'kilometers' });
	await expect(readout).toContainText(`Distance: ${expected(km)}`);
	expect(Number(await readout.getAttribute('data-km'))).toBeCloseTo(km, 6);
	await page.screenshot({ path: 'tests/e2e/__output__/measure-keys.png' });

	await page.keyboard.press('Escape');
	await expect(page.getByTestId('measure-toggle')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByTestId('measure-crosshair')).toHaveCount(0);
});

test.describe('Arabic', () => {
	test('the tool speaks Arabic', async ({ page }) => {
		await page.goto('/?lang=ar#6/34.5/41');
		await waitForMap(page);
		await page.getByTestId('measure-toggle').click();
		await expect(page.getByTestId('measure-readout')).toContainText('انقر النقطة الأولى');
		const box = (await page.getByTestId('map').boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.5);
		await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.5);
		await expect(page.getByTestId('measure-readout')).toContainText('المسافة');
		await expect(page.getByTestId('measure-readout')).toContainText('كم');
		await page.screenshot({ path: 'tests/e2e/__output__/measure-ar.png' });
	});
});
