// Click → panel at once (issue 9): the panel opens with what the click knew, says its sources are
// loading, and fills in when the API answers; a late answer for an earlier choice never wins.
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { apiFeature, screenPoint, waitForMap } from './atlas';

const VIEW = '/#5.6/34.6/41.2';

/** Holds every request to `path` until `release()` is called; `held` resolves at the first one. */
async function hold(page: Page, path: string) {
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	let arrived!: () => void;
	const held = new Promise<void>((r) => (arrived = r));
	await page.route(`**${path}`, async (route: Route) => {
		arrived();
		await gate;
		await route.fallback();
	});
	return { release, held };
}

/** Resolves once a response to `path` has been read in full; then two frames for the app to use it. */
function answered(page: Page, path: string) {
	const done = page.waitForEvent('requestfinished', (r) => new URL(r.url()).pathname === path);
	return async () => {
		await done;
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	};
}

/** Clicks a place's point on the canvas, through the chooser if the click hits several features. */
async function clickPlace(page: Page, id: string) {
	const { place } = await apiFeature(page, 'places', id);
	const { x, y } = await screenPoint(page, place.geometry.coordinates);
	await page.mouse.click(x, y);
	const chooser = page.getByTestId('chooser');
	const panel = page.locator(`[data-testid="panel"][data-selection="place:${id}"]`);
	await expect(chooser.or(panel).first()).toBeVisible();
	if (await chooser.isVisible()) await chooser.locator(`[data-testid="chooser-option"][data-id="${id}"]`).click();
	return place as { properties: { name_en: string; name_ar: string } };
}

test('a clicked place shows its name at once, then its sources when the API answers', async ({ page }) => {
	await page.goto(VIEW);
	await waitForMap(page);
	const api = await hold(page, '/api/places/albu-kamal');
	const place = await clickPlace(page, 'albu-kamal');

	const panel = page.getByTestId('panel');
	const body = panel.getByTestId('panel-body');
	await api.held;
	await expect(panel).toHaveAttribute('data-selection', 'place:albu-kamal');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place.properties.name_en);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel.locator('.subtitle')).toHaveText(place.properties.name_ar);
	await expect(body).toHaveAttribute('aria-busy', 'true');
	await expect(body.getByRole('status')).toHaveText('Loading sources…');
	await expect(panel.getByTestId('excerpt')).toHaveCount(0);
	await expect(panel.getByRole('button', { name: 'Close panel (Escape)' })).toBeVisible();
	// The selection is in the URL and the history already: a copied link or Back work meanwhile.
	await expect(page).toHaveURL(/[?&]place=albu-kamal(&|#|$)/);
	const header = (await panel.locator('header').boundingBox())!;
	await page.screenshot({ path: 'tests/e2e/__output__/panel-loading.png' });

	api.release();
	await expect(body).toHaveAttribute('aria-busy', 'false');
	await expect(panel.getByTestId('excerpt').first()).toBeVisible();
	await expect(body.getByRole('status')).toHaveCount(0);
	// The header neither moves nor changes size as the panel fills in, and keeps the focus.
	expect(await panel.locator('header').boundingBox()).toEqual(header);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place.properties.name_en);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
});

test('Escape closes a panel still loading, and its late answer does not reopen it', async ({ page }) => {
	await page.goto(VIEW);
	await waitForMap(page);
	const api = await hold(page, '/api/places/albu-kamal');
	await clickPlace(page, 'albu-kamal');
	await api.held;
	await expect(page.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'true');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('panel')).toHaveCount(0);
	const late = answered(page, '/api/places/albu-kamal');
	api.release();
	await late();
	await expect(page.getByTestId('panel')).toHaveCount(0);
	expect(new URL(page.url()).searchParams.has('place')).toBe(false);
});

for (const order of ['after', 'before'] as const) {
	test(`the latest choice wins when an earlier one's answer arrives ${order} it`, async ({ page }) => {
		await page.goto(VIEW);
		await waitForMap(page);
		const a = await hold(page, '/api/places/albu-kamal');
		await clickPlace(page, 'albu-kamal');
		await a.held;

		// B: another row of the list, chosen while A is still loading.
		const option = page.getByTestId('result-list').locator('[role="option"]:not([data-key="place:albu-kamal"])').first();
		const key = (await option.getAttribute('data-key'))!;
		const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
		const b = await hold(page, `/api/${kind === 'place' ? 'places' : 'incidents'}/${id}`);
		const nameB = (await apiFeature(page, kind === 'place' ? 'places' : 'incidents', id)) as {
			place?: { properties: { name_en: string } };
			incident?: { properties: { title_en: string } };
		};
		const titleB = nameB.place?.properties.name_en ?? nameB.incident!.properties.title_en;
		await option.click();
		const panel = page.getByTestId('panel');
		await expect(panel).toHaveAttribute('data-selection', key);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(titleB);

		const answeredA = answered(page, '/api/places/albu-kamal');
		if (order === 'after') {
			b.release();
			await expect(panel.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'false');
			a.release();
		} else {
			a.release();
			await answeredA();
			// B is still loading: A's answer must not fill B's panel in.
			await expect(panel).toHaveAttribute('data-selection', key);
			await expect(panel.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'true');
			b.release();
		}
		await answeredA();
		await expect(panel).toHaveAttribute('data-selection', key);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(titleB);
		await expect(panel.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'false');
		await expect(page).toHaveURL(new RegExp(`[?&]${kind}=${id}(&|#|$)`));
		expect(page.url()).not.toMatch(/[?&]place=albu-kamal(&|#|$)/);
	});
}

test('Back while a choice loads reopens the previous panel, and the abandoned answer stays out', async ({ page }) => {
	await page.goto(VIEW);
	await waitForMap(page);
	const place = await clickPlace(page, 'albu-kamal');
	const panel = page.getByTestId('panel');
	await expect(panel.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'false');

	const option = page.getByTestId('result-list').locator('[role="option"]:not([data-key="place:albu-kamal"])').first();
	const key = (await option.getAttribute('data-key'))!;
	const id = key.slice(key.indexOf(':') + 1);
	const b = await hold(page, `/api/${key.startsWith('place:') ? 'places' : 'incidents'}/${id}`);
	await option.click();
	await expect(panel).toHaveAttribute('data-selection', key);
	await b.held;

	await page.goBack();
	await expect(panel).toHaveAttribute('data-selection', 'place:albu-kamal');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place.properties.name_en);
	await expect(panel.getByTestId('excerpt').first()).toBeVisible();
	const late = answered(page, `/api/${key.startsWith('place:') ? 'places' : 'incidents'}/${id}`);
	b.release();
	await late();
	await expect(panel).toHaveAttribute('data-selection', 'place:albu-kamal');
	await expect(panel.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'false');
	await expect(page).toHaveURL(/[?&]place=albu-kamal(&|#|$)/);
});

test.describe('a failed load', () => {
	test.use({ allowedConsoleErrors: [/status of 500/] });
	test('keeps the name in the heading and says what failed', async ({ page }) => {
		await page.goto(VIEW);
		await waitForMap(page);
		await page.route('**/api/places/albu-kamal', (route) =>
			route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { message: 'the test broke it' } }) })
		);
		const place = await clickPlace(page, 'albu-kamal');
		const panel = page.getByTestId('panel');
		await expect(panel.getByRole('alert')).toContainText('the test broke it');
		await expect(panel.getByRole('alert')).toContainText('albu-kamal');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place.properties.name_en);
		await expect(panel.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'false');
		await page.getByRole('button', { name: 'Close panel (Escape)' }).click();
		await expect(panel).toHaveCount(0);
	});
});

test('a mention in an article opens its panel on the map, filled in', async ({ page }) => {
	// The map page (hydrated), its article (a client-side navigation), a mention back to the map.
	await page.goto('/?place=albu-kamal');
	await page.getByTestId('excerpt').first().locator('figcaption a').click();
	const mention = page.getByTestId('article-text').locator('mark.place a').first();
	const href = (await mention.getAttribute('href'))!;
	const id = decodeURIComponent(href.slice(href.indexOf('=') + 1));
	const { place } = await apiFeature(page, 'places', id);
	await mention.click();
	const panel = page.getByTestId('panel');
	await expect(panel).toHaveAttribute('data-selection', `place:${id}`);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place.properties.name_en);
	await expect(panel.getByTestId('panel-body')).toHaveAttribute('aria-busy', 'false');
	await expect(panel.getByTestId('excerpt').first()).toBeVisible();
});
