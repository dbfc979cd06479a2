// Helpers for the map's e2e specs: wait for the map to be really ready, click a coordinate, and
// read what a panel shows. The app exposes its MapLibre map as window.__atlasMap for this.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

type AtlasWindow = Window & {
	__atlasMap?: {
		loaded(): boolean;
		isMoving(): boolean;
		getZoom(): number;
		getCenter(): { lng: number; lat: number };
		getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
		project(ll: [number, number]): { x: number; y: number };
		querySourceFeatures(id: string): unknown[];
		getLayoutProperty(layer: string, prop: string): unknown;
		once(ev: string, f: () => void): void;
		triggerRepaint(): void;
	};
};

/**
 * Data sources that must hold features before the map counts as drawn; `a|b`: either. Incidents at
 * or near a place are points, those located only to a region are counts on the region's label, and
 * a filter may keep only the latter.
 */
const SOURCES = ['places', 'areas', 'lines', 'incident-points|incident-region-labels', 'countries', 'countries-all', 'governorates'];

/** Waits until every data source has features and the map has settled (tiles, labels, fades). */
export async function waitForMap(page: Page): Promise<void> {
	await page.waitForFunction(
		(sources) => {
			const m = (window as AtlasWindow).__atlasMap;
			return !!m && m.loaded() && sources.every((s) => s.split('|').some((one) => m.querySourceFeatures(one).length > 0));
		},
		SOURCES,
		{ timeout: 45_000, polling: 250 }
	);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const m = (window as AtlasWindow).__atlasMap!;
				m.once('idle', () => resolve());
				m.triggerRepaint();
			})
	);
}

/** The map container's position on the page plus a coordinate's projection inside it. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
	const box = await page.getByTestId('map').boundingBox();
	const p = await page.evaluate((ll) => (window as AtlasWindow).__atlasMap!.project(ll), lngLat);
	return { x: box!.x + p.x, y: box!.y + p.y };
}

/**
 * Clicks the canvas at a coordinate and opens `id`'s panel: directly, or through the chooser
 * when the click hits several features (the app never picks silently); returns once it is filled in.
 */
export async function clickFeature(page: Page, lngLat: [number, number], id: string): Promise<void> {
	const { x, y } = await screenPoint(page, lngLat);
	await page.mouse.click(x, y);
	const chooser = page.getByTestId('chooser');
	const panel = page.locator(`[data-testid="panel"][data-selection$=":${id}"]`);
	await expect(chooser.or(panel).first()).toBeVisible();
	if (await chooser.isVisible()) await chooser.locator(`[data-testid="chooser-option"][data-id="${id}"]`).click();
	await expect(panel).toBeVisible();
	await panelLoaded(page);
}

/** Waits until the open panel has its data (it opens at once with the click's name, loading). */
export async function panelLoaded(page: Page): Promise<void> {
	await expect(page.getByTestId('panel').getByTestId('panel-body')).toHaveAttribute('aria-busy', 'false');
}

/** Every excerpt in the panel is verbatim in its article, and its highlight is the mention. */
export async function expectVerbatimExcerpts(page: Page): Promise<number> {
	const excerpts = page.getByTestId('panel').getByTestId('excerpt');
	const n = await excerpts.count();
	for (let i = 0; i < n; i++) {
		const ex = excerpts.nth(i);
		const article = (await ex.getAttribute('data-article'))!;
		const start = Number(await ex.getAttribute('data-start'));
		const sentence = (await ex.locator('blockquote').textContent())!.trim();
		const mark = (await ex.locator('blockquote mark').textContent())!;
		const res = await page.request.get(`/api/articles/${article}`);
		expect(res.ok()).toBe(true);
		const { text } = (await res.json()) as { text: string };
		expect(text.includes(sentence), `excerpt ${i} of ${article} is verbatim`).toBe(true);
		expect(text.slice(start, start + mark.length), `highlight ${i} is the mention`).toBe(mark);
		await expect(ex.locator('blockquote')).toHaveAttribute('dir', 'rtl');
		await expect(ex.locator('blockquote')).toHaveAttribute('lang', 'ar');
	}
	return n;
}

/** A place or incident as the API serves it. */
export async function apiFeature(page: Page, kind: 'places' | 'incidents', id: string) {
	const res = await page.request.get(`/api/${kind}/${id}`);
	expect(res.ok(), `${kind}/${id}`).toBe(true);
	return res.json();
}

/** Moves a timeline slider to `iso` with the keyboard alone: PageUp/PageDown by months, arrows by days. */
export async function slideTo(slider: Locator, iso: string) {
	for (let i = 0; i < 400; i++) {
		// A person moves it once it can be moved: with a database, once the data's span has come.
		await expect(slider).toBeEnabled({ timeout: 30_000 });
		await slider.focus();
		const cur = (await slider.getAttribute('data-iso'))!;
		if (cur === iso) return;
		const month = (d: string) => d.slice(0, 7);
		if (month(cur) !== month(iso) && Math.abs(Date.parse(cur) - Date.parse(iso)) > 31 * 864e5) await slider.press(cur < iso ? 'PageUp' : 'PageDown');
		else await slider.press(cur < iso ? 'ArrowUp' : 'ArrowDown');
		await expect(slider).not.toHaveAttribute('data-iso', cur);
	}
	throw new Error(`slider did not reach ${iso}`);
}
