// Readable distance and filters (issue 16, item 5): the border bands labelled 10/25/50 km on the
// map with a graded key in the legend, the filters in words in the PNG caption and the export
// metadata (never "iraq-syria-border:25"), and the Article filter listing outlet · date · headline.
import type { Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

type W = Window & { __atlasMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] } };

const WIDTHS = [10, 25, 50];
const bandLabels = (page: Page) =>
	page.evaluate(() => (window as unknown as W).__atlasMap.queryRenderedFeatures({ layers: ['border-band-labels'] }).map((f) => ({ km: Number(f.properties.width_km), label: String(f.properties.label) })));

async function borderName(page: Page, lang: 'en' | 'ar') {
	const lines = (await (await page.request.get('/api/layers/lines')).json()) as FeatureCollection;
	const border = lines.features.find((f) => f.properties?.kind === 'border')!;
	return { id: String(border.properties!.id), name: String(lang === 'ar' ? border.properties!.name_ar : border.properties!.name_en) };
}

for (const lang of ['en', 'ar'] as const)
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 }
	])
		test(`${lang} ${viewport.width}×${viewport.height}: every band edge labelled with its distance, and a graded key`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize(viewport);
			await page.goto(`/?lang=${lang}&layers=places,areas,lines,incidents,countries,border-bands#7/34.4/41.0`);
			await waitForMap(page);
			await expect.poll(async () => new Set((await bandLabels(page)).map((l) => l.km)).size, { timeout: 20_000 }).toBe(3);
			const labels = await bandLabels(page);
			for (const km of WIDTHS) {
				const mine = labels.filter((l) => l.km === km);
				expect(mine.length, `${km} km labels`).toBeGreaterThan(0);
				// The number and the unit in the interface language ("10 km", "10 كم").
				for (const l of mine) expect(l.label).toMatch(new RegExp(`^\\u200f?${km} ${lang === 'ar' ? 'كم' : 'km'}$`));
			}
			await page.screenshot({ path: `tests/e2e/__output__/bands-labels-${lang}-${viewport.width}.png` });

			// The legend's graded key: three swatches, narrowest darkest, each with its distance.
			if (viewport.width < 640) await page.getByRole('button', { name: lang === 'ar' ? 'الطبقات' : 'Layers' }).click();
			const key = page.getByTestId('band-key');
			await expect(key.locator('li')).toHaveCount(3);
			const items = await key.locator('li').evaluateAll((lis) =>
				lis.map((li) => ({ text: li.textContent!.trim(), alpha: Number(getComputedStyle(li.querySelector('.k')!).backgroundColor.match(/[\d.]+(?=\))/)?.[0] ?? 1) }))
			);
			expect(items.map((i) => i.text)).toEqual(WIDTHS.map((km) => `${km} ${lang === 'ar' ? 'كم' : 'km'}`));
			expect(items[0].alpha).toBeGreaterThan(items[1].alpha);
			expect(items[1].alpha).toBeGreaterThan(items[2].alpha);
		});

for (const lang of ['en', 'ar'] as const)
	test(`${lang}: the PNG caption and the export metadata say the filters in words`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.clock.setFixedTime(new Date('2026-11-30T00:00:00Z'));
		const border = await borderName(page, lang);
		const q = `near=${border.id}:25&type=drug-seizure`;
		await page.goto(`/?lang=${lang}&${q}#6/34.6/41.2`);
		await waitForMap(page);
		await page.getByText(lang === 'ar' ? /^تصدير$/ : /^Export$/).click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
		expect(await download.path()).toBeTruthy();
		const caption = (await page.getByTestId('export-png').getAttribute('data-caption'))!;
		expect(caption).not.toContain(`${border.id}:25`);
		expect(caption).not.toContain('drug-seizure');
		expect(caption).toContain(lang === 'ar' ? `ضمن 25 كم من ${border.name}` : `Within 25 km of ${border.name}`);
		expect(caption).toContain(lang === 'ar' ? 'ضبط مخدرات' : 'drug seizure');

		const en = await borderName(page, 'en');
		const body = await (await page.request.get(`/api/layers/incidents?${q}`)).json();
		expect(body.metadata.filters.near).toEqual({ target: border.id, within_km: 25 });
		expect(body.metadata.filters_text).toEqual(expect.arrayContaining([`Within 25 km of ${en.name}`, 'Incident type: drug seizure']));
	});

for (const lang of ['en', 'ar'] as const)
	test(`${lang}: the Article filter lists outlet · date · headline, not ids`, async ({ page }) => {
		test.setTimeout(120_000);
		const { articles } = (await (await page.request.get('/api/articles')).json()) as {
			articles: { id: string; meta: { outlet_ar: { value: string | null }; outlet_en: { value: string | null }; headline_ar: { value: string | null }; headline_en: string | null } }[];
		};
		await page.goto(`/?lang=${lang}`);
		await waitForMap(page);
		await page.locator('[data-testid="filters-section"] > summary').click();
		const boxes = page.getByTestId('filters').locator('[data-testid^="filter-article-"]');
		await expect(boxes.first()).toBeAttached();
		// The article section opens on a click of its summary.
		await page.getByTestId('filters').locator('summary', { hasText: lang === 'ar' ? 'المقال' : 'Article' }).click();
		const all = await boxes.all();
		expect(all.length).toBeGreaterThan(0);
		for (const box of all) {
			const id = (await box.getAttribute('data-testid'))!.slice('filter-article-'.length);
			const meta = articles.find((a) => a.id === id)!.meta;
			const name = box.locator('xpath=..').locator('.name');
			// Labels arrive with the articles' metadata: wait for the one of this article.
			await expect(name).toContainText(' · ');
			const text = (await name.textContent())!;
			expect(text).not.toContain(id);
			const outlet = lang === 'ar' ? (meta.outlet_ar.value ?? meta.outlet_en.value) : (meta.outlet_en.value ?? meta.outlet_ar.value);
			const headline = lang === 'ar' ? (meta.headline_ar.value ?? meta.headline_en) : (meta.headline_en ?? meta.headline_ar.value);
			if (outlet) expect(text.startsWith(outlet), `${text} starts with ${outlet}`).toBe(true);
			if (headline) expect(text.endsWith(headline), `${text} ends with ${headline}`).toBe(true);
		}
		await page.screenshot({ path: `tests/e2e/__output__/article-filter-${lang}.png` });
	});
