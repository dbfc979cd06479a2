// The composed PNG: the map as drawn, framed by title, dates and filters, legend, scale bar,
// sources and the date it was made. Decoded with pngjs; the frame is compared with a golden
// (npx playwright test png --update-snapshots rewrites it — look at it after).
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';
import { comparePngs, countDifferent, decodePng, encodePng, toRGBA, type Image } from './pixels';

type Rect = { x: number; y: number; w: number; h: number };

function crop(img: Image, r: Rect): Image {
	const data = new Uint8Array(r.w * r.h * 4);
	for (let y = 0; y < r.h; y++) data.set(img.data.subarray(((r.y + y) * img.width + r.x) * 4, ((r.y + y) * img.width + r.x + r.w) * 4), y * r.w * 4);
	return { width: r.w, height: r.h, data };
}

/** Pixels within `tol` of `colour`. */
function countColour(img: Image, colour: string, tol = 40): number {
	const c = toRGBA(colour);
	let n = 0;
	for (let i = 0; i < img.data.length; i += 4)
		if (Math.abs(img.data[i] - c.r) <= tol && Math.abs(img.data[i + 1] - c.g) <= tol && Math.abs(img.data[i + 2] - c.b) <= tol) n++;
	return n;
}

async function exportPng(page: Page) {
	await page.getByText(/^(Export|تصدير)$/).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
	const img = decodePng(await readFile((await download.path())!));
	const [x, y, w, h] = (await page.getByTestId('export-png').getAttribute('data-map-rect'))!.split(',').map(Number);
	return { img, map: { x, y, w, h } };
}

// Composing a PNG on a software renderer, on a shared machine: room beyond the default minute.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
	// The PNG says when it was made: fix the clock so the golden holds.
	await page.clock.setFixedTime(new Date('2026-11-30T00:00:00Z'));
});

test('the PNG frames the map with title, dates, legend, scale and sources', async ({ page }) => {
	await page.goto('/?from=2025-07-01&to=2025-10-31#6/34.6/41.2');
	await waitForMap(page);
	const canvas = (await page.getByTestId('canvas').boundingBox())!;
	const { img, map } = await exportPng(page);

	expect(img.width).toBe(Math.round(canvas.width));
	expect(map).toMatchObject({ w: Math.round(canvas.width), h: Math.round(canvas.height) });
	expect(img.height).toBeGreaterThan(map.y + map.h + 120);

	// The map inside is the map on screen (compared where no control floats over the canvas).
	const shot = decodePng(await page.getByTestId('canvas').screenshot());
	const open: Rect = { x: Math.round(map.w * 0.45), y: Math.round(map.h * 0.25), w: Math.round(map.w * 0.4), h: Math.round(map.h * 0.45) };
	const inPng = crop(img, { ...open, x: map.x + open.x, y: map.y + open.y });
	expect(comparePngs(inPng, crop(shot, open), { threshold: 0.1, maxFraction: 0.02 }).ok).toBe(true);
	await writeFile('tests/e2e/__output__/png-en.png', encodePng(img));

	const header = crop(img, { x: 0, y: 0, w: img.width, h: map.y });
	const below = crop(img, { x: 0, y: map.y + map.h, w: img.width, h: img.height - map.y - map.h });
	// Text in the header (title, dates) and below (legend, sources): dark ink on white.
	expect(countDifferent(header, '#ffffff', 100).count).toBeGreaterThan(500);
	expect(countDifferent(below, '#ffffff', 100).count).toBeGreaterThan(3000);
	// The legend's swatches in the map's own colours: incidents, the border.
	expect(countColour(below, '#c2185b')).toBeGreaterThan(30);
	expect(countColour(below, '#b3261e')).toBeGreaterThan(20);
	// The scale bar: a dark bar on a white box in the map's lower-left corner.
	const corner = crop(img, { x: map.x, y: map.y + map.h - 40, w: 160, h: 40 });
	expect(countColour(corner, '#1f1d1a', 30)).toBeGreaterThan(100);

	// The frame against goldens, header and footer apart: the map's own height (which the page's
	// layout decides) does not move them.
	expect(encodePng(header)).toMatchSnapshot('png-header.png', { maxDiffPixelRatio: 0.01, threshold: 0.2 });
	expect(encodePng(below)).toMatchSnapshot('png-footer.png', { maxDiffPixelRatio: 0.01, threshold: 0.2 });
});

test('only the layers shown are in the legend', async ({ page }) => {
	await page.goto('/#6/34.6/41.2');
	await waitForMap(page);
	await page.getByTestId('legend-toggle-incidents').uncheck();
	const { img, map } = await exportPng(page);
	const below = crop(img, { x: 0, y: map.y + map.h, w: img.width, h: img.height - map.y - map.h });
	expect(countColour(below, '#c2185b')).toBe(0);
	expect(countColour(below, '#b3261e')).toBeGreaterThan(20);
});

test('in Arabic the text of the PNG runs from the right', async ({ page }) => {
	await page.goto('/?lang=ar#6/34.6/41.2');
	await waitForMap(page);
	const { img, map } = await exportPng(page);
	const third = Math.floor(img.width / 3);
	const header = (x: number) => countDifferent(crop(img, { x, y: 0, w: third, h: map.y }), '#ffffff', 100).count;
	expect(header(img.width - third)).toBeGreaterThan(200);
	expect(header(0)).toBeLessThan(header(img.width - third) / 4);
	await page.screenshot({ path: 'tests/e2e/__output__/png-ar-page.png' });
	await writeFile('tests/e2e/__output__/png-ar.png', encodePng(img));
});
