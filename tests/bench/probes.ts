/** In-page measurements of the app: a click that opens the panel, a step of the time filter. */
import type { Page } from '@playwright/test';
import { atRest } from './browser';

type Win = { __atlasMap: import('maplibre-gl').Map };

/** A marker or place symbol that a click hits alone (tier 0), clear of the sidebar; null if none. */
export function clickTarget(page: Page): Promise<{ x: number; y: number; key: string } | null> {
	return page.evaluate(() => {
		const m = (window as unknown as Win).__atlasMap;
		const tier0 = ['place-symbols', 'incident-markers', 'incident-clusters', 'line-border', 'line-pipeline', 'line-corridor', 'line-other'].filter((l) => m.getLayer(l));
		const pickable = ['place-symbols', 'incident-markers'].filter((l) => m.getLayer(l));
		const { width, height } = m.getCanvas().getBoundingClientRect();
		for (const f of m.queryRenderedFeatures({ layers: pickable })) {
			if (f.geometry.type !== 'Point') continue;
			const p = m.project(f.geometry.coordinates as [number, number]);
			if (p.x < 340 || p.x > width - 60 || p.y < 60 || p.y > height - 60) continue;
			const near = m.queryRenderedFeatures(
				[
					[p.x - 9, p.y - 9],
					[p.x + 9, p.y + 9]
				],
				{ layers: tier0 }
			);
			if (near.length !== 1) continue;
			const kind = f.layer.id === 'place-symbols' ? 'place' : 'incident';
			return { x: p.x, y: p.y, key: `${kind}:${f.properties.id ?? f.id}` };
		}
		return null;
	});
}

/**
 * Click → the panel for `key` in the DOM and one frame painted after it, in ms from the click
 * event. The listener is armed before the click.
 */
export async function clickToPanel(page: Page, target: { x: number; y: number; key: string }): Promise<number> {
	await page.evaluate((key) => {
		const w = window as unknown as { __clickMs?: Promise<number> };
		w.__clickMs = new Promise<number>((resolve) => {
			let t0 = 0;
			window.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
			const obs = new MutationObserver(() => {
				const panel = document.querySelector(`[data-testid="panel"][data-selection="${key}"]`);
				if (!t0 || !panel?.querySelector('#panel-title')?.textContent) return;
				obs.disconnect();
				requestAnimationFrame(() => resolve(performance.now() - t0));
			});
			obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
			// A click that opens no panel (a chooser, a cluster) must not hang the run.
			setTimeout(() => {
				obs.disconnect();
				resolve(NaN);
			}, 30_000);
		});
	}, target.key);
	// A person's pointer rests on the marker before the press: whatever the hover draws is drawn
	// before the click is timed (Playwright's click would move, press and release within 1 ms, and
	// the hover's redraw would then sit in front of the panel's frame).
	await page.mouse.move(target.x, target.y);
	await atRest(page, '__atlasMap');
	await page.mouse.click(target.x, target.y);
	return page.evaluate(() => (window as unknown as { __clickMs: Promise<number> }).__clickMs);
}

/** The time window the step moves to: 90 days in the middle of the three years. */
export const STEP_WINDOWS: [string, string][] = [
	['2024-03-01', '2024-05-29'],
	['2024-06-01', '2024-08-29']
];
