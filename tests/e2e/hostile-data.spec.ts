// Hostile and broken data, served by a second server (tests/e2e/dataServer.ts) from a changed copy
// of geodata/:
//  - markup in an article, a gazetteer name, an incident title and a user's imported properties is
//    shown as text everywhere it appears, nothing runs, and the page policy reports no violation;
//  - a gazetteer that does not parse is a notice on the page naming the file and what still works.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startDataServer, type DataServer } from './dataServer';
import { screenPoint, waitForMap } from './atlas';
import { unknownMeta } from '../../src/lib/schema/article';

const XSS = '<img src=x onerror="window.__xss=1">';
const ARTICLE = '900_hostile_markup';
const SENTENCE = `اشتباكات في البوكمال ${XSS} وفق مصادر محلية.`;
const AR = JSON.parse(readFileSync('messages/ar.json', 'utf8')) as Record<string, string>;
const EN = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, string>;

test.setTimeout(180_000);

/** Nothing the data said became an element or ran. */
async function nothingRan(page: Page) {
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test.describe('markup in the data is text', () => {
	let server: DataServer;
	let incidentId = '';
	test.beforeAll(async () => {
		server = await startDataServer((dir) => {
			const gazPath = join(dir, 'gazetteer.json');
			const gaz = JSON.parse(readFileSync(gazPath, 'utf8'));
			gaz.entries.find((e: { id: string }) => e.id === 'albu-kamal').name_en = `Albu Kamal ${XSS}`;
			writeFileSync(gazPath, JSON.stringify(gaz, null, '\t'));
			const incPath = join(dir, 'incidents.json');
			const inc = JSON.parse(readFileSync(incPath, 'utf8'));
			incidentId = inc.incidents[0].id;
			inc.incidents[0].title_en = `${inc.incidents[0].title_en} ${XSS}`;
			writeFileSync(incPath, JSON.stringify(inc, null, '\t'));
			// A new article whose sentence naming Albu Kamal holds markup.
			writeFileSync(join(dir, 'articles', `${ARTICLE}.txt`), `${SENTENCE}\n`);
			writeFileSync(join(dir, 'articles', `${ARTICLE}.json`), JSON.stringify(unknownMeta(ARTICLE, 'test article')));
		});
	});
	test.afterAll(async () => server?.stop());

	test('a gazetteer name and an article sentence, in the place panel', async ({ page }) => {
		await page.goto(`${server.base}/?place=albu-kamal`);
		const panel = page.getByTestId('panel');
		await expect(panel.getByRole('heading', { level: 2 }).first()).toContainText(`Albu Kamal ${XSS}`);
		const fromHostile = page.locator(`[data-testid="excerpt"][data-article="${ARTICLE}"]`);
		await expect(fromHostile).toContainText(XSS);
		await expect(page).toHaveTitle(new RegExp(`Albu Kamal ${XSS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		await waitForMap(page);
		await nothingRan(page);
	});

	test('an article text, on the article page', async ({ page }) => {
		await page.goto(`${server.base}/articles/${ARTICLE}`);
		await expect(page.getByTestId('article-text')).toContainText(XSS);
		await nothingRan(page);
	});

	test('an incident title, in the incident panel', async ({ page }) => {
		await page.goto(`${server.base}/?incident=${incidentId}`);
		await expect(page.getByTestId('panel')).toContainText(XSS);
		await nothingRan(page);
	});

	test("a user's imported properties and file name", async ({ page }) => {
		await page.goto(`${server.base}/`);
		await waitForMap(page);
		const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: XSS, [XSS]: 'key too' }, geometry: { type: 'Point', coordinates: [40.2, 33.0] } }] };
		await page.getByTestId('import-file').setInputFiles({ name: `${XSS}.geojson`, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(fc)) });
		await expect(page.getByTestId('user-layer')).toContainText(XSS);
		await expect.poll(() => page.evaluate(() => (window as unknown as { __atlasMap: { queryRenderedFeatures(): { layer: { id: string } }[] } }).__atlasMap.queryRenderedFeatures().some((f) => f.layer.id.startsWith('user-')))).toBe(true);
		const at = await screenPoint(page, [40.2, 33.0]);
		await page.getByTestId('canvas').click({ position: at });
		const props = page.getByTestId('user-feature-panel');
		await expect(props.getByText(XSS, { exact: true }).first()).toBeVisible();
		await expect(props).toContainText('key too');
		await nothingRan(page);
	});
});

test.describe('a gazetteer that does not parse', () => {
	let server: DataServer;
	test.beforeAll(async () => {
		server = await startDataServer((dir) => writeFileSync(join(dir, 'gazetteer.json'), '{ "entries": [ {"id": "albu-kamal",'));
	});
	test.afterAll(async () => server?.stop());

	test('is a notice on the page naming the file and what still works', async ({ page }) => {
		const status = await (await fetch(`${server.base}/api/status`)).json();
		expect(status.ok).toBe(false);
		await page.goto(`${server.base}/`);
		const notice = page.getByTestId('data-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toHaveAttribute('role', 'alert');
		await expect(notice.getByRole('heading')).toHaveText(EN.data_notice_title);
		await expect(notice).toContainText('gazetteer.json');
		await expect(notice).toContainText('not valid JSON');
		const works = EN.data_notice_works.replace('{articles}', String(status.articles)).replace('{places}', String(status.places)).replace('{incidents}', String(status.incidents));
		await expect(notice).toContainText(works);
		// The rest of the page still works: the article pages open.
		await page.getByRole('button', { name: EN.data_notice_hide }).click();
		await expect(notice).toHaveCount(0);
		const articles = (await (await fetch(`${server.base}/api/articles`)).json()).articles as { id: string }[];
		expect(articles.length).toBe(status.articles);
		await page.goto(`${server.base}/articles/${articles[0].id}`);
		await expect(page.getByTestId('article-text')).toBeVisible();
		await expect(page.getByTestId('data-notice')).toBeVisible();
	});

	test('in Arabic too', async ({ page }) => {
		await page.goto(`${server.base}/?lang=ar`);
		const notice = page.getByTestId('data-notice');
		await expect(notice.getByRole('heading')).toHaveText(AR.data_notice_title);
		await expect(notice).toContainText('gazetteer.json');
	});
});

test('the real data has no problems, and no notice', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('sidebar').or(page.locator('main')).first()).toBeVisible();
	await expect(page.getByTestId('data-notice')).toHaveCount(0);
});
