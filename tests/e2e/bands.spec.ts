// Border bands: off by default, the legend turns them on and off visibly, and they export as RFC 7946.
import * as turf from '@turf/turf';
import { check } from '@placemarkio/check-geojson';
import type { Page } from '@playwright/test';
import type { FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { test, expect } from './fixtures';
import { screenPoint, waitForMap } from './atlas';
import { decodePng } from './pixels';

type W = Window & { __atlasMap: { getLayoutProperty(l: string, p: string): unknown; once(e: string, f: () => void): void; triggerRepaint(): void } };

const visibility = (page: Page) => page.evaluate(() => (window as unknown as W).__atlasMap.getLayoutProperty('border-band-fills', 'visibility'));
const idle = (page: Page) =>
	page.evaluate(() => new Promise<void>((res) => {
		const m = (window as unknown as W).__atlasMap;
		m.once('idle', () => res());
		m.triggerRepaint();
	}));

/** The colour of the page at a point, from a 1×1 screenshot. */
async function pixel(page: Page, at: { x: number; y: number }) {
	const img = decodePng(await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 } }));
	return [img.data[0], img.data[1], img.data[2]];
}

test('the border bands toggle on and off from the legend, drawn as a tint near the border', async ({ page }) => {
	await page.goto('/#7/34.4/41.0');
	await waitForMap(page);
	expect(await visibility(page)).toBe('none');

	// A point 5 km into Iraq, perpendicular to a border segment, away from other features.
	const border = (await (await page.request.get('/api/layers/lines')).json()) as FeatureCollection;
	const line = border.features.find((f) => f.properties?.kind === 'border')!.geometry as LineString | MultiLineString;
	const coords: Position[] = line.type === 'LineString' ? line.coordinates : line.coordinates.flat();
	const seg = coords.findIndex((c) => c[1] < 34.35 && c[0] < 40.7);
	const mid = turf.midpoint(coords[seg], coords[seg + 1]);
	const into = turf.destination(mid, 5, turf.bearing(coords[seg], coords[seg + 1]) + 90, { units: 'kilometers' });
	const iraq = (await (await page.request.get('/api/layers/countries-all')).json()) as FeatureCollection;
	const irq = iraq.features.find((f) => f.properties?.id === 'irq')!;
	const inIraq = turf.booleanPointInPolygon(into, irq as never)
		? into
		: turf.destination(mid, 5, turf.bearing(coords[seg], coords[seg + 1]) - 90, { units: 'kilometers' });
	const at = await screenPoint(page, inIraq.geometry.coordinates as [number, number]);

	await idle(page);
	const before = await pixel(page, at);
	await page.getByRole('group', { name: /layers/i }).getByTestId('legend-toggle-border-bands').check();
	await expect.poll(() => visibility(page)).toBe('visible');
	await idle(page);
	const on = await pixel(page, at);
	// The tint is a blue-grey: the land gets darker and bluer, not redder.
	expect(on.some((c, i) => Math.abs(c - before[i]) > 8), `${before} → ${on}`).toBe(true);
	expect(on[2] - on[0]).toBeGreaterThan(before[2] - before[0]);
	await page.screenshot({ path: 'tests/e2e/__output__/bands-on.png' });

	await page.getByTestId('legend-toggle-border-bands').uncheck();
	await expect.poll(() => visibility(page)).toBe('none');
	await idle(page);
	expect(await pixel(page, at)).toEqual(before);
});

test('/api/layers/border-bands is RFC 7946 with provenance on every band', async ({ page }) => {
	const res = await page.request.get('/api/layers/border-bands');
	expect(res.headers()['content-type']).toContain('application/geo+json');
	const fc = check(await res.text()) as unknown as FeatureCollection;
	const keys = fc.features.map((f) => `${f.properties!.width_km}/${f.properties!.side}`).sort();
	expect(keys).toEqual(['10/IRQ', '10/SYR', '25/IRQ', '25/SYR', '50/IRQ', '50/SYR']);
	for (const f of fc.features) {
		expect(f.properties!.kind).toBe('border-band');
		expect(f.properties!.derived_from.join(' ')).toContain('border.geojson');
		expect(f.properties!.drawn_how).toMatch(/turf\.buffer/);
	}
	const list = (await (await page.request.get('/api/layers')).json()) as { layers: { id: string; count: number; geometryType: string }[] };
	expect(list.layers.find((l) => l.id === 'border-bands')).toMatchObject({ count: fc.features.length, geometryType: 'Polygon' });
});
