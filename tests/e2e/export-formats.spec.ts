// CSV and KML: the export section's format choice and links download, under the page's filters, the same features
// as its GeoJSON link — one CSV row and one KML Placemark per GeoJSON feature, in order, Arabic
// names intact. The KML is read by Chromium's XML parser (strict: one error and there is no
// document) and, where GDAL is installed, by `ogrinfo`.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { waitForMap } from './atlas';

const QUERY = 'from=2025-07&to=2025-12&near=iraq-syria-border:200';

/** Chooses the format in the export section, then clicks a layer's link. */
async function download(page: Page, format: 'geojson' | 'csv' | 'kml', testid: string): Promise<{ file: Download; bytes: Buffer }> {
	await page.getByTestId(`export-format-${format}`).check();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
	return { file, bytes: await readFile((await file.path())!) };
}

function hasOgrinfo(): boolean {
	try {
		execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

test('CSV and KML download beside GeoJSON with the same features, Arabic intact', async ({ page }) => {
	// Nine downloads on a software-rendered map.
	test.slow();
	await page.goto(`/?${QUERY}#5.6/34.6/41.2`);
	await waitForMap(page);
	await page.getByText('Export', { exact: true }).click();
	for (const layer of ['incidents', 'places', 'lines']) {
		const geo = await download(page, 'geojson', `export-${layer}`);
		const fc = JSON.parse(geo.bytes.toString('utf8')) as { features: { id: string; properties: { name_ar?: string; title_ar?: string } }[] };
		expect(fc.features.length, layer).toBeGreaterThan(0);

		const csv = await download(page, 'csv', `export-${layer}`);
		expect(csv.file.suggestedFilename()).toBe(`frontier-atlas-${layer}-filtered.csv`);
		expect([...csv.bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { fatal: true }).decode(csv.bytes);
		const lines = text.split('\r\n');
		const meta = lines.findIndex((l) => !l.startsWith('#'));
		expect(meta, 'the filters as # lines before the header').toBeGreaterThan(0);
		const rows = Papa.parse<string[]>(lines.slice(meta).join('\r\n'), { skipEmptyLines: true }).data;
		const header = rows[0];
		expect(header.slice(0, 3)).toEqual(['id', 'name_en', 'name_ar']);
		expect(rows.slice(1).map((r) => r[0])).toEqual(fc.features.map((f) => f.id));
		expect(rows.slice(1).map((r) => r[header.indexOf('name_ar')])).toEqual(fc.features.map((f) => f.properties.name_ar ?? ''));

		const kml = await download(page, 'kml', `export-${layer}`);
		expect(kml.file.suggestedFilename()).toBe(`frontier-atlas-${layer}-filtered.kml`);
		const parsed = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			if (doc.getElementsByTagName('parsererror').length) return null;
			const NS = 'http://www.opengis.net/kml/2.2';
			return {
				root: doc.documentElement.namespaceURI,
				names: [...doc.getElementsByTagNameNS(NS, 'Placemark')].map((p) => {
					const data = [...p.getElementsByTagNameNS(NS, 'Data')];
					const value = (n: string) => data.find((d) => d.getAttribute('name') === n)?.textContent ?? null;
					return { id: value('id'), name_ar: value('name_ar') };
				})
			};
		}, kml.bytes.toString('utf8'));
		expect(parsed, `${layer}.kml is well-formed XML`).not.toBeNull();
		expect(parsed!.root).toBe('http://www.opengis.net/kml/2.2');
		expect(parsed!.names).toEqual(fc.features.map((f) => ({ id: f.id, name_ar: f.properties.name_ar ?? f.properties.title_ar ?? '' })));
		// GDAL is installed by scripts/test.sh (npm test, CI): there a missing ogrinfo is a failure.
		if (process.env.CI) expect(hasOgrinfo(), 'ogrinfo (gdal-bin) is installed').toBe(true);
		if (hasOgrinfo()) {
			const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', (await kml.file.path())!], { encoding: 'utf8' });
			expect(info).toContain(`Feature Count: ${fc.features.length}`);
		}
	}
});

test('the in-view CSV holds the features of the in-view GeoJSON', async ({ page }) => {
	await page.goto('/#7/36.4/41.1');
	await waitForMap(page);
	await page.getByText('Export', { exact: true }).click();
	const geo = JSON.parse((await download(page, 'geojson', 'export-view-places')).bytes.toString('utf8')) as { features: { id: string }[] };
	const csv = await download(page, 'csv', 'export-view-places');
	expect(csv.file.suggestedFilename()).toBe('frontier-atlas-places-in-view.csv');
	const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
	const rows = Papa.parse<string[]>(text, { skipEmptyLines: true, comments: '#' }).data.slice(1);
	expect(rows.map((r) => r[0])).toEqual(geo.features.map((f) => f.id));
	expect(rows.map((r) => r[0])).toContain('al-hol-camp');
});
