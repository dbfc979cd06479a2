// Incidents and their sources, through the real UI. On the shipped data: "reported by at least N
// sources" narrows the list and the export alike. On a copy grown the analyst's way (`npm run add`
// of two outlets' reports, `npm run incident -- accept`, `--same-as`): the accepted incident's panel
// shows its Arabic title and its two sources, in English and in Arabic.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';
import { startDataServer, type DataServer } from './dataServer';

type FC = { features: { id: string; properties: { source_count: number; title_ar?: string } }[]; metadata?: { filters: Record<string, unknown> } };
const ids = (fc: FC) => fc.features.map((f) => f.id).sort();
const listed = (page: Page) =>
	page
		.getByTestId('result-list')
		.locator('[role="option"][data-key^="incident:"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!.slice('incident:'.length)).sort());

test('"reported by at least 2 sources": the list and the exported file keep the same incidents', async ({ page }) => {
	// WebGL in software on a shared machine: the map, the list and the download take their time.
	test.setTimeout(180_000);
	await page.goto('/#5/34.5/40');
	await waitForMap(page);
	const all = (await (await page.request.get('/api/layers/incidents')).json()) as FC;
	const expected = (await (await page.request.get('/api/layers/incidents?sources=2')).json()) as FC;
	expect(expected.features.length).toBeGreaterThan(0);
	expect(expected.features.length).toBeLessThan(all.features.length);
	for (const f of expected.features) expect(f.properties.source_count).toBeGreaterThanOrEqual(2);

	await page.locator('[data-testid="filters-section"] > summary').click();
	await page.getByTestId('filter-sources').selectOption('2');
	await expect(page).toHaveURL(/[?&]sources=2/);
	await expect.poll(() => listed(page)).toEqual(ids(expected));
	for (const f of expected.features)
		await expect(page.locator(`[role="option"][data-key="incident:${f.id}"] [data-testid="row-sources"]`)).toHaveText(`${f.properties.source_count} sources`);

	await page.getByText('Export', { exact: true }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-incidents').click()]);
	const bytes = await readFile((await download.path())!);
	expect(bytes.equals(await (await page.request.get('/api/layers/incidents?sources=2')).body())).toBe(true);
	const file = check(bytes.toString('utf8')) as unknown as FC;
	expect(ids(file)).toEqual(ids(expected));
	expect((JSON.parse(bytes.toString('utf8')) as FC).metadata!.filters).toMatchObject({ sources_at_least: 2 });

	// Back to any number: every incident is listed again.
	await page.getByTestId('filter-sources').selectOption('');
	await expect(page).not.toHaveURL(/sources=/);
	await expect.poll(() => listed(page)).toEqual(ids(all));
});

test.describe('an incident accepted from two outlets’ reports', () => {
	test.setTimeout(600_000);
	let server: DataServer;
	let id = '';
	let titleAr = '';
	test.beforeAll(async () => {
		test.setTimeout(600_000);
		server = await startDataServer((dir) => {
			const tsx = (script: string, ...args: string[]) => execFileSync('npx', ['tsx', join('tools', script), ...args, '--data-dir', dir], { encoding: 'utf8', stdio: 'pipe' });
			tsx('add.ts', ...['fx_004', 'fx_005'].map((a) => join('tests/fixtures/corpus/incidents', `${a}.txt`)));
			const drafts = JSON.parse(readFileSync(join(dir, 'build', 'incident-drafts.json'), 'utf8')).drafts as { id: string; article: string; type: string; same_as: string[] }[];
			const first = drafts.find((d) => d.article === 'fx_004' && d.type === 'ied')!;
			const second = drafts.find((d) => d.article === 'fx_005' && d.same_as.includes(first.id))!;
			tsx('incident.ts', 'accept', first.id);
			tsx('incident.ts', 'accept', second.id, '--same-as', first.id);
			const inc = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')).incidents.find((i: { drafts?: string[] }) => i.drafts?.includes(first.id));
			id = inc.id;
			titleAr = inc.title_ar;
		});
	});
	test.afterAll(async () => server?.stop());

	test('its panel shows the Arabic title and two sources, in English and in Arabic; the phone shows them too', async ({ page }) => {
		expect(titleAr).toBeTruthy();
		await page.goto(`${server.base}/?incident=${id}#8/34.4/41`);
		await waitForMap(page);
		const panel = page.getByTestId('panel');
		await expect(panel).toHaveAttribute('data-selection', `incident:${id}`);
		await expect(panel.locator('.subtitle')).toHaveText(titleAr);
		await expect(page.getByTestId('incident-sources')).toContainText('Reported by 2 sources');
		await expect(page.getByTestId('incident-sources')).toContainText('Shafaq News; Rudaw');
		await page.screenshot({ path: '/tmp/incident-sources-en.png' });

		await page.goto(`${server.base}/?lang=ar&incident=${id}#8/34.4/41`);
		await waitForMap(page);
		await expect(page.locator('#panel-title')).toHaveText(titleAr);
		await expect(page.getByTestId('incident-sources')).toContainText('أورده مصدران');
		// The list leads with the Arabic title too, and counts the sources in Arabic.
		const row = page.locator(`[role="option"][data-key="incident:${id}"]`);
		await expect(row.locator('.name')).toHaveText(titleAr);
		await expect(row.getByTestId('row-sources')).toHaveText('مصدران');
		await page.screenshot({ path: '/tmp/incident-sources-ar.png' });

		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${server.base}/?lang=ar&incident=${id}#7/34.4/41`);
		await waitForMap(page);
		await expect(page.getByTestId('incident-sources')).toContainText('أورده مصدران');
		await page.screenshot({ path: '/tmp/incident-sources-phone-ar.png' });
	});
});
