import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { clusterIndex, clusterLibrary, clusterLeaves, setCurrentIndex, stillServes, viewFeatures, viewFor } from './incidentClusters';

// A seeded cloud of points around Albu Kamal and a few far away.
function cloud(n: number): Feature<Point>[] {
	let s = 7;
	const rnd = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
	return Array.from({ length: n }, (_, i) => ({
		type: 'Feature',
		id: `i${i}`,
		geometry: { type: 'Point', coordinates: i % 10 === 0 ? [36 + rnd(), 33 + rnd()] : [40.9 + rnd() * 0.3, 34.4 + rnd() * 0.3] },
		properties: { id: `i${i}` }
	}));
}

const count = (fc: FeatureCollection) => fc.features.reduce((n, f) => n + (f.properties?.cluster ? Number(f.properties.point_count) : 1), 0);
const inside = (pts: Feature<Point>[], [w, s, e, n]: number[]) =>
	pts.filter(({ geometry: { coordinates: [x, y] } }) => x >= w && x <= e && y >= s && y <= n).length;

describe('incident clusters', () => {
	const pts = cloud(5000);
	let index: ReturnType<typeof clusterIndex>;
	beforeAll(async () => {
		await clusterLibrary;
		index = clusterIndex(pts);
	});

	it('accounts for every incident of the view, clustered at low zoom', () => {
		for (const zoom of [4, 6, 8]) {
			const view = { bbox: [38, 32, 44, 37] as [number, number, number, number], zoom };
			const fc = viewFeatures(index, view);
			expect(fc.features.length).toBeLessThan(inside(pts, view.bbox));
			expect(count(fc)).toBe(inside(pts, view.bbox));
		}
	});

	it('draws single markers with their own properties past the cluster zoom', () => {
		const fc = viewFeatures(index, { bbox: [40.9, 34.4, 40.95, 34.45], zoom: 12 });
		expect(fc.features.every((f) => !f.properties?.cluster && typeof f.properties?.id === 'string')).toBe(true);
		expect(fc.features.length).toBe(inside(pts, [40.9, 34.4, 40.95, 34.45]));
	});

	it('lists what a cluster holds, and nothing for a stale id', () => {
		setCurrentIndex(index);
		const c = viewFeatures(index, { bbox: [38, 32, 44, 37], zoom: 5 }).features.find((f) => f.properties?.cluster)!;
		const leaves = clusterLeaves(Number(c.properties!.cluster_id), 10_000);
		expect(leaves.length).toBe(Number(c.properties!.point_count));
		expect(clusterLeaves(987654321)).toEqual([]);
		setCurrentIndex(null);
		expect(clusterLeaves(Number(c.properties!.cluster_id))).toEqual([]);
	});
});

describe('the view clusters are made for', () => {
	it('is the visible bounds grown by half on each side, at the whole zoom', () => {
		expect(viewFor({ west: 40, south: 33, east: 42, north: 35 }, 6.7)).toEqual({ bbox: [39, 32, 43, 36], zoom: 6 });
	});
	it('serves small pans, not a new zoom level or a far pan', () => {
		const v = viewFor({ west: 40, south: 33, east: 42, north: 35 }, 6.2);
		expect(stillServes(v, { west: 40.5, south: 33.5, east: 42.5, north: 35.5 }, 6.9)).toBe(true);
		expect(stillServes(v, { west: 40, south: 33, east: 42, north: 35 }, 7.0)).toBe(false);
		expect(stillServes(v, { west: 42, south: 33, east: 44, north: 35 }, 6.2)).toBe(false);
	});
});

