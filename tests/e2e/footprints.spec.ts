// Footprints at scale: above 100 area incidents, incidents sharing a footprint draw it once, and
// the map keeps every shared footprint, hiding by feature-state those no kept incident has
// (src/lib/map/layers/IncidentsLayer.svelte). Served by a second server (./dataServer.ts) from a
// copy of geodata/ with 110 more incidents in the Qamishli countryside in February 2024.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startDataServer, type DataServer } from './dataServer';
import { waitForMap } from './atlas';

test.setTimeout(180_000);

type Win = { __atlasMap: import('maplibre-gl').Map };

let server: DataServer;
test.beforeAll(async () => {
	server = await startDataServer((dir) => {
		const path = join(dir, 'incidents.json');
		const data = JSON.parse(readFileSync(path, 'utf8'));
		const patrol = data.incidents.find((i: { footprint?: string }) => i.footprint === 'qamishli-countryside');
		for (let n = 0; n < 110; n++) {
			const day = String((n % 28) + 1).padStart(2, '0');
			data.incidents.push({ ...patrol, id: `${patrol.id}-copy-${n}`, date: `2024-02-${day}` });
		}
		writeFileSync(path, JSON.stringify(data, null, '\t'));
	});
});
test.afterAll(async () => server?.stop());

/** Every footprint in the map's source with whether it is hidden. */
function footprintStates(page: Page): Promise<Record<string, boolean>> {
	return page.evaluate(() => {
		const m = (window as unknown as Win).__atlasMap;
		const out: Record<string, boolean> = {};
		for (const f of m.querySourceFeatures('incident-footprints')) out[String(f.id)] = m.getFeatureState({ source: 'incident-footprints', id: f.id }).out === true;
		return out;
	});
}

test('a time range hides the shared footprints no kept incident has, and a click there finds none of their incidents', async ({ page }) => {
	await page.goto(`${server.base}/?from=2024-02-01&to=2024-02-29`);
	await waitForMap(page);
	// The seed's region incidents (the border area, Syria) are dated 2025: their footprints are hidden.
	await expect.poll(() => footprintStates(page)).toEqual({ 'qamishli-countryside': false, 'iraq-syria-border-area': true, syria: true });

	// A point of the hidden Syria footprint that nothing else a click prefers covers (markers,
	// lines, areas): there a drawn footprint would be offered beside the country.
	const point = await page.evaluate(() => {
		const m = (window as unknown as Win).__atlasMap;
		const prefer = ['place-symbols', 'incident-markers', 'incident-clusters', 'line-border', 'line-pipeline', 'line-corridor', 'line-other', 'area-fills', 'incident-footprints', 'area-regions'].filter((l) => m.getLayer(l));
		const { width, height } = m.getCanvas().getBoundingClientRect();
		for (let y = 60; y < height - 60; y += 20)
			for (let x = 340; x < width - 60; x += 20) {
				const here = m.queryRenderedFeatures([x, y]);
				const hidden = here.some((f) => f.layer.id === 'incident-regions' && f.properties.id === 'syria' && f.state.out === true);
				const near = m.queryRenderedFeatures(
					[
						[x - 10, y - 10],
						[x + 10, y + 10]
					],
					{ layers: prefer }
				);
				if (hidden && near.length === 0) return { x, y };
			}
		return null;
	});
	expect(point, 'a point of Syria clear of markers, lines and areas').not.toBeNull();
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(box.x + point!.x, box.y + point!.y);
	// The click finds Syria (the country), never an incident outside the range, nor the footprint
	// itself as if it were one.
	await expect(page.getByTestId('panel')).toHaveAttribute('data-selection', 'place:syria');
	await expect(page.getByTestId('chooser')).toHaveCount(0);

	// All dates again: every footprint is drawn.
	await page.goto(`${server.base}/`);
	await waitForMap(page);
	await expect.poll(() => footprintStates(page)).toEqual({ 'qamishli-countryside': false, 'iraq-syria-border-area': false, syria: false });
});
