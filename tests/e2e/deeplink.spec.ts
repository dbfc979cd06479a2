// Links reopen the same view: the map view in MapLibre's hash, the selection in the query, and the
// panel rendered on the server so its words do not wait for the map.
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

test('the panel of a pasted link is in the server-rendered HTML', async ({ request }) => {
	const res = await request.get('/?place=albu-kamal');
	expect(res.ok()).toBe(true);
	const html = await res.text();
	expect(html).toContain('data-testid="panel"');
	expect(html).toContain('Albu Kamal');
	expect(html).toContain('data-testid="excerpt"');
	// The verbatim Arabic is there, right to left, before any script has run.
	const { excerpts } = await (await request.get('/api/places/albu-kamal')).json();
	expect(html).toContain(excerpts[0].text);
	expect(html).toMatch(/<blockquote dir="rtl" lang="ar"/);
	// MapLibre is not part of the server-rendered page (its class names do appear in the inlined CSS).
	expect(html).not.toMatch(/<canvas\b/);
	expect(html).not.toMatch(/class="[^"]*maplibregl-/);
});

test('a deep link reopens the same panel and the same view', async ({ page }) => {
	// The panel and its excerpts are readable at once (server-rendered), before MapLibre exists:
	// looked at in the page itself when the document is parsed (the test's own round trip after
	// `domcontentloaded` may come after the map on a fast machine).
	await page.addInitScript(() =>
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { __early: unknown }).__early = {
				map: '__atlasMap' in window,
				excerpts: document.querySelectorAll('[data-testid="panel"] [data-testid="excerpt"]').length
			};
		})
	);
	await page.goto('/?incident=2025-10-22-joint-drug-seizure#7.25/34.3/40.8', { waitUntil: 'domcontentloaded' });
	const early = await page.evaluate(() => (window as unknown as { __early: { map: boolean; excerpts: number } }).__early);
	expect(early.map).toBe(false);
	expect(early.excerpts).toBeGreaterThan(0);
	const panel = page.getByTestId('panel');
	await expect(panel).toBeVisible();
	await expect(panel.getByTestId('geo-precision')).toContainText('Precision 3');
	await waitForMap(page);
	const view = await page.evaluate(() => {
		const m = (window as never as { __atlasMap: { getZoom(): number; getCenter(): { lng: number; lat: number } } }).__atlasMap;
		return { z: m.getZoom(), ...m.getCenter() };
	});
	expect(view.z).toBeCloseTo(7.25, 1);
	expect(view.lat).toBeCloseTo(34.3, 1);
	expect(view.lng).toBeCloseTo(40.8, 1);
	await expect(page).toHaveURL(/\?incident=2025-10-22-joint-drug-seizure#7\.25\/34\.3\/40\.8$/);
});

test('selecting from the panel keeps the view in the link; Escape closes and drops the selection', async ({ page }) => {
	await page.goto('/?place=albu-kamal#6.5/34/41');
	await expect(page.getByTestId('panel')).toBeVisible();
	await waitForMap(page);
	await page.getByTestId('panel').getByRole('link', { name: /Syrian soldiers/ }).click();
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'incident:2024-12-syrian-soldiers-return-via-albu-kamal');
	await expect(page).toHaveURL(/\?incident=2024-12-syrian-soldiers-return-via-albu-kamal#6\.5\/34\/41$/);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('panel')).toHaveCount(0);
	await expect(page).not.toHaveURL(/[?&](place|incident)=/);
	await expect(page).toHaveURL(/#6\.5\/34\/41$/);
});

test('an unknown id shows a notice in the panel, not a crash', async ({ page }) => {
	await page.goto('/?place=no-such-place');
	await expect(page.getByTestId('panel')).toContainText('no-such-place');
	await waitForMap(page);
});
