// Plurals through the catalogue (issue 16): "1 incidents" and "منها 1 حوادث" must go. A type with
// exactly one incident, and one with two, read in both languages and on a phone. (Not waitForMap:
// a type whose incidents are all located only to a region draws no incident point at all.)
import { test, expect } from './fixtures';

async function typesByCount(request: import('@playwright/test').APIRequestContext): Promise<Map<number, string>> {
	const body = await (await request.get('/api/layers/incidents')).json();
	const n = new Map<string, number>();
	for (const f of body.features as { properties: { type: string } }[]) n.set(f.properties.type, (n.get(f.properties.type) ?? 0) + 1);
	return new Map([...n].map(([t, c]) => [c, t]));
}

for (const { lang, viewport, one, two } of [
	{ lang: 'en', viewport: { width: 1280, height: 800 }, one: [/: 1 incident shown$/, /of which 1 incident$/], two: [/: 2 incidents shown$/, /of which 2 incidents$/] },
	{ lang: 'ar', viewport: { width: 1280, height: 800 }, one: [/حادثة واحدة معروضة$/, /منها حادثة واحدة$/], two: [/حادثتان معروضتان$/, /منها حادثتان$/] },
	{ lang: 'en', viewport: { width: 390, height: 844 }, one: [/: 1 incident shown$/, /of which 1 incident$/], two: [/: 2 incidents shown$/, /of which 2 incidents$/] }
]) {
	test(`counts read as plurals of the language (${lang}, ${viewport.width}px)`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const types = await typesByCount(page.request);
		expect(types.has(1) && types.has(2)).toBe(true);
		for (const [n, expected] of [[1, one], [2, two]] as const) {
			await page.goto(`/?lang=${lang}&type=${types.get(n)}`);
			await expect(page.getByTestId('timeline-summary')).toHaveText(expected[0], { timeout: 45_000 });
			if (viewport.width < 641) await page.locator('.sidebar .toggle').click();
			await expect(page.getByTestId('result-count')).toHaveText(expected[1]);
		}
	});
}
