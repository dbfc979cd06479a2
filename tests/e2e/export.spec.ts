// Export: every layer downloads as the very bytes the API serves, valid GeoJSON; the features in
// view download too; the current view saves as a PNG.
import { readFile } from 'node:fs/promises';
import { check } from '@placemarkio/check-geojson';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

test('each layer downloads as the same bytes /api/layers/{id} serves, and validates', async ({ page }) => {
	await page.goto('/#5.6/34.6/41.2');
	await waitForMap(page);
	const { layers } = (await (await page.request.get('/api/layers')).json()) as { layers: { id: string; count: number }[] };
	expect(layers.map((l) => l.id)).toEqual(
		expect.arrayContaining(['places', 'areas', 'lines', 'incidents', 'countries', 'governorates', 'rivers', 'lakes'])
	);
	await page.getByText('Export', { exact: true }).click();
	for (const l of layers) {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${l.id}`).click()]);
		expect(download.suggestedFilename()).toMatch(/\.geojson$/);
		const bytes = await readFile((await download.path())!);
		const served = await (await page.request.get(`/api/layers/${l.id}`)).body();
		expect(bytes.equals(served), `${l.id}: download is byte-identical to the API`).toBe(true);
		const fc = check(bytes.toString('utf8')) as { type: string; features: unknown[] };
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.length, l.id).toBe(l.count);
	}
});

test('the features in view download as a subset, and the view saves as a PNG', async ({ page }) => {
	await page.goto('/#7/36.4/41.1');
	await waitForMap(page);
	await page.getByText('Export', { exact: true }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-view-places').click()]);
	const fc = check(await readFile((await download.path())!, 'utf8')) as { features: { id: string }[] };
	const ids = fc.features.map((f) => f.id);
	expect(ids).toContain('al-hol-camp');
	expect(ids).not.toContain('damascus');

	const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
	expect(png.suggestedFilename()).toMatch(/^frontier-atlas_.*\.png$/);
	const img = PNG.sync.read(await readFile((await png.path())!));
	const canvas = await page.getByTestId('canvas').boundingBox();
	expect(img.width).toBe(Math.round(canvas!.width));
	// The composed PNG frames the map: title and filters above, legend and sources below (png.spec.ts).
	expect(img.height).toBeGreaterThan(Math.round(canvas!.height));
});
