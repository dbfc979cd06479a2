// Smoke test: the app's map draws with no network at all.
// The offline and console guards in ./fixtures fail any test that reaches a non-local URL or logs
// an error, so these tests only need to assert what should be there.
import { test, expect } from './fixtures';
import { countDifferent, dominantColour } from './pixels';

const MAP_CANVAS = '[data-testid="map"] canvas.maplibregl-canvas';

test('home page draws the MapLibre map offline', async ({ page }) => {
	await page.goto('/');
	const canvas = page.locator(MAP_CANVAS);
	await expect(canvas).toBeVisible({ timeout: 30_000 });

	// If the app exposes its map (window.__atlasMap), wait until it has finished loading.
	const hasMap = await page.evaluate(() => '__atlasMap' in window);
	if (hasMap) {
		await page.waitForFunction(
			() => {
				const m = (window as unknown as { __atlasMap?: { loaded(): boolean } }).__atlasMap;
				return !!m && m.loaded();
			},
			null,
			{ timeout: 45_000 }
		);
	}

	// Something besides the background is drawn: more than 1% of the canvas differs from its most
	// frequent colour. An empty style, or a canvas that never drew, gives 0.
	// The pixels are read from the WebGL canvas itself (toDataURL; the map is created with
	// preserveDrawingBuffer), not from a page screenshot, which would also count the HTML panels
	// and controls drawn over the map.
	await expect
		.poll(
			async () => {
				const dataUrl = await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL('image/png'));
				const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
				return countDifferent(png, dominantColour(png), 24).fraction;
			},
			{ timeout: 45_000, intervals: [500, 1000, 2000] }
		)
		.toBeGreaterThan(0.01);
});

test('offline glyphs are served for the Arabic label font stack', async ({ page }) => {
	await page.goto('/');
	for (const stack of ['Noto Sans Regular,Noto Naskh Arabic Regular', 'Noto Sans Bold,Noto Naskh Arabic Bold']) {
		for (const range of ['0-255', '1536-1791', '65024-65279']) {
			// Same URL MapLibre builds from the style's "/glyphs/{fontstack}/{range}.pbf": the stack is
			// substituted as is, and the browser sends spaces as %20 and the comma literally.
			// (A %2C-encoded comma is NOT served by adapter-node's static handler.)
			const url = `/glyphs/${stack}/${range}.pbf`;
			const res = await page.evaluate(async (u) => {
				const r = await fetch(u);
				return { status: r.status, size: (await r.arrayBuffer()).byteLength };
			}, url);
			expect(res.status, url).toBe(200);
			expect(res.size, url).toBeGreaterThan(10_000);
		}
	}
});

test.describe('the guards themselves', () => {
	// The page's CSP (connect-src 'self') would stop the remote fetch before the network guard
	// sees it; bypass it here so this test exercises the guard itself. headers.spec.ts tests the CSP.
	test.use({ bypassCSP: true, failOnBlockedRequests: false, allowedConsoleErrors: ['guard-self-test'] });

	test('non-local requests are aborted and recorded; errors are recorded', async ({
		page,
		blockedRequests,
		consoleErrors
	}) => {
		await page.goto('/');
		const outcome = await page.evaluate(() =>
			fetch('https://tiles.example.com/0/0/0.png').then(
				() => 'loaded',
				() => 'blocked'
			)
		);
		expect(outcome).toBe('blocked');
		expect(blockedRequests).toContain('https://tiles.example.com/0/0/0.png');

		const local = await page.evaluate(() => fetch('/robots.txt').then((r) => r.status));
		expect(local).toBe(200);

		await page.evaluate(() => {
			console.error('guard-self-test console');
			setTimeout(() => {
				throw new Error('guard-self-test pageerror');
			});
		});
		await expect
			.poll(() => consoleErrors.map((e) => `${e.kind}: ${e.text}`))
			.toEqual(
				expect.arrayContaining([
					'console: guard-self-test console',
					'pageerror: Error: guard-self-test pageerror'
				])
			);
	});
});
