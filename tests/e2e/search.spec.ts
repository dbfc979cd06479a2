// Search that forgives spelling, through the real box with the keyboard alone: every spelling of
// the shared table (tests/fixtures/search/spellings.ts) opens its place's panel; arrows move,
// Enter opens, Escape clears; `?q=` in a pasted link fills the box and shows the results.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SPELLINGS } from '../fixtures/search/spellings';

const LABEL = 'Search places, incidents, articles and your layers';
const box = (page: Page) => page.getByRole('combobox', { name: LABEL });

/**
 * The search code arrives on first focus and the list stays busy until it (and the atlas) has
 * loaded; a person sees "Loading…" meanwhile. On a loaded machine that takes longer than one
 * expectation's wait, so the tests wait for it once, generously, before typing.
 */
async function focusReady(page: Page, input = box(page)) {
	await input.focus();
	await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
}

/** Puts the cursor in the box (as a click or Tab would), then clears it with the keyboard. */
async function typeQuery(page: Page, text: string) {
	await focusReady(page);
	await page.keyboard.press('Escape');
	await expect(box(page)).toHaveValue('');
	await page.keyboard.type(text);
}

test('every spelling in the table opens the right place with the keyboard alone', async ({ page, request }) => {
	test.setTimeout(240_000);
	const headings = new Map<string, string>();
	for (const row of SPELLINGS) {
		const r = await request.get(`/api/places/${row.id}`);
		headings.set(row.id, (await r.json()).place.properties.name_en);
	}
	await page.goto('/');
	for (const row of SPELLINGS) {
		for (const spelling of row.e2e) {
			await typeQuery(page, spelling);
			await expect(page.getByRole('option').first(), spelling).toHaveAttribute('data-result', `place:${row.id}`);
			await page.keyboard.press('Enter');
			const panel = page.getByTestId('panel');
			await expect(panel, spelling).toHaveAttribute('data-selection', `place:${row.id}`);
			await expect(panel.getByRole('heading', { level: 2 }), spelling).toHaveText(headings.get(row.id)!);
			await expect(page).toHaveURL(new RegExp(`[?&]place=${row.id}(&|#|$)`));
		}
	}
});

test('arrows move through grouped results, Enter opens the active one, Escape clears', async ({ page }) => {
	await page.goto('/');
	await typeQuery(page, 'Kirkuk');
	const input = box(page);
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	const listbox = page.getByRole('listbox', { name: 'Search results' });
	await expect(listbox.getByRole('group', { name: 'Places' })).toBeVisible();
	const options = listbox.getByRole('option');
	await expect(options.first()).toHaveAttribute('data-result', 'place:kirkuk');
	expect(await options.count()).toBeGreaterThan(2);

	await page.keyboard.press('ArrowDown');
	await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowUp');
	const second = options.nth(1);
	await expect(second).toHaveAttribute('aria-selected', 'true');
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
	await expect(input).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
	const chosen = (await second.getAttribute('data-result'))!;
	expect(chosen).not.toBe('place:kirkuk');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', chosen);

	// Escape in the box clears it (and the `q` parameter), leaving the panel open.
	await input.focus();
	await expect(input).toHaveValue('Kirkuk');
	await page.keyboard.press('Escape');
	await expect(input).toHaveValue('');
	await expect(input).toHaveAttribute('aria-expanded', 'false');
	await expect(listbox).toBeHidden();
	await expect(page.getByTestId('panel')).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
	// A second Escape, with the box empty, closes the panel as everywhere else.
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('panel')).toHaveCount(0);
});

test('a pasted ?q= fills the box and shows its results; typing writes q back', async ({ page }) => {
	await page.goto('/?q=Boukamal#6/34.5/40.9');
	await expect(box(page)).toHaveValue('Boukamal');
	await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('option').first()).toHaveAttribute('data-result', 'place:albu-kamal');
	await expect(page.getByRole('option').first()).toContainText('Albu Kamal');

	await box(page).focus();
	await page.keyboard.type(' x');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Boukama');
	// The view in the hash (MapLibre's, which it may round) survives the rewrite.
	expect(new URL(page.url()).hash).toMatch(/^#6\/34\.5\/\d/);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'place:albu-kamal');
	// The panel opens at once; the navigation to its link follows the frame that shows it.
	await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('albu-kamal');
	expect(new URL(page.url()).searchParams.get('q')).toBe('Boukama');
});

test('incidents by date words, articles by outlet', async ({ page, request }) => {
	// The expected sets come from the unfiltered API, with the overlap rule written here.
	const all = (await (await request.get('/api/layers/incidents')).json()).features as { id: string; properties: { date_from: string; date_to: string } }[];
	expect(all.length).toBeGreaterThan(0);
	const month = all[0].properties.date_from.slice(0, 7);
	const expected = all.filter((f) => f.properties.date_from.slice(0, 7) <= month && f.properties.date_to.slice(0, 7) >= month).map((f) => `incident:${f.id}`);
	const name = new Date(`${month}-01T00:00:00Z`).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
	await page.goto('/');
	await typeQuery(page, `${name} ${month.slice(0, 4)}`);
	const incidents = page.getByRole('group', { name: 'Incidents' }).getByRole('option');
	await expect(incidents.first()).toBeVisible();
	expect((await incidents.evaluateAll((els) => els.map((e) => e.getAttribute('data-result')))).sort()).toEqual(expected.sort());
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', new RegExp(`^(${expected.join('|')})$`));

	const articles = (await (await request.get('/api/articles')).json()).articles as { id: string; meta: { outlet_en: { value: string | null } } }[];
	const outlet = articles.find((a) => a.meta.outlet_en.value)!.meta.outlet_en.value!;
	const fromOutlet = articles.filter((a) => a.meta.outlet_en.value === outlet).map((a) => a.id);
	await typeQuery(page, outlet);
	await expect(page.getByRole('group', { name: 'Articles' }).getByRole('option').first()).toBeVisible();
	// The list answers as the name is typed: a shorter prefix («Al-Mut») also finds the incidents its outlet reports.
	// Enter opens the first result of the whole name, so wait until the list shows that one (an article) first.
	await expect(page.locator('[data-result]').first()).toHaveAttribute('data-result', /^article:/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/articles/(${fromOutlet.join('|')})(?![\\w-])`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('in Arabic: labelled in Arabic, Arabic spelling opens the place', async ({ page }) => {
	await page.goto('/?lang=ar');
	const input = page.getByRole('combobox', { name: 'ابحث في الأماكن والأحداث والمقالات وطبقاتك' });
	await focusReady(page, input);
	await page.keyboard.type('والبوكمال');
	await expect(page.getByRole('group', { name: 'الأماكن' })).toBeVisible();
	await expect(page.getByRole('option').first()).toHaveAttribute('data-result', 'place:albu-kamal');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'place:albu-kamal');
});

test('nothing found says so', async ({ page }) => {
	await page.goto('/');
	await typeQuery(page, 'xqzvw');
	await expect(page.getByText('Nothing matches “xqzvw”.')).toBeVisible();
	await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('panel')).toHaveCount(0);
});

test("the user's own features are found and their properties open", async ({ page }) => {
	await page.goto('/');
	const fc = {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', geometry: { type: 'Point', coordinates: [40.95, 34.43] }, properties: { name: 'Checkpoint Hamdan', note: 'east gate' } },
			{ type: 'Feature', geometry: { type: 'Point', coordinates: [41.1, 34.38] }, properties: { name: 'Well 7' } }
		]
	};
	await page.getByTestId('import-file').setInputFiles({ name: 'my-points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(fc)) });
	await expect(page.getByTestId('import-done')).toBeVisible();
	await typeQuery(page, 'chekpoint hamdan');
	const mine = page.getByRole('group', { name: 'Your layers' }).getByRole('option');
	await expect(mine.first()).toContainText('Checkpoint Hamdan');
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('user-feature-panel');
	await expect(panel).toContainText('east gate');
	await expect(panel.getByRole('heading')).toContainText('my-points');
});
