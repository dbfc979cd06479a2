// The map page: it draws the frontier offline, and a click on a feature opens its sourced panel.
import { test, expect } from './fixtures';
import { countDifferent, dominantColour } from './pixels';
import { apiFeature, clickFeature, expectVerbatimExcerpts, waitForMap } from './atlas';

test('the canvas draws the frontier, framed on lon 35–48, lat 31–38, with the view in the hash', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/');
	await waitForMap(page);

	const png = await page.getByTestId('canvas').screenshot();
	// Land, borders, rivers and labels: most of the canvas is not the single most common colour.
	expect(countDifferent(png, dominantColour(png), 8).fraction).toBeGreaterThan(0.2);

	const b = await page.evaluate(() => {
		const bounds = (window as never as { __atlasMap: { getBounds(): { toArray(): number[][] } } }).__atlasMap.getBounds();
		return bounds.toArray();
	});
	expect(b[0][0]).toBeLessThanOrEqual(36);
	expect(b[1][0]).toBeGreaterThanOrEqual(47);
	expect(b[0][1]).toBeLessThanOrEqual(32);
	expect(b[1][1]).toBeGreaterThanOrEqual(37);
	await expect(page).toHaveURL(/#\d+(\.\d+)?\/\d+(\.\d+)?\/\d+(\.\d+)?$/);

	// A scale bar, and an attribution naming every data source with its licence and the outlets.
	await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
	const attribution = page.getByTestId('attribution');
	await attribution.getByText('Sources & licences').click();
	for (const s of ['Natural Earth (public domain)', 'GeoNames (CC BY 4.0)', 'Global Energy Monitor (CC BY 4.0)', 'Frontier Atlas editors (CC BY 4.0)'])
		await expect(attribution).toContainText(s);
	await expect(attribution).toContainText('Shafaq News');

	// MapLibre's worker and the glyphs come from the app itself (the fixtures fail on any other host).
	const origin = new URL(page.url()).origin;
	expect(requests.some((u) => u.startsWith(origin) && /maplibre-gl-worker[^/]*\.mjs/.test(u))).toBe(true);
	expect(requests.some((u) => u.startsWith(`${origin}/glyphs/`))).toBe(true);
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GeoJSON geometry of any type
const CASES: { id: string; name: string; at: (g: any) => [number, number] }[] = [
	{ id: 'albu-kamal', name: 'Albu Kamal', at: (g) => g.coordinates },
	{ id: 'al-hol-camp', name: 'al-Hol', at: (g) => g.coordinates },
	// Deep in the western desert of Anbar, away from the border band and the corridors.
	{ id: 'anbar', name: 'Anbar', at: () => [42.3, 32.4] },
	// A vertex in the middle of the pipeline's longest part.
	{
		id: 'kirkuk-baniyas-pipeline',
		name: 'Kirkuk',
		at: (g) => {
			const parts: number[][][] = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
			const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
			return longest[Math.floor(longest.length * 0.7)] as [number, number];
		}
	}
];

for (const c of CASES) {
	test(`clicking ${c.id} on the canvas opens its panel with verbatim, right-to-left excerpts`, async ({ page }) => {
		const { place } = await apiFeature(page, 'places', c.id);
		await page.goto('/#5.6/34.6/41.2');
		await waitForMap(page);
		await clickFeature(page, c.at(place.geometry), c.id);

		const panel = page.getByTestId('panel');
		await expect(panel.getByRole('heading', { level: 2 })).toContainText(c.name);
		await expect(panel.locator('.subtitle')).toHaveText(place.properties.name_ar);
		await expect(page).toHaveURL(new RegExp(`[?&]place=${c.id}(&|#|$)`));
		expect(await expectVerbatimExcerpts(page)).toBeGreaterThan(0);
		// Glosses and the source line are there; the source line links to the article's mention.
		const first = panel.getByTestId('excerpt').first();
		await expect(first.locator('.gloss')).not.toBeEmpty();
		await expect(first.locator('figcaption a')).toHaveAttribute('href', /^\/articles\/[^#]+#m-\d+$/);
	});
}

test('an incident opens with its date precision, type and footprint precision', async ({ page }) => {
	const { incident } = await apiFeature(page, 'incidents', '2024-12-syrian-soldiers-return-via-albu-kamal');
	await page.goto('/#6.5/34.5/41');
	await waitForMap(page);
	const p = incident.properties;
	await clickFeature(page, [p.anchor_lon, p.anchor_lat], incident.id);
	const panel = page.getByTestId('panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(p.title_en);
	// The date is shown no more precisely than the text allows, and the panel says how precise.
	await expect(panel).toContainText(/\((exact day|month only|year only|approximate|not given in the text)\)/);
	await expect(panel.getByTestId('geo-precision')).toContainText('Precision 1');
	expect(await expectVerbatimExcerpts(page)).toBeGreaterThan(0);
});

test('an excerpt link opens the whole article with every mention highlighted and the clicked one in view', async ({ page }) => {
	await page.goto('/?place=al-hol-camp');
	const link = page.getByTestId('excerpt').first().locator('figcaption a');
	const href = (await link.getAttribute('href'))!;
	await link.click();
	// The article and the mention the link names; the link may also carry `?back=` (the map's state,
	// added once the camera is known), which the article page's back link uses.
	const want = new URL(href, 'http://atlas.invalid');
	await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(want.pathname + want.hash);
	const anchor = want.hash.slice(1);
	const target = page.locator(`mark#${anchor}`);
	await expect(target).toBeInViewport();
	await expect(target).toContainText(/\S/);
	const article = page.getByTestId('article-text');
	await expect(article).toHaveAttribute('dir', 'rtl');
	expect(await article.locator('mark').count()).toBeGreaterThan(1);
});
