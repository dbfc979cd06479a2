import { describe, expect, it } from 'vitest';
import { parseQuery, type PageQuery } from './query';
import { DEFAULT_LAYERS, layersParam, queryHref, visibleLayers } from './url';

describe('page URL', () => {
	it('replaces the query and keeps the selection, q, lang and the map hash', () => {
		const url = new URL('http://x/?incident=2025-10-22-joint-drug-seizure&from=2020&q=kamal&lang=ar#6.2/34.5/41.1');
		const q: PageQuery = { from: '2025-07', to: '2025-10', near: { target: 'iraq-syria-border', km: 25 }, layers: ['incidents'] };
		const href = queryHref(q, url);
		const back = new URL(href, url);
		expect(back.hash).toBe('#6.2/34.5/41.1');
		expect(back.searchParams.get('incident')).toBe('2025-10-22-joint-drug-seizure');
		expect(back.searchParams.get('q')).toBe('kamal');
		expect(back.searchParams.get('lang')).toBe('ar');
		expect(parseQuery(back.searchParams)).toEqual({ query: q, errors: [] });
		// And once more: the same URL.
		expect(queryHref(parseQuery(back.searchParams).query, back)).toBe(href);
		expect(queryHref({}, new URL('http://x/?from=2020#1/2/3'))).toBe('/#1/2/3');
	});
	it('keeps layer visibility out of the URL while it is the default', () => {
		expect(layersParam(DEFAULT_LAYERS)).toBeUndefined();
		const v = { ...DEFAULT_LAYERS, areas: false };
		const p = layersParam(v)!;
		expect(p).toEqual(['countries', 'incidents', 'lines', 'places']);
		expect(visibleLayers({ layers: p })).toEqual(v);
		expect(visibleLayers({})).toEqual(DEFAULT_LAYERS);
		expect(visibleLayers({ layers: [] })).toEqual({ places: false, areas: false, lines: false, incidents: false, countries: false, 'border-bands': false });
		expect(layersParam({ ...DEFAULT_LAYERS, 'border-bands': true })).toEqual(['border-bands', 'countries', 'areas', 'incidents', 'lines', 'places'].sort());
	});
});
