// Exploring like an analyst, through the real UI: the timeline's sliders, the filters, the synced
// list, the URL and the export. Every expected set is computed in the test (./oracle.ts) from the
// unfiltered /api/layers/incidents, never by the selector under test and never counted by hand.
import { readFile } from 'node:fs/promises';
import { check } from '@placemarkio/check-geojson';
import type { Geometry } from 'geojson';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { slideTo, waitForMap } from './atlas';
import { expectedIds } from './oracle';

/** Waits for the incident markers' source and an idle map (waitForMap wants every layer shown). */
async function waitForIncidents(page: Page) {
	await page.waitForFunction(
		() => {
			const m = (window as never as { __atlasMap?: { loaded(): boolean; querySourceFeatures(s: string): unknown[] } }).__atlasMap;
			// Incidents at or near a place are points; those located only to a region are counted on the region's label.
			return !!m && m.loaded() && m.querySourceFeatures('incident-points').length + m.querySourceFeatures('incident-region-labels').length > 0;
		},
		null,
		{ timeout: 45_000, polling: 250 }
	);
}

interface Inc {
	id: string;
	geometry: Geometry;
	properties: { date_from: string; date_to: string; anchor_lon: number; anchor_lat: number; excerpts: { outlet_en: string | null; reported_via?: string | null }[] };
}
type FC = { features: Inc[]; metadata?: { filters: Record<string, unknown>; count: number } };

async function api(page: Page, query: string): Promise<FC> {
	const r = await page.request.get(`/api/layers/incidents${query ? `?${query}` : ''}`);
	expect(r.ok()).toBe(true);
	return (await r.json()) as FC;
}


/** Ids of the incidents the list shows. */
async function listed(page: Page): Promise<string[]> {
	const keys = await page.getByTestId('result-list').locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
	return keys.filter((k) => k.startsWith('incident:')).map((k) => k.slice('incident:'.length));
}

/** Ids of the incident markers MapLibre draws now (its filter applied), and which anchors are in view. */
async function drawn(page: Page, all: Inc[]): Promise<{ ids: string[]; inView: string[] }> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const m = (window as never as { __atlasMap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__atlasMap;
				m.once('idle', () => resolve());
				m.triggerRepaint();
			})
	);
	return page.evaluate((incs) => {
		type M = {
			queryRenderedFeatures(): { properties: { id: string } }[];
			getBounds(): { contains(ll: [number, number]): boolean };
		};
		const m = (window as never as { __atlasMap: M }).__atlasMap;
		// Every layer drawing incidents: markers, rings of regional incidents, footprints.
		const ids = [
			...new Set(
				m
					.queryRenderedFeatures()
					.filter((f) => ['incident-points', 'incident-footprints'].includes((f as never as { source: string }).source) && f.properties.id)
					.map((f) => f.properties.id)
			)
		].sort();
		const b = m.getBounds();
		return { ids, inView: incs.filter((i) => b.contains([i.properties.anchor_lon, i.properties.anchor_lat])).map((i) => i.id).sort() };
	}, all);
}

const ids = (fc: FC) => fc.features.map((f) => f.id);

/** The Iraq–Syria border's geometry, the `near` target of these tests. */
async function border(page: Page): Promise<Geometry> {
	const r = await page.request.get('/api/places/iraq-syria-border');
	expect(r.ok()).toBe(true);
	return (await r.json()).place.geometry as Geometry;
}
const search = (page: Page) => new URL(page.url()).search.slice(1);

test('within 25 km of the border, July–October 2025, and who reported it: list, map, link and file agree', async ({ page }) => {
	await page.goto('/#6/34.8/40.5');
	await waitForMap(page);
	const all = (await api(page, '')).features;
	const want = expectedIds(all, { from: '2025-07-01', to: '2025-10-31', near: { target: await border(page), km: 25 } });
	expect(want.keep.length).toBeGreaterThan(0);
	// Incidents within a kilometre of the limit are left out of every comparison (see ./oracle.ts).
	const sure = (list: string[]) => list.filter((id) => !want.unsure.includes(id));
	const expected = { features: all.filter((f) => want.keep.includes(f.id)) };

	await page.locator('[data-testid="filters-section"] > summary').click();
	await page.getByTestId('near-km').fill('25');
	await page.getByTestId('near-target').selectOption('iraq-syria-border');
	await slideTo(page.getByTestId('timeline-from'), '2025-07-01');
	await slideTo(page.getByTestId('timeline-to'), '2025-10-31');
	await expect(page).toHaveURL(/near=iraq-syria-border%3A25/);
	await expect(page).toHaveURL(/from=2025-07-01/);

	// The page's own query asks the API for exactly the incidents the analyst's question names.
	const viaPage = await api(page, search(page));
	expect(sure(ids(viaPage))).toEqual(ids(expected));

	// The list shows them, each with who reported it.
	await expect.poll(() => listed(page).then((l) => sure(l).sort())).toEqual(ids(expected).sort());
	for (const f of expected.features) {
		const row = page.locator(`[role="option"][data-key="incident:${f.id}"]`);
		for (const e of f.properties.excerpts) {
			const who = e.outlet_en ?? e.reported_via;
			if (who) await expect(row).toContainText(who);
		}
	}
	await expect(page.getByTestId('timeline-summary')).toContainText(String(viaPage.features.length));

	// The map draws those of them in view, and nothing else.
	const d = await drawn(page, all);
	expect(d.inView.filter((i) => ids(expected).includes(i)).length, 'some kept incident is in view').toBeGreaterThan(0);
	for (const id of sure(d.ids)) expect(ids(expected), `${id} is drawn`).toContain(id);
	for (const id of d.inView.filter((i) => ids(expected).includes(i))) expect(d.ids, `${id} is in view`).toContain(id);

	// The file is the API's bytes for the page's query, and holds exactly those incidents.
	await page.getByText('Export', { exact: true }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-incidents').click()]);
	expect(download.suggestedFilename()).toBe('frontier-atlas-incidents-filtered.geojson');
	const bytes = await readFile((await download.path())!);
	const served = await (await page.request.get(`/api/layers/incidents?${search(page)}`)).body();
	expect(bytes.equals(served)).toBe(true);
	const file = check(bytes.toString('utf8')) as unknown as FC;
	expect(sure(ids(file))).toEqual(ids(expected));
	expect((JSON.parse(bytes.toString('utf8')) as FC).metadata!.filters).toMatchObject({ near: { target: 'iraq-syria-border', within_km: 25 } });
});

test('moving the range changes the drawn, listed and exported incidents alike; both ends are inclusive', async ({ page }) => {
	await page.goto('/#5/34.5/40');
	await waitForMap(page);
	const all = (await api(page, '')).features;
	// A day-dated incident, to put both ends of the range on its day.
	const day = all.find((f) => f.properties.date_from === f.properties.date_to)!.properties.date_from;
	const from = page.getByTestId('timeline-from');
	const to = page.getByTestId('timeline-to');

	async function expectConsistent(q: string) {
		const params = new URLSearchParams(q);
		const expected = expectedIds(all, { from: params.get('from')!, to: params.get('to')! }).keep.sort();
		await expect.poll(() => listed(page).then((l) => l.sort())).toEqual(expected);
		await expect(page.getByTestId('timeline-summary')).toContainText(String(expected.length));
		const d = await drawn(page, all);
		for (const id of d.ids) expect(expected, `${id} is drawn`).toContain(id);
		for (const id of d.inView.filter((i) => expected.includes(i))) expect(d.ids, `${id} is in view`).toContain(id);
		expect(ids(await api(page, search(page))).sort()).toEqual(expected);
		return expected;
	}

	await slideTo(from, day);
	await slideTo(to, day);
	await expect(page).toHaveURL(new RegExp(`from=${day}&to=${day}`));
	const onDay = await expectConsistent(`from=${day}&to=${day}`);
	const exactly = all.filter((f) => f.properties.date_from === day && f.properties.date_to === day).map((f) => f.id);
	expect(exactly.length).toBeGreaterThan(0);
	for (const id of exactly) expect(onDay, `${id}, dated ${day}, is kept when the range is [${day}, ${day}]`).toContain(id);

	// The start cannot pass the end: ArrowUp on it leaves the range as it is.
	await from.press('ArrowUp');
	await expect(from).toHaveAttribute('data-iso', day);
	// One day later at both ends: the incidents of that day alone drop out, in list, map and file.
	await to.press('ArrowUp');
	const next = (await to.getAttribute('data-iso'))!;
	expect(next > day).toBe(true);
	await slideTo(from, next);
	const later = await expectConsistent(`from=${next}&to=${next}`);
	for (const id of exactly) expect(later).not.toContain(id);
});

test('a quick run of range steps ends where the slider stops: URL, list and map agree', async ({ page }) => {
	await page.goto('/#5/34.5/40');
	await waitForMap(page);
	const to = page.getByTestId('timeline-to');
	// Each key press is a change of range whose navigation may still run when the next one comes.
	await to.focus();
	for (let i = 0; i < 8; i++) await to.press('PageDown');
	const last = (await to.getAttribute('data-iso'))!;
	await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe(last);
	const all = (await api(page, '')).features;
	const expected = expectedIds(all, { to: last }).keep.sort();
	expect(expected.length).toBeLessThan(all.length);
	await expect.poll(() => listed(page).then((l) => l.sort())).toEqual(expected);
	const d = await drawn(page, all);
	for (const id of d.ids) expect(expected, `${id} is drawn`).toContain(id);
	// And it stays there once every navigation has landed.
	await page.waitForLoadState('networkidle');
	await expect(to).toHaveAttribute('data-iso', last);
	expect(new URL(page.url()).searchParams.get('to')).toBe(last);
});

test('the list keeps its sort order under a range: newest first, or by name', async ({ page }) => {
	await page.goto('/#5/34.5/40');
	await waitForMap(page);
	const all = (await api(page, '')).features;
	const byId = new Map(all.map((f) => [f.id, f]));
	const from = all.map((f) => f.properties.date_from).sort()[Math.floor(all.length / 2)];
	await slideTo(page.getByTestId('timeline-from'), from);
	const expected = expectedIds(all, { from }).keep.sort();
	await expect.poll(() => listed(page).then((l) => [...l].sort())).toEqual(expected);
	// Newest first (the default): the incidents' first days never increase down the list.
	const days = (await listed(page)).map((id) => byId.get(id)!.properties.date_from);
	expect(days).toEqual([...days].sort().reverse());
	// By name: the rows' names in the language's order, the same incidents.
	await page.getByTestId('result-sort').selectOption('name');
	const names = async () => page.getByTestId('result-list').locator('[role="option"][data-key^="incident:"] .name').allTextContents();
	await expect.poll(async () => {
		const n = await names();
		return n.length > 1 && n.every((x, i) => i === 0 || n[i - 1].localeCompare(x, 'en') <= 0);
	}).toBe(true);
	expect((await listed(page)).sort()).toEqual(expected);
});

test('a pasted link reproduces range, filters, selection, layers and view', async ({ page }) => {
	const all = (await api(page, '')).features;
	const target = all.find((f) => f.properties.date_from >= '2025-07-01' && f.properties.date_to <= '2025-10-31')!;
	const q = `from=2025-07-01&to=2025-10-31&near=iraq-syria-border:50&layers=incidents,lines,places&incident=${target.id}`;
	await page.goto(`/?${q}#6.5/35.1/40.9`);
	await waitForIncidents(page);
	await expect(page.getByTestId('timeline-from')).toHaveAttribute('data-iso', '2025-07-01');
	await expect(page.getByTestId('timeline-to')).toHaveAttribute('data-iso', '2025-10-31');
	await expect(page.getByTestId('near-target')).toHaveValue('iraq-syria-border');
	await expect(page.getByTestId('legend-toggle-areas')).not.toBeChecked();
	await expect(page.getByTestId('legend-toggle-incidents')).toBeChecked();
	await expect(page.locator(`[data-testid="panel"][data-selection$=":${target.id}"]`)).toBeVisible();
	await expect(page.locator(`[role="option"][data-key="incident:${target.id}"]`)).toHaveAttribute('aria-selected', 'true');
	const view = await page.evaluate(() => {
		const m = (window as never as { __atlasMap: { getZoom(): number; getCenter(): { lng: number; lat: number } } }).__atlasMap;
		return { z: m.getZoom(), ...m.getCenter() };
	});
	expect(view.z).toBeCloseTo(6.5, 1);
	expect(view.lat).toBeCloseTo(35.1, 1);
	expect(view.lng).toBeCloseTo(40.9, 1);
	const want = expectedIds(all, { from: '2025-07-01', to: '2025-10-31', near: { target: await border(page), km: 50 } });
	await expect.poll(() => listed(page).then((l) => l.filter((id) => !want.unsure.includes(id)).sort())).toEqual([...want.keep].sort());

	// A link with a broken part says so and keeps the rest.
	await page.goto('/?from=2025-07-01&from=2025-08-01&to=2025-13-01&type=drug-seizure');
	await expect(page.getByTestId('query-notice')).toContainText('from');
	await expect(page.getByTestId('query-notice')).toContainText('to');
});

test('Back steps through selections; filters stay out of history', async ({ page }) => {
	await page.goto('/#5/34.5/40');
	await waitForMap(page);
	const options = page.getByTestId('result-list').locator('[role="option"]');
	const first = (await options.nth(0).getAttribute('data-key'))!;
	const second = (await options.nth(1).getAttribute('data-key'))!;
	const panelOf = (key: string) => page.locator(`[data-testid="panel"][data-selection="${key}"]`);
	await options.nth(0).click();
	await expect(panelOf(first)).toBeVisible();
	await options.nth(1).click();
	await expect(panelOf(second)).toBeVisible();
	// A filter change replaces the entry: Back goes to the previous selection, not the previous filter.
	await page.locator('[data-testid="filters-section"] > summary').click();
	await page.getByTestId('near-target').selectOption('iraq-syria-border');
	await expect(page).toHaveURL(/near=/);
	await page.goBack();
	await expect(panelOf(first)).toBeVisible();
	await page.goBack();
	await expect(page.getByTestId('panel')).toHaveCount(0);
	await page.goForward();
	await expect(panelOf(first)).toBeVisible();
});

test('the list works with the keyboard alone', async ({ page }) => {
	await page.goto('/#5/34.5/40');
	await waitForMap(page);
	const list = page.getByRole('listbox', { name: 'Places and incidents shown' });
	// Tab to it from the top of the page.
	for (let i = 0; i < 80 && !(await list.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(list).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const active = (await list.getAttribute('aria-activedescendant'))!;
	expect(active).toBe('opt-2');
	const key = (await page.locator(`#${active}`).getAttribute('data-key'))!;
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-testid="panel"][data-selection="${key}"]`)).toBeVisible();
	await expect(page.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('panel')).toHaveCount(0);
	await expect(list).toBeFocused();
	await page.keyboard.press('End');
	const n = await list.locator('[role="option"]').count();
	await expect(list).toHaveAttribute('aria-activedescendant', `opt-${n - 1}`);
	await page.keyboard.press('Home');
	await expect(list).toHaveAttribute('aria-activedescendant', 'opt-0');
});
