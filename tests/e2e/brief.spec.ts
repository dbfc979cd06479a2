// The printed brief: "Print brief" opens /brief?<the page's query> with the map the page drew, the
// filters in words, counts and every incident of the selection with its excerpts verbatim — in
// English and in Arabic (right to left) — and Chromium prints it to PDF on A4 and on Letter.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

const QUERY = 'from=2024-01&to=2025-12';

type Excerpt = { sentence: string; text: string };
type Incident = { id: string; properties: { date_from: string; excerpts: Excerpt[] } };

/** The PDF's page sizes in points, from its /MediaBox entries. */
function pageSizes(pdf: Buffer): [number, number][] {
	return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(+m[1]), Math.round(+m[2])]);
}

async function openBrief(page: Page, lang: string): Promise<Page> {
	await page.goto(`/?lang=${lang}&${QUERY}#5.6/34.6/41.2`);
	await waitForMap(page);
	await page.getByText(lang === 'ar' ? 'تصدير' : 'Export', { exact: true }).click();
	const [brief] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('print-brief').click()]);
	await expect(brief).toHaveURL(new RegExp(`/brief\\?lang=${lang}&${QUERY}`));
	return brief;
}

for (const lang of ['en', 'ar']) {
	test(`${lang}: the brief holds the map, the counts and every incident's excerpts verbatim, and prints on A4 and Letter`, async ({ page }) => {
		test.slow();
		const expected = ((await (await page.request.get(`/api/layers/incidents?${QUERY}`)).json()) as { features: Incident[] }).features;
		expect(expected.length).toBeGreaterThan(1);
		const brief = await openBrief(page, lang);
		await expect(brief.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
		await expect(brief.getByTestId('brief')).toHaveAttribute('data-map', 'ready', { timeout: 45_000 });
		const img = await brief.getByTestId('brief-map').evaluate((i: HTMLImageElement) => ({ w: i.naturalWidth, h: i.naturalHeight }));
		expect(img.w).toBeGreaterThan(300);
		// The filters in words, as the PNG's caption says them.
		await expect(brief.getByTestId('brief-filters')).toContainText(lang === 'ar' ? 'التواريخ' : 'Dates');

		// Every incident of the selection, oldest first.
		const ids = await brief.getByTestId('brief-incident').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		expect([...ids].sort()).toEqual(expected.map((f) => f.id).sort());
		const from = new Map(expected.map((f) => [f.id, f.properties.date_from]));
		expect(ids.map((id) => from.get(id!))).toEqual([...ids.map((id) => from.get(id!))].sort());
		// Counts add up to the selection.
		const typeCounts = await brief.getByTestId('brief-by-type').locator('tbody td').allTextContents();
		expect(typeCounts.map((t) => Number(t.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))))).reduce((a, b) => a + b, 0)).toBe(expected.length);

		// Printed: the text of the page as printed holds each excerpt's sentence and mention verbatim.
		await brief.emulateMedia({ media: 'print' });
		await expect(brief.getByText(lang === 'ar' ? 'طباعة' : 'Print', { exact: true })).toBeHidden();
		for (const f of expected) {
			const shown = await brief.locator(`[data-testid="brief-incident"][data-id="${f.id}"] blockquote`).allTextContents();
			expect(shown.length, f.id).toBe(f.properties.excerpts.length);
			f.properties.excerpts.forEach((e, k) => {
				expect(shown[k], `${f.id} excerpt ${k}`).toContain(e.sentence);
				expect(shown[k]).toContain(e.text);
			});
		}
		const a4 = await brief.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(a4.subarray(0, 5).toString()).toBe('%PDF-');
		const a4Pages = pageSizes(a4);
		expect(a4Pages.length).toBeGreaterThan(0);
		for (const size of a4Pages) expect(size).toEqual([595, 842]);

		await brief.emulateMedia({ media: 'screen' });
		await brief.getByTestId('brief-paper').selectOption('letter');
		await expect(brief).toHaveURL(/[?&]paper=letter/);
		await expect(brief.getByTestId('brief')).toHaveAttribute('data-map', 'ready');
		const letter = await brief.pdf({ preferCSSPageSize: true, printBackground: true });
		for (const size of pageSizes(letter)) expect(size).toEqual([612, 792]);
		await brief.screenshot({ path: test.info().outputPath(`brief-${lang}.png`), fullPage: true });
	});
}

test('a brief opened from a link lists the selection and says where the map comes from', async ({ page }) => {
	await page.goto(`/brief?${QUERY}&type=no-such-type&from=2024-13`);
	await expect(page.getByTestId('query-notice')).toContainText('from');
	await expect(page.getByTestId('brief')).toHaveAttribute('data-map', 'missing');
	await expect(page.getByRole('status')).toContainText('Print brief');
	await expect(page.getByTestId('brief-incident')).toHaveCount(0);
	await page.goto(`/brief?${QUERY}`);
	const n = ((await (await page.request.get(`/api/layers/incidents?${QUERY}`)).json()) as { features: unknown[] }).features.length;
	await expect(page.getByTestId('brief-incident')).toHaveCount(n);
	await expect(page.getByRole('link', { name: 'Open this selection on the map' })).toHaveAttribute('href', `/?${QUERY}`);
});
