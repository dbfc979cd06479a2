// The page on the database backend (issue 21): a second server with DATABASE_URL pointing at
// `atlas_e2e` (loaded by `npm run db:load` from the same files it serves), reached through a relay
// the last test cuts. What a person sees: the incidents drawn from vector tiles (counts per cell at
// low zoom, markers from zoom 9), a click opening the panel with its verbatim excerpts, the timeline
// changing what is drawn, an export that is valid GeoJSON, and words — never a blank map — when the
// database is away. No database here is a failure, not a skip: CI starts one (`npm run db:start`).
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { check } from '@placemarkio/check-geojson';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { countDifferent, dominantColour } from './pixels';
import { expectVerbatimExcerpts, panelLoaded, slideTo, waitForMap } from './atlas';
import { startDataServer, type DataServer } from './dataServer';
import { e2eDatabaseUrl, loadDatabase, startRelay, type Relay } from './dbServer';
import { fadeWeight } from '../../src/lib/explore/playback';

let db: DataServer;
let relay: Relay;
let dbUrl: string;
// Serial: one server and database for all; each test drives WebGL in software through a timeline.
test.describe.configure({ mode: 'serial', timeout: 150_000 });
test.beforeAll(async () => {
	test.setTimeout(180_000);
	const url = (dbUrl = e2eDatabaseUrl());
	relay = await startRelay(url);
	db = await startDataServer((dir) => loadDatabase(url, dir), { DATABASE_URL: relay.url });
});
test.afterAll(async () => {
	await db?.stop();
	await relay?.cut();
});

type Inc = { id: string; properties: { date_from: string; date_to: string; geo_precision: number; anchor_lon?: number; anchor_lat?: number } };
// The layers TiledEventsLayer draws: counts per cell below zoom 9, markers from it.
const CELLS = 'tiled-incidents-cells';
const MARKERS = 'tiled-incidents-markers';

async function incidents(page: Page): Promise<Inc[]> {
	const r = await page.request.get(`${db.base}/api/layers/incidents`);
	expect(r.ok()).toBe(true);
	return ((await r.json()) as { features: Inc[] }).features;
}

/** What the layer draws now (a cell's count, a marker's id); nothing while the map is still loading or moving: poll it. */
async function rendered(page: Page, layer: string): Promise<{ id?: string; count?: number; lon: number; lat: number }[]> {
	return page.evaluate((layer) => {
		type F = { properties: { id?: string; count?: number }; geometry: { coordinates: [number, number] } };
		type M = { loaded(): boolean; isMoving(): boolean; getLayer(id: string): unknown; queryRenderedFeatures(o: unknown): F[] };
		const m = (window as never as { __atlasMap?: M }).__atlasMap;
		if (!m || !m.loaded() || m.isMoving() || !m.getLayer(layer)) return [];
		return m.queryRenderedFeatures({ layers: [layer] }).map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
	}, layer);
}

/** The sum of the counts drawn (a cell on a tile's edge is drawn by both tiles: counted once by position). */
async function drawnCount(page: Page): Promise<number> {
	const cells = await rendered(page, CELLS);
	// Each tile quantises its copy of the point to its own grid: keyed to 0.01°, far finer than a cell.
	const seen = new Map(cells.map((c) => [`${c.lon.toFixed(2)},${c.lat.toFixed(2)}`, c.count ?? 0]));
	return [...seen.values()].reduce((a, b) => a + b, 0);
}


const pointLike = (f: Inc) => f.properties.geo_precision !== 3 && typeof f.properties.anchor_lon === 'number';
const overlaps = (f: Inc, from: string, to: string) => f.properties.date_to >= from && f.properties.date_from <= to;

test('low zoom: the incidents are counts per cell from /tiles/…pbf, and the timeline changes the counts', async ({ page }) => {
	const all = await incidents(page);
	const tiles: string[] = [];
	page.on('request', (r) => {
		if (/\/tiles\/incidents\/\d+\/\d+\/\d+\.pbf/.test(r.url())) tiles.push(r.url());
	});
	// The whole frontier at zoom 5: every point-like incident is counted; region-only ones never are a cell.
	await page.goto(`${db.base}/#5/34.6/40.5`);
	await expect.poll(() => drawnCount(page), { timeout: 30_000 }).toBe(all.filter(pointLike).length);
	expect(tiles.length).toBeGreaterThan(0);
	await expect(page.getByTestId('db-away')).toHaveCount(0);

	// The window 2024-12-01 … 2024-12-31 travels in the tile URL; the counts are the server's for it.
	await expect(page.getByTestId('timeline-from')).toBeVisible({ timeout: 30_000 });
	await slideTo(page.getByTestId('timeline-from'), '2024-12-01');
	await slideTo(page.getByTestId('timeline-to'), '2024-12-31');
	const want = all.filter((f) => pointLike(f) && overlaps(f, '2024-12-01', '2024-12-31')).length;
	expect(want).toBeGreaterThan(0);
	expect(want).toBeLessThan(all.filter(pointLike).length);
	await expect.poll(() => drawnCount(page), { timeout: 30_000 }).toBe(want);
	expect(tiles.some((u) => new URL(u).searchParams.get('from') === '2024-12-01')).toBe(true);
});

test('high zoom: markers from tiles; a click opens the panel with verbatim excerpts; a timeline step filters without a request', async ({ page }) => {
	const all = await incidents(page);
	const one = all.find((f) => f.id === '2024-12-syrian-soldiers-return-via-albu-kamal')!;
	const [lon, lat] = [one.properties.anchor_lon!, one.properties.anchor_lat!];
	await page.goto(`${db.base}/#10/${lat}/${lon}`);
	await expect.poll(async () => (await rendered(page, MARKERS)).map((f) => f.id), { timeout: 30_000 }).toContain(one.id);

	// Clicked where it is drawn: its panel, with the excerpts verbatim in their article.
	const at = await page.evaluate(([lon, lat]) => (window as never as { __atlasMap: { project(l: number[]): { x: number; y: number } } }).__atlasMap.project([lon, lat]), [lon, lat]);
	const box = (await page.getByTestId('canvas').boundingBox())!;
	await page.mouse.click(box.x + at.x, box.y + at.y);
	// The town's own marker is there too: the chooser asks which, and lists the tiled incident.
	const chooser = page.getByTestId('chooser');
	const panel = page.locator(`[data-testid="panel"][data-selection$=":${one.id}"]`);
	await expect(chooser.or(panel).first()).toBeVisible();
	if (await chooser.isVisible()) await chooser.locator(`[data-testid="chooser-option"][data-id="${one.id}"]`).click();
	await expect(panel).toBeVisible();
	await panelLoaded(page);
	await expect(page).toHaveURL(new RegExp(`[?&]incident=${one.id}(&|#|$)`));
	expect(await expectVerbatimExcerpts(page)).toBeGreaterThan(0);

	// A window without it: the marker goes, by the map's filter alone (no tile is asked for again).
	await expect(page.getByTestId('timeline-from')).toBeVisible({ timeout: 30_000 });
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/tiles/')) asked.push(r.url());
	});
	await slideTo(page.getByTestId('timeline-from'), '2025-03-01');
	await expect.poll(async () => (await rendered(page, MARKERS)).map((f) => f.id), { timeout: 30_000 }).not.toContain(one.id);
	expect(asked.filter((u) => /\/tiles\/incidents\/(9|1\d)\//.test(u))).toEqual([]);
});

/** The opacity a marker is drawn with now (MapLibre evaluates the layer's paint for each rendered feature), or null when it is not drawn. */
async function markerOpacity(page: Page, id: string): Promise<number | null> {
	return page.evaluate(
		([layer, id]) => {
			type F = { properties: { id?: string }; layer: { paint: Record<string, unknown> } };
			type M = { loaded(): boolean; isMoving(): boolean; getLayer(id: string): unknown; queryRenderedFeatures(o: unknown): F[] };
			const m = (window as never as { __atlasMap?: M }).__atlasMap;
			if (!m || !m.loaded() || m.isMoving() || !m.getLayer(layer)) return null;
			const f = m.queryRenderedFeatures({ layers: [layer] }).find((x) => x.properties.id === id);
			return f ? Number(f.layer.paint['circle-opacity']) : null;
		},
		[MARKERS, id]
	);
}

test('high zoom: a marker dated only to a month fades by the share of its days in the window, as on the files', async ({ page }) => {
	const all = await incidents(page);
	const month = all.find((f) => f.id === '2025-05-baghdad-arab-summit')!;
	const exactDay = all.find((f) => f.id === '2024-12-26-iraqi-intelligence-delegation-damascus')!;
	expect(month.properties.date_from).not.toBe(month.properties.date_to);
	await page.goto(`${db.base}/#10/${month.properties.anchor_lat}/${month.properties.anchor_lon}`);
	// No window: drawn whole.
	await expect.poll(() => markerOpacity(page, month.id), { timeout: 60_000 }).toBe(1);
	await expect(page.getByTestId('timeline-from')).toBeVisible({ timeout: 60_000 });
	await slideTo(page.getByTestId('timeline-from'), '2025-05-10');
	await slideTo(page.getByTestId('timeline-to'), '2025-05-20');
	// 11 of its 31 days inside: 0.25 + 0.75 × 11/31, the files' fade.
	const want = 0.25 + 0.75 * fadeWeight(month.properties.date_from, month.properties.date_to, '2025-05-10', '2025-05-20');
	expect(want).toBeLessThan(0.6);
	await expect.poll(async () => Math.abs(((await markerOpacity(page, month.id)) ?? -1) - want), { timeout: 60_000 }).toBeLessThan(1e-6);
	// A marker dated to its day, in its window, is drawn whole.
	await slideTo(page.getByTestId('timeline-from'), '2024-12-20');
	await slideTo(page.getByTestId('timeline-to'), '2024-12-31');
	await page.evaluate(([lon, lat]) => (window as never as { __atlasMap: { jumpTo(o: unknown): void } }).__atlasMap.jumpTo({ zoom: 10, center: [lon, lat] }), [exactDay.properties.anchor_lon!, exactDay.properties.anchor_lat!]);
	await expect.poll(() => markerOpacity(page, exactDay.id), { timeout: 60_000 }).toBe(1);
});

/** One number from the database itself (not through the app): what the page must show. */
async function sqlCount(sql: string, params: unknown[] = []): Promise<number> {
	const client = new pg.Client({ connectionString: dbUrl });
	await client.connect();
	try {
		return Number((await client.query(sql, params)).rows[0].n);
	} finally {
		await client.end();
	}
}

test('the page never downloads the incidents: list, timeline bars, counts and a panel are the server answers', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => asked.push(new URL(r.url()).pathname));
	const [from, to] = ['2024-12-01', '2024-12-31'];
	const kept = `FROM atlas.features WHERE layer = 'incidents' AND date_to >= $1 AND date_from <= $2`;
	const n = await sqlCount(`SELECT count(*) AS n ${kept}`, [from, to]);
	// The December bar counts day-dated incidents, time left out (as the timeline does).
	const december = await sqlCount(`SELECT count(*) AS n FROM atlas.features WHERE layer = 'incidents' AND date_from = date_to AND date_from LIKE '2024-12-%'`);
	const type = await topType(from, to);
	expect(n).toBeGreaterThan(0);
	expect(december).toBeGreaterThan(0);

	await page.goto(`${db.base}/?from=${from}&to=${to}#5/34.6/40.5`);
	await expect(page.getByTestId('timeline-summary')).toContainText(`${n} incident`, { timeout: 30_000 });
	await expect(page.locator('[data-testid="timeline-bar"][aria-label^="Dec 2024:"]')).toHaveAttribute('aria-label', new RegExp(`: ${december} incidents? dated`));
	await expect(page.getByTestId('result-count')).toContainText(`of which ${n} incident`, { timeout: 30_000 });
	// The newest kept incident leads the list (sorted by the database); a click opens its panel.
	const first = page.getByTestId('result-list').locator('[role="option"]').first();
	const key = (await first.getAttribute('data-key'))!;
	expect(key).toMatch(/^incident:/);
	expect(await sqlCount(`SELECT count(*) AS n ${kept} AND id = $3 AND date_from = (SELECT max(date_from) ${kept})`, [from, to, key.slice(9)])).toBe(1);
	// Who reported it, as the files' rows say: its excerpts' outlets (or the agency relayed), first seen first.
	const outlets = await sqlRows<{ o: string }>(
		`SELECT coalesce(e->>'outlet_en', e->>'reported_via') AS o FROM atlas.features, json_array_elements(feature->'properties'->'excerpts') WITH ORDINALITY AS x(e, i) WHERE layer = 'incidents' AND id = $1 ORDER BY i`,
		[key.slice(9)]
	);
	const who = [...new Set(outlets.map((r) => r.o).filter(Boolean))];
	expect(who.length).toBeGreaterThan(0);
	await expect(first.getByTestId('row-who')).toHaveText(`Reported by ${who.join('; ')}`);
	await first.click();
	await expect(page.locator(`[data-testid="panel"][data-selection="${key}"]`)).toBeVisible();
	await panelLoaded(page);
	// The filter counts: the most frequent type of the window, counted by the database.
	const filters = page.locator('[data-testid="filters-section"]');
	if ((await filters.getAttribute('open')) === null) await filters.locator('> summary').click();
	await expect(page.getByTestId(`count-type-${type}`)).toHaveText(String(await sqlCount(`SELECT count(*) AS n ${kept} AND $3 = ANY(type_ids)`, [from, to, type])));
	// "Reported by at least N sources", each N with how many of the window's incidents it keeps, as on the files.
	const most = await sqlCount(`SELECT greatest(2, max(source_count)) AS n FROM atlas.features WHERE layer = 'incidents' AND is_event`);
	const options: string[] = ['any number of sources'];
	for (let k = 2; k <= most; k++) options.push(`${k} sources (${await sqlCount(`SELECT count(*) AS n ${kept} AND is_event AND source_count >= $3`, [from, to, k])})`);
	expect(options.some((o) => !o.endsWith('(0)') && o !== options[0])).toBe(true);
	await expect(page.getByTestId('filter-sources').locator('option')).toHaveText(options);

	expect(asked.filter((p) => p.startsWith('/api/map/incidents'))).toEqual([]);
	for (const what of ['list', 'timeline', 'facets']) expect(asked).toContain(`/api/layers/incidents/${what}`);
});

async function sqlRows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
	const client = new pg.Client({ connectionString: dbUrl });
	await client.connect();
	try {
		return (await client.query(sql, params)).rows as T[];
	} finally {
		await client.end();
	}
}

/** The incident type most often kept in the window (by the database). */
async function topType(from: string, to: string): Promise<string> {
	const client = new pg.Client({ connectionString: dbUrl });
	await client.connect();
	try {
		const r = await client.query(
			`SELECT t, count(*) AS n FROM atlas.features, unnest(type_ids) AS t WHERE layer = 'incidents' AND date_to >= $1 AND date_from <= $2 GROUP BY t ORDER BY n DESC, t LIMIT 1`,
			[from, to]
		);
		return r.rows[0].t as string;
	} finally {
		await client.end();
	}
}

test('an ACLED event drawn from the tiles opens its panel', async ({ page }) => {
	// The fixture export, loaded by the project's own command into the database the server reads.
	execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tools/db-import.ts', '--acled', 'tests/fixtures/acled/small.csv'], {
		env: { ...process.env, DATABASE_URL: dbUrl },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const [lon, lat] = [40.4508, 35.019]; // FXSYR1's longitude and latitude in the CSV (geo_precision 1: a marker)
	await page.goto(`${db.base}/#11/${lat}/${lon}`);
	await expect.poll(async () => (await rendered(page, 'tiled-acled-markers')).map((f) => f.id), { timeout: 30_000 }).toContain('FXSYR1');
	const at = await page.evaluate(([lon, lat]) => (window as never as { __atlasMap: { project(l: number[]): { x: number; y: number } } }).__atlasMap.project([lon, lat]), [lon, lat]);
	const box = (await page.getByTestId('canvas').boundingBox())!;
	await page.mouse.click(box.x + at.x, box.y + at.y);
	// The town's marker is there too: the chooser then asks which.
	const chooser = page.getByTestId('chooser');
	const panel = page.locator('[data-testid="panel"][data-selection="incident:FXSYR1"]');
	await expect(chooser.or(panel).first()).toBeVisible();
	if (await chooser.isVisible()) await chooser.locator('[data-testid="chooser-option"][data-id="FXSYR1"]').click();
	await expect(panel).toBeVisible();
	await panelLoaded(page);
	await expect(page).toHaveURL(/[?&]incident=FXSYR1(&|#|$)/);
	// What the CSV row says: its sub-event type and location, and ACLED's attribution.
	await expect(panel).toContainText('Armed clash');
	await expect(panel).toContainText('Al Mayadin');
	await expect(panel).toContainText('ACLED');
});

test('an export from the database downloads valid GeoJSON, the bytes /api/layers/incidents serves', async ({ page }) => {
	await page.goto(`${db.base}/#5/34.6/40.5`);
	await expect.poll(() => drawnCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
	await page.getByText('Export', { exact: true }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-incidents').click()]);
	const bytes = await readFile((await download.path())!);
	const fc = check(bytes.toString('utf8')) as { type: string; features: unknown[] };
	expect(fc.type).toBe('FeatureCollection');
	expect(fc.features.length).toBe((await incidents(page)).length);
	expect(bytes.equals(await (await page.request.get(`${db.base}/api/layers/incidents`)).body())).toBe(true);
});

test.describe('the database away', () => {
	// The list and the timeline ask the server too: with the database cut they answer 503 (the page says so in words).
	test.use({ allowedConsoleErrors: [/status of 503/] });
	test('the database away: the page says so in both languages, and the map still draws', async ({ page }) => {
		// The server is up, its database is not (a port nothing listens on): the files still draw the map.
		const away = await startDataServer(() => {}, { DATABASE_URL: 'postgres://atlas:atlas@127.0.0.1:9/atlas_e2e' });
		try {
			await page.goto(`${away.base}/#5.6/34.6/41.2`);
			await waitForMap(page);
			await expect(page.getByTestId('db-away')).toHaveText('The database cannot be reached: the map shows what it could load. Try again shortly.');
			await page.goto(`${away.base}/?lang=ar#5.6/34.6/41.2`);
			await waitForMap(page);
			await expect(page.getByTestId('db-away')).toContainText('تعذّر الوصول إلى قاعدة البيانات');
		} finally {
			await away.stop();
		}
		// The database going away while the page is open: the next tiles answer 503, and the page says so.
		await page.goto(`${db.base}/#5/34.6/40.5`);
		await expect.poll(() => drawnCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
		await expect(page.getByTestId('db-away')).toHaveCount(0);
		await relay.cut();
		await page.evaluate(() => (window as never as { __atlasMap: { jumpTo(o: unknown): void } }).__atlasMap.jumpTo({ zoom: 7, center: [41, 35] }));
		await expect(page.getByTestId('db-away')).toBeVisible({ timeout: 30_000 });
		// Never a blank map: the basemap and what was drawn stay.
		const png = await page.getByTestId('canvas').screenshot();
		expect(countDifferent(png, dominantColour(png), 8).fraction).toBeGreaterThan(0.2);
	});
});
