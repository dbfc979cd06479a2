import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { dateFilter, dateProperties, dateRange } from './dates';

const fc = (props: (Record<string, unknown> | null)[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features: props.map((properties) => ({ type: 'Feature', properties, geometry: null as never }))
});

describe('user layer dates', () => {
	it('finds properties that hold ISO days, ignoring empty values and prototype-like keys', () => {
		const c = fc([
			{ seen: '2025-03-02', name: '2025 report', __proto__x: 1 },
			{ seen: '2025-05-20T10:00:00Z', name: 'route' },
			{ seen: null, name: 'x' },
			JSON.parse('{"__proto__": "2025-01-01", "constructor": "2025-01-02"}')
		]);
		expect(dateProperties(c).sort()).toEqual(['__proto__', 'constructor', 'seen']);
		expect(({} as Record<string, unknown>).dates).toBeUndefined();
	});

	it('does not count a property that is mostly not dates', () => {
		expect(dateProperties(fc([{ d: '2025-01-01' }, { d: 'soon' }, { d: 'later' }]))).toEqual([]);
		expect(dateProperties(fc([{ d: '2025-13-01' }]))).toEqual([]);
	});

	it('gives the span of days and an inclusive filter expression', () => {
		const c = fc([{ d: '2025-05-20T10:00:00Z' }, { d: '2025-03-02' }, { d: 'n/a' }]);
		expect(dateRange(c, 'd')).toEqual({ min: '2025-03-02', max: '2025-05-20' });
		expect(dateFilter('d', '', '')).toBeNull();
		const day = ['slice', ['to-string', ['get', 'd']], 0, 10];
		expect(dateFilter('d', '2025-03-02', '')).toEqual(['all', ['has', 'd'], ['>=', day, '2025-03-02']]);
		expect(dateFilter('d', '', '2025-05-20')).toEqual(['all', ['has', 'd'], ['<=', day, '2025-05-20']]);
	});
});

describe('the date filter, evaluated as MapLibre evaluates it', async () => {
	const { featureFilter } = await import('@maplibre/maplibre-gl-style-spec');
	const keep = (from: string, to: string, d: unknown) => {
		const f = featureFilter(dateFilter('d', from, to)!, 'layers[0].filter');
		return f.filter({ zoom: 5 }, { type: 1, properties: d === undefined ? {} : { d }, geometry: [] } as never);
	};
	it('keeps both ends of the range and drops what lies outside or has no date', () => {
		expect(keep('2025-03-02', '2025-05-20', '2025-03-02')).toBe(true);
		expect(keep('2025-03-02', '2025-05-20', '2025-05-20T23:59:00Z')).toBe(true);
		expect(keep('2025-03-02', '2025-05-20', '2025-05-21')).toBe(false);
		expect(keep('2025-03-02', '', '2025-03-01')).toBe(false);
		expect(keep('2025-03-02', '', undefined)).toBe(false);
	});
});
