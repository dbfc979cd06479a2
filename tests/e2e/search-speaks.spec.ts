// Search that speaks up (issue 16): a name the atlas does not draw gets what the atlas holds and
// what it has for it — the GeoNames town, its governorate (flies there) and the nearest drawn
// places (open them); whole names rank above fuzzy fragments; incidents are found by the words of
// their type. Towns here are ones the atlas does not draw (checked against /api/layers first).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

const TOWNS = JSON.parse(readFileSync('geodata/lookup/towns.json', 'utf8')).towns as [number, string, string[], string[], number, number, string, number][];
const box = (page: Page) => page.locator('#search-input');

async function typeQuery(page: Page, text: string) {
	await box(page).focus();
	await page.keyboard.press('Escape');
	await expect(box(page)).toHaveValue('');
	await page.keyboard.type(text);
}

async function layer(page: Page, id: string): Promise<FeatureCollection> {
	const r = await page.request.get(`/api/layers/${id}`);
	expect(r.ok()).toBe(true);
	return r.json();
}

const cases = [
	{ lang: 'en', viewport: { width: 1280, height: 800 }, q: 'Mayadin', town: 'Al Mayādīn', intro: 'The atlas draws nothing named “Mayadin”.' },
	{ lang: 'ar', viewport: { width: 1280, height: 800 }, q: 'الرطبة', town: 'Ar Ruţbah', intro: 'لا يرسم الأطلس شيئًا باسم «الرطبة».' },
	{ lang: 'en', viewport: { width: 390, height: 844 }, q: 'Sinjar', town: 'Sinjār', intro: 'The atlas draws nothing named “Sinjar”.' }
];

for (const c of cases) {
	test(`an undrawn town offers its governorate and the nearest drawn places (${c.lang}, ${c.viewport.width}px)`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(c.viewport);
		const drawn = (await Promise.all(['places', 'areas', 'lines'].map((l) => layer(page, l)))).flatMap((fc) => fc.features);
		const t = TOWNS.filter((r) => r[1] === c.town).sort((a, b) => b[7] - a[7])[0];
		expect(t, c.town).toBeDefined();
		const names = [t[1], ...t[2], ...t[3]].map((n) => n.toLowerCase());
		expect(drawn.some((f) => names.includes(String(f.properties?.name_en).toLowerCase()) || names.includes(String(f.properties?.name_ar))), 'the town is not drawn').toBe(false);

		await page.goto(`/?lang=${c.lang}`);
		await waitForMap(page);
		await typeQuery(page, c.q);
		const lookup = page.getByTestId('search-lookup');
		await expect(lookup).toBeVisible();
		await expect(lookup.getByText(c.intro)).toBeVisible();
		const articles = new Set(drawn.flatMap((f) => (f.properties?.articles as string[]) ?? [])).size;
		await expect(lookup).toContainText(c.lang === 'en' ? `places named in ${articles} articles` : 'يرسم أماكن ذُكرت في');
		const town = lookup.locator(`[data-town="${t[0]}"]`);
		await expect(town).toBeVisible();

		// The governorate is the reference polygon holding the town.
		const govs = await layer(page, 'governorates');
		const holding = govs.features.find((g) => turf.booleanPointInPolygon([t[4], t[5]], g as Feature<Polygon>));
		expect(holding).toBeDefined();
		const gov = town.getByTestId('lookup-governorate');
		await expect(gov).toHaveAttribute('data-id', String(holding!.properties!.id));
		await expect(gov).toContainText(String(holding!.properties![c.lang === 'ar' ? 'name_ar' : 'name_en']));

		// The nearest drawn places, nearest first: the first is the drawn feature nearest by turf.
		const near = town.getByTestId('lookup-nearest');
		await expect(near.first()).toBeVisible();
		const byPoint = drawn
			.filter((f) => f.geometry.type === 'Point')
			.map((f) => ({ id: String(f.properties!.id), km: turf.distance([t[4], t[5]], (f.geometry as { coordinates: number[] }).coordinates) }))
			.sort((a, b) => a.km - b.km)[0];
		const shown = await near.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThanOrEqual(3);
		// A point place can only be beaten by an area or line at least as near.
		if (!shown.includes(byPoint.id)) for (const id of shown) expect(drawn.find((f) => f.properties!.id === id)!.geometry.type).not.toBe('Point');

		if (process.env.SHOTS) await page.screenshot({ path: `/tmp/lane16b-lookup-${c.lang}-${c.viewport.width}.png` });
		// The governorate flies there: the town comes into view.
		await gov.click();
		await page.waitForFunction(
			([lon, lat]) => {
				const m = (window as unknown as { __atlasMap: { isMoving(): boolean; getBounds(): { contains(p: [number, number]): boolean } } }).__atlasMap;
				return !m.isMoving() && m.getBounds().contains([lon, lat]);
			},
			[t[4], t[5]],
			{ timeout: 15_000 }
		);
		// A nearest place opens.
		await near.first().click();
		await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', `place:${shown[0]}`);
	});
}

test('a whole name ranks above fuzzy fragments of longer names, and drops them', async ({ page }) => {
	await page.goto('/');
	await typeQuery(page, 'Hol');
	const options = page.getByRole('option');
	await expect(options.first()).toHaveAttribute('data-result', 'place:al-hol-camp');
	await expect(page.locator('[data-result="place:shia-crescent-land-corridor"]')).toHaveCount(0);
	// «Rabia»: nothing drawn is named so; GeoNames knows a town by the whole name, so it is offered
	// and Saudi Arabia (a fuzzy fragment) is not.
	await typeQuery(page, 'Rabia');
	await expect(page.getByTestId('lookup-town').first()).toContainText('Rab');
	await expect(page.locator('[data-result="place:saudi-arabia"]')).toHaveCount(0);
});

test('a name GeoNames knows for a drawn town finds that place, after the lookup has answered too', async ({ page }) => {
	// «Dimashq» meets «دمشق» only by its consonants (a fragment), and GeoNames knows Damascus by it
	// whole: the town is the drawn place, so the place stays the answer and the box does not say
	// "draws nothing named".
	const answer = await (await page.request.get('/api/lookup?q=Dimashq')).json();
	expect(answer.towns.map((t: { drawn: { id: string } | null }) => t.drawn?.id)).toContain('damascus');
	await page.goto('/');
	const looked = page.waitForResponse((r) => r.url().includes('/api/lookup?q=Dimashq'));
	await typeQuery(page, 'Dimashq');
	await looked;
	await expect(page.getByRole('option').first()).toHaveAttribute('data-result', 'place:damascus');
	await expect(page.getByTestId('search-lookup')).toHaveCount(0);
	await expect(page.getByText('The atlas draws nothing named')).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'place:damascus');
});

for (const lang of ['en', 'ar']) {
	test(`incidents are found by the words of their type (${lang})`, async ({ page }) => {
		const incidents = await layer(page, 'incidents');
		const seizures = incidents.features.filter((f) => f.properties!.type === 'drug-seizure').map((f) => `incident:${f.properties!.id}`);
		expect(seizures.length).toBeGreaterThan(0);
		await page.goto(`/?lang=${lang}`);
		for (const q of ['مخدّرات', 'كبتاغون', 'drugs']) {
			await typeQuery(page, q);
			const group = page.getByRole('group', { name: lang === 'en' ? 'Incidents' : 'الأحداث' });
			await expect(group.getByRole('option').first(), q).toBeVisible();
			const found = await group.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));
			expect(found.sort(), q).toEqual([...seizures].sort());
		}
	});
}

test('a name nobody knows: nothing matches, and the box says what the atlas holds', async ({ page }) => {
	const drawn = (await Promise.all(['places', 'areas', 'lines'].map((l) => layer(page, l)))).flatMap((fc) => fc.features);
	const articles = new Set(drawn.flatMap((f) => (f.properties?.articles as string[]) ?? [])).size;
	await page.goto('/');
	await typeQuery(page, 'xqzvw');
	await expect(page.getByText('Nothing matches “xqzvw”.')).toBeVisible();
	await expect(page.getByTestId('search-lookup')).toContainText(`It draws places named in ${articles} articles.`);
	await expect(page.getByTestId('lookup-town')).toHaveCount(0);
});
