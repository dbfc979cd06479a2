// Arabic first (issue 16, item 3): in ?lang=ar a panel leads with the Arabic the data have (title,
// governorate, country, outlet, headline), every Latin run inside it is isolated (<bdi> or an
// element with its own dir), dates use the Iraqi/Levantine month names, and digits are of one system.
import type { Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { test, expect } from './fixtures';
import { panelLoaded, waitForMap } from './atlas';

const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const EGYPTIAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const STRONG = /[\p{Script=Latin}\p{Script=Arabic}]/u;

/**
 * The panel's text runs with Latin letters that nothing isolates: no <bdi> and no element with a
 * `dir` between the text and the panel (whose direction is the page's). Verbatim quotations
 * (blockquote dir="rtl") count as isolated, being elements with their own direction.
 */
function unisolatedLatin(page: Page): Promise<string[]> {
	return page.getByTestId('panel').evaluate((panel) => {
		const out: string[] = [];
		const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (!/\p{Script=Latin}/u.test(n.textContent ?? '')) continue;
			let el = n.parentElement;
			let isolated = false;
			for (; el && el !== panel; el = el.parentElement) if (el.tagName === 'BDI' || el.hasAttribute('dir')) isolated = true;
			if (!isolated && n.parentElement?.closest('[aria-hidden="true"], button.close') === null) out.push(n.textContent!.trim());
		}
		return out;
	});
}

/** The digits the panel shows outside verbatim quotations. */
function shownDigits(page: Page): Promise<string> {
	return page.getByTestId('panel').evaluate((panel) => {
		const copy = panel.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('blockquote').forEach((b) => b.remove());
		return [...(copy.textContent ?? '')].filter((c) => /\p{Nd}/u.test(c)).join('');
	});
}

async function firstStrong(page: Page, selector: string): Promise<string> {
	const text = (await page.locator(selector).textContent()) ?? '';
	return [...text].find((c) => STRONG.test(c)) ?? '';
}

/** An incident with an Arabic title, and a place with an Arabic name, a governorate and excerpts. */
async function examples(page: Page) {
	const incidents = (await (await page.request.get('/api/layers/incidents')).json()) as FeatureCollection;
	const places = (await (await page.request.get('/api/layers/places')).json()) as FeatureCollection;
	const incident = incidents.features.find((f) => f.properties?.title_ar && f.properties?.date_precision === 'day')!;
	const place = places.features.find((f) => f.properties?.name_ar && f.properties?.governorate && f.properties?.country && f.properties?.mention_count > 0)!;
	expect(incident, 'an incident with an Arabic title and a day').toBeTruthy();
	expect(place, 'a place with an Arabic name and a governorate').toBeTruthy();
	return { incident: incident.properties!, place: place.properties! };
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });
		// Two maps a test on a shared software renderer: room for a loaded machine.
		test.describe.configure({ timeout: 120_000 });

		test('an Arabic incident panel leads with Arabic, isolates every Latin run, dates in Levantine months', async ({ page }) => {
			const { incident } = await examples(page);
			await page.goto(`/?lang=ar&incident=${incident.id}`);
			await waitForMap(page);
			await panelLoaded(page);
			await expect(page.locator('#panel-title')).toHaveText(incident.title_ar);
			expect(await firstStrong(page, '#panel-title')).toMatch(/\p{Script=Arabic}/u);
			// The English title is there, under it, isolated.
			await expect(page.locator('.subtitle bdi[dir="ltr"]')).toHaveText(incident.title_en);
			expect(await unisolatedLatin(page)).toEqual([]);

			// The date: the Levantine month with the Egyptian one after a slash, never the Egyptian alone.
			const month = Number(incident.date.slice(5, 7));
			const date = (await page.getByTestId('panel').locator('dd').first().textContent()) ?? '';
			expect(date).toContain(`${LEVANTINE[month - 1]}/${EGYPTIAN[month - 1]}`);
			// Citations: Levantine months only.
			const cites = await page.getByTestId('panel').locator('figcaption time').allTextContents();
			expect(cites.length).toBeGreaterThan(0);
			for (const c of cites) {
				expect(LEVANTINE.some((n) => c.includes(n)) || !/\p{Script=Arabic}/u.test(c), c).toBe(true);
				expect(EGYPTIAN.some((n) => c.includes(n)), c).toBe(false);
			}
			// One digit system in everything the interface writes (quotations are verbatim, left out).
			const digits = await shownDigits(page);
			expect(digits.length).toBeGreaterThan(3);
			expect(/^[0-9]+$/.test(digits) || /^[٠-٩]+$/.test(digits), digits).toBe(true);
			await page.screenshot({ path: `tests/e2e/__output__/arabic-incident-${viewport.width}.png` });
		});

		test('an Arabic place panel: Arabic name, governorate and country, Arabic outlets in its citations', async ({ page }) => {
			const { place } = await examples(page);
			await page.goto(`/?lang=ar&place=${place.id}`);
			await waitForMap(page);
			await panelLoaded(page);
			await expect(page.locator('#panel-title')).toHaveText(place.name_ar);
			expect(await firstStrong(page, '#panel-title')).toMatch(/\p{Script=Arabic}/u);
			const facts = page.getByTestId('panel').locator('.facts');
			// Governorate and country in Arabic: no Latin letter in their values.
			for (const dd of await facts.locator('dt:has-text("المحافظة") + dd, dt:has-text("الدولة") + dd').allTextContents()) {
				expect(dd, dd).toMatch(/\p{Script=Arabic}/u);
				expect(dd, dd).not.toMatch(/\p{Script=Latin}/u);
			}
			expect(await unisolatedLatin(page)).toEqual([]);
			// Each citation leads with the article's Arabic outlet and headline where it has them.
			const excerpts = page.getByTestId('panel').getByTestId('excerpt');
			let arabicMeta = 0;
			for (let i = 0; i < (await excerpts.count()); i++) {
				const ex = excerpts.nth(i);
				const meta = (await (await page.request.get(`/api/articles/${await ex.getAttribute('data-article')}`)).json()).meta;
				if (meta.outlet_ar.value) await expect(ex.locator('bdi.source')).toHaveText(meta.outlet_ar.value);
				if (meta.headline_ar.value) await expect(ex.locator('bdi.headline')).toHaveText(meta.headline_ar.value);
				if (meta.outlet_ar.value || meta.headline_ar.value) arabicMeta++;
			}
			expect(arabicMeta, 'the example place is cited from an article with Arabic metadata').toBeGreaterThan(0);
			await page.screenshot({ path: `tests/e2e/__output__/arabic-place-${viewport.width}.png` });
		});
	});
}

test('in English the same panel leads with English, the Arabic name under it', async ({ page }) => {
	const { place } = await examples(page);
	await page.goto(`/?place=${place.id}`);
	await waitForMap(page);
	await panelLoaded(page);
	await expect(page.locator('#panel-title')).toHaveText(place.name_en);
	await expect(page.locator('.subtitle bdi[dir="rtl"]')).toHaveText(place.name_ar);
	await expect(page.getByTestId('panel').locator('.facts')).toContainText(place.governorate);
});
