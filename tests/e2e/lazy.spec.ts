// The home page's first JavaScript leaves out what waits for the user: the search code (MiniSearch)
// arrives when the box is used, the PNG composer when Export PNG is clicked. Each chunk is known by
// a message its code carries (minification keeps strings), not by its hashed file name.
import type { Page, Response } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectedIds, type Dated } from './oracle';

const SEARCH_CODE = 'MiniSearch: duplicate ID';
const PNG_CODE = 'scale needs positive metres per pixel';
/** Turf's great-circle code (the `arc` package writes WKT), which only the measure tool draws with. */
const ARC_CODE = 'LINESTRING(';
const box = (page: Page) => page.getByRole('combobox', { name: 'Search places, incidents, articles and your layers' });

/** The text of every JavaScript file the page has received so far, in order. */
function recordScripts(page: Page): string[] {
	const bodies: string[] = [];
	page.on('response', async (r: Response) => {
		if (!/\.m?js$/.test(new URL(r.url()).pathname)) return;
		bodies.push(await r.text().catch(() => ''));
	});
	return bodies;
}
const holds = (bodies: string[], marker: string) => bodies.some((b) => b.includes(marker));

async function mapReady(page: Page) {
	await expect(page.getByTestId('map-status')).toHaveAttribute('data-loading', 'false', { timeout: 45_000 });
}

test('the map gets ready without the search and PNG code, which arrive on first use', async ({ page }) => {
	const scripts = recordScripts(page);
	await page.goto('/');
	await mapReady(page);
	// JavaScript the map needed has been received, and none of it is the search or PNG code.
	expect(scripts.length).toBeGreaterThan(3);
	expect(holds(scripts, SEARCH_CODE)).toBe(false);
	expect(holds(scripts, PNG_CODE)).toBe(false);
	expect(holds(scripts, ARC_CODE)).toBe(false);

	// Until its code has arrived the list says it is busy (assistive technology announces it).
	await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'true');
	await box(page).focus();
	await expect.poll(() => holds(scripts, SEARCH_CODE)).toBe(true);
	await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false');
	await page.keyboard.type('Kirkuk');
	await expect(page.getByRole('option').first()).toHaveAttribute('data-result', 'place:kirkuk');
	expect(holds(scripts, PNG_CODE)).toBe(false);

	await page.getByText('Export', { exact: true }).click();
	const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
	expect(png.suggestedFilename()).toMatch(/^frontier-atlas_.*\.png$/);
	await expect.poll(() => holds(scripts, PNG_CODE)).toBe(true);
});

/** Turf's bbox-polygon, which only the `near` and `bbox` filters need on the page (src/lib/explore/geoTests.ts). */
const GEO_CODE = 'does not support BBox with 6 positions';

test('the geometry code of the near filter arrives with the first near filter, and the filter then keeps what is near by Turf distance', async ({ page }) => {
	const scripts = recordScripts(page);
	await page.goto('/#6/34.8/40.5');
	await mapReady(page);
	expect(holds(scripts, GEO_CODE)).toBe(false);
	await page.locator('[data-testid="filters-section"] > summary').click();
	await page.getByTestId('near-km').fill('10');
	await page.getByTestId('near-target').selectOption('iraq-syria-border');
	await expect.poll(() => holds(scripts, GEO_CODE)).toBe(true);
	// The expected count from the unfiltered layer and Turf (./oracle.ts), not from the selector.
	const all = ((await (await page.request.get('/api/layers/incidents')).json()) as { features: Dated[] }).features;
	const target = (await (await page.request.get('/api/places/iraq-syria-border')).json()).place.geometry;
	const want = expectedIds(all, { near: { target, km: 10 } });
	expect(want.keep.length).toBeGreaterThan(0);
	const shown = async () => Number(((await page.getByTestId('timeline-summary').textContent()) ?? '').match(/: ([\d,]+) incidents shown/)?.[1].replace(/,/g, '') ?? NaN);
	// Those within a kilometre of the limit may go either way.
	await expect
		.poll(
			async () => {
				const n = await shown();
				return n >= want.keep.length && n <= want.keep.length + want.unsure.length;
			},
			{ timeout: 30_000 }
		)
		.toBe(true);
});

test('the measure tool fetches its arc code when switched on, and draws the points dropped meanwhile', async ({ page }) => {
	const scripts = recordScripts(page);
	await page.goto('/#6/34.5/41');
	await mapReady(page);
	expect(holds(scripts, ARC_CODE)).toBe(false);
	const map = page.getByTestId('map');
	const b = (await map.boundingBox())!;
	// Both points go down at once, without waiting for anything after the switch.
	await page.getByTestId('measure-toggle').click();
	await page.mouse.click(b.x + b.width * 0.4, b.y + b.height * 0.4);
	await page.mouse.click(b.x + b.width * 0.7, b.y + b.height * 0.7);
	// The readout needs no arc code, so it may come first.
	await expect(page.getByTestId('measure-readout')).toContainText('Distance:');
	await expect.poll(() => holds(scripts, ARC_CODE)).toBe(true);
	// The arc and both ends are on the map.
	const drawn = (layer: string) =>
		page.evaluate((id) => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.queryRenderedFeatures({ layers: [id] }).length, layer);
	await expect.poll(() => drawn('measure-line')).toBeGreaterThan(0);
	await expect.poll(() => drawn('measure-ends')).toBe(2);
});

/** Each deferred part of the home page, known by a test id its template carries. */
const LIST_CODE = 'data-testid="result-sort"';
const TIMELINE_CODE = 'data-testid="timeline-summary"';
const FILTERS_CODE = 'data-testid="filters"';
const EXPORT_CODE = 'data-testid="export-png"';
const USER_LAYERS_CODE = 'data-testid="user-layer"';
const IMPORT_CODE = 'data-testid="import-done"';

/** Every JavaScript response with its body and when its request started (ms since 1970). */
function recordStarts(page: Page): { body: string; start: number }[] {
	const got: { body: string; start: number }[] = [];
	page.on('response', async (r: Response) => {
		if (!/\.m?js$/.test(new URL(r.url()).pathname)) return;
		const start = r.request().timing().startTime;
		got.push({ body: await r.text().catch(() => ''), start });
	});
	return got;
}

test('the list and the timeline are fetched only after the map is ready, the filters, export and user layers when first shown', async ({ page }) => {
	const got = recordStarts(page);
	// The moment the map says it is ready, on the requests' clock.
	await page.addInitScript(() => {
		const w = window as unknown as { __readyAt?: number };
		new MutationObserver(() => {
			if (w.__readyAt === undefined && document.querySelector('[data-testid="map-status"]')?.getAttribute('data-loading') === 'false')
				w.__readyAt = performance.timeOrigin + performance.now();
		}).observe(document, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-loading'] });
	});
	await page.goto('/');
	await mapReady(page);
	const readyAt = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
	const startOf = (marker: string) => got.find((g) => g.body.includes(marker))?.start;

	// The list and the timeline then arrive and work.
	await expect(page.getByTestId('result-count')).toContainText('shown, of which');
	await expect(page.getByRole('listbox', { name: 'Places and incidents shown' }).getByRole('option').first()).toBeVisible();
	await expect(page.getByTestId('timeline-summary')).toContainText('incidents');
	await expect.poll(() => startOf(LIST_CODE)).toBeGreaterThan(readyAt);
	await expect.poll(() => startOf(TIMELINE_CODE)).toBeGreaterThan(readyAt);
	// Nothing opened yet: no filters, export or user-layer code.
	for (const code of [FILTERS_CODE, EXPORT_CODE, USER_LAYERS_CODE, IMPORT_CODE]) expect(startOf(code)).toBeUndefined();

	await page.locator('[data-testid="filters-section"] > summary').click();
	await expect(page.getByTestId('filters').getByRole('checkbox').first()).toBeVisible();
	await expect.poll(() => startOf(FILTERS_CODE)).toBeDefined();

	await page.getByText('Export', { exact: true }).click();
	await expect(page.getByTestId('export-png')).toBeVisible();
	await expect.poll(() => startOf(EXPORT_CODE)).toBeDefined();
	expect(startOf(USER_LAYERS_CODE)).toBeUndefined();

	// A layer of the user's own: the import's code comes with the file, the list of user layers
	// with the layer.
	await page.getByTestId('import-file').setInputFiles({
		name: 'wells.geojson',
		mimeType: 'application/geo+json',
		buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'well' }, geometry: { type: 'Point', coordinates: [41, 34.5] } }] }))
	});
	await expect(page.getByTestId('import-done')).toContainText('wells');
	await expect(page.getByTestId('user-layer')).toContainText('wells');
	await expect.poll(() => startOf(USER_LAYERS_CODE)).toBeDefined();
	await expect.poll(() => startOf(IMPORT_CODE)).toBeDefined();
});

test.describe('a part that cannot be fetched', () => {
	test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/, /Failed to fetch dynamically imported module/] });

	test('says so where it would have been', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const r = await route.fetch();
			const body = await r.text();
			if (body.includes(FILTERS_CODE)) return route.abort('internetdisconnected');
			return route.fulfill({ response: r, body });
		});
		await page.locator('[data-testid="filters-section"] > summary').click();
		await expect(page.getByTestId('filters-section').getByRole('alert')).toHaveText('This part could not be loaded. Reload the page to try again.');
	});
});

test('typed before the search code and data arrive, nothing is lost: Enter opens the first result', async ({ page }) => {
	const scripts = recordScripts(page);
	await page.goto('/');
	// Not waiting for the map: the page may still be loading everything.
	await box(page).focus();
	await page.keyboard.type('Kirkuk');
	await page.keyboard.press('Enter');
	await expect(box(page)).toHaveValue('Kirkuk');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'place:kirkuk', { timeout: 45_000 });
	await expect.poll(() => holds(scripts, SEARCH_CODE)).toBe(true);
});

test('a pasted ?q= link loads the search code by itself and shows its results', async ({ page }) => {
	await page.goto('/?q=Boukamal');
	await expect(box(page)).toHaveValue('Boukamal');
	await expect(page.getByRole('option').first()).toHaveAttribute('data-result', 'place:albu-kamal');
});

test.describe('a failed fetch', () => {
	// The browser reports the aborted request itself.
	test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/, /Failed to fetch dynamically imported module/] });

	test('when the search code cannot be fetched the box says so instead of searching forever', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		// The fetch of the search chunk fails (as offline, or after a new deployment).
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const r = await route.fetch();
			const body = await r.text();
			if (body.includes(SEARCH_CODE)) return route.abort('internetdisconnected');
			return route.fulfill({ response: r, body });
		});
		await box(page).focus();
		await page.keyboard.type('Kirkuk');
		await expect(page.locator('#search-status')).toHaveText('Search could not be loaded. Reload the page to try again.');
		await expect(box(page)).toHaveValue('Kirkuk');
		await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
		await page.screenshot({ path: 'tests/e2e/__output__/lazy-search-failed.png', clip: { x: 0, y: 0, width: 420, height: 200 } });
	});
});
