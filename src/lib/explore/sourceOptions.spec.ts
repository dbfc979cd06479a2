import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { sourceCounts, sourceOptions } from './listing';

const event = (id: string, sources: number, type = 'strike'): Feature => ({
	type: 'Feature',
	id,
	geometry: null as never,
	properties: { id, date_from: '2024-01-01', date_to: '2024-01-01', type, source_count: sources }
});
const place = (id: string): Feature => ({ type: 'Feature', id, geometry: null as never, properties: { id, kind: 'town', source_count: 9 } });

describe('"reported by at least N sources" from source counts', () => {
	const features = [event('a', 1), event('b', 2), event('c', 3, 'raid'), event('d', 3), event('e', 5, 'raid'), place('p')];
	const keep = (f: Feature) => f.properties?.type === 'raid';

	it('counts events only, each source count any event has, kept or not', () => {
		expect(sourceCounts(features, keep)).toEqual([
			{ n: 1, count: 0 },
			{ n: 2, count: 0 },
			{ n: 3, count: 1 },
			{ n: 5, count: 1 }
		]);
	});

	it('offers 2 up to the most any event has, each with the kept events reported by at least N (as a direct count)', () => {
		expect.hasAssertions();
		const opts = sourceOptions(sourceCounts(features, keep));
		expect(opts.map((o) => o.n)).toEqual([2, 3, 4, 5]);
		for (const o of opts) expect(o.kept).toBe(features.filter((f) => f.properties?.type && keep(f) && f.properties.source_count >= o.n).length);
	});

	it("adds several answers together (the server's and the page's) and keeps the query's own N offered", () => {
		const served = [{ n: 4, count: 2 }];
		expect(sourceOptions([...sourceCounts(features, keep), ...served], 7).map((o) => [o.n, o.kept])).toEqual([
			[2, 4],
			[3, 4],
			[4, 3],
			[5, 1],
			[6, 0],
			[7, 0]
		]);
		expect(sourceOptions([])).toEqual([{ n: 2, kept: 0 }]);
	});
});
