// Selection in view: after a panel opens, the selected feature lies wholly in the part of the map
// that neither the sidebar nor the panel covers — desktop and phone, English and Arabic (where the
// sidebar and the panel swap sides).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { apiFeature, clickFeature, waitForMap } from './atlas';

type Box = { left: number; top: number; right: number; bottom: number };
type MapWindow = Window & {
	__atlasMap: { project(ll: [number, number]): { x: number; y: number }; isMoving(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void };
};

/** Every position of a geometry. */
function positions(g: { type: string; coordinates: unknown }): [number, number][] {
	const flat = (c: unknown): [number, number][] => (typeof (c as number[])[0] === 'number' ? [c as [number, number]] : (c as unknown[]).flatMap(flat));
	return flat(g.coordinates);
}

/** Waits until the app has brought the selection into view, the camera has stopped and the map is drawn. */
async function settled(page: Page) {
	const key = await page.getByTestId('panel').getAttribute('data-selection');
	await expect(page.getByTestId('map')).toHaveAttribute('data-in-view', key!);
	await page.waitForFunction(() => !(window as unknown as MapWindow).__atlasMap.isMoving(), null, { polling: 100 });
	await page.evaluate(
		() =>
			new Promise<void>((r) => {
				const m = (window as unknown as MapWindow).__atlasMap;
				m.once('idle', () => r());
				m.triggerRepaint();
			})
	);
}

/** The feature's projected bounding box on the page (points padded by their marker's radius). */
async function featureBox(page: Page, coords: [number, number][]): Promise<Box> {
	const map = (await page.getByTestId('map').boundingBox())!;
	const pts = await page.evaluate((cs) => cs.map((c) => (window as unknown as MapWindow).__atlasMap.project(c)), coords);
	const xs = pts.map((p) => map.x + p.x);
	const ys = pts.map((p) => map.y + p.y);
	const r = coords.length === 1 ? 8 : 0;
	return { left: Math.min(...xs) - r, right: Math.max(...xs) + r, top: Math.min(...ys) - r, bottom: Math.max(...ys) + r };
}

async function rect(page: Page, selector: string): Promise<Box | null> {
	const b = await page.locator(selector).first().boundingBox();
	return b && b.width > 0 && b.height > 0 ? { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height } : null;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The feature lies inside the map, clear of the sidebar and the panel. */
async function expectInClearView(page: Page, coords: [number, number][]) {
	await settled(page);
	const f = await featureBox(page, coords);
	const map = (await rect(page, '[data-testid="map"]'))!;
	expect(f.left, 'west edge inside the map').toBeGreaterThanOrEqual(map.left);
	expect(f.right, 'east edge inside the map').toBeLessThanOrEqual(map.right);
	expect(f.top, 'north edge inside the map').toBeGreaterThanOrEqual(map.top);
	expect(f.bottom, 'south edge inside the map').toBeLessThanOrEqual(map.bottom);
	for (const cover of ['.sidebar', '[data-testid="panel"]']) {
		const c = await rect(page, cover);
		if (c) expect(overlaps(f, c), `${JSON.stringify(f)} is clear of ${cover} ${JSON.stringify(c)}`).toBe(false);
	}
}

/** A vertex in the middle of the pipeline's longest part, where a click hits it. */
function pipelineVertex(g: { type: string; coordinates: number[][][] | number[][] }): [number, number] {
	const parts = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as number[][][];
	const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
	return longest[Math.floor(longest.length * 0.7)] as [number, number];
}

for (const lang of ['en', 'ar'] as const) {
	test(`desktop ${lang}: the whole pipeline is in view beside the sidebar after its panel opens`, async ({ page }) => {
		const { place } = await apiFeature(page, 'places', 'kirkuk-baniyas-pipeline');
		await page.goto(`/?lang=${lang}#5.6/34.6/41.2`);
		await waitForMap(page);
		await clickFeature(page, pipelineVertex(place.geometry), place.id);
		await expectInClearView(page, positions(place.geometry));
	});

	test.describe('phone', () => {
		test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		test(`phone ${lang}: a town in the lower half stays above the bottom sheet`, async ({ page }) => {
			const { place } = await apiFeature(page, 'places', 'albu-kamal');
			// Albu Kamal in the lower half of the screen, where the sheet will rise.
			await page.goto(`/?lang=${lang}#6/35.6/40.9`);
			await waitForMap(page);
			await clickFeature(page, place.geometry.coordinates, place.id);
			await expect(page.getByTestId('panel')).toBeVisible();
			await expectInClearView(page, [place.geometry.coordinates]);
		});
	});
}

test('desktop ar: Damascus, left of the opening view, is brought out from under the panel on the left', async ({ page }) => {
	const { place } = await apiFeature(page, 'places', 'damascus');
	await page.goto('/?lang=ar#5.6/34.6/41.2');
	await waitForMap(page);
	await clickFeature(page, place.geometry.coordinates, place.id);
	// The panel opened on the left (Arabic reads right to left), over where Damascus was drawn.
	const panel = (await rect(page, '[data-testid="panel"]'))!;
	expect(panel.left).toBe(0);
	await expectInClearView(page, [place.geometry.coordinates]);
});
