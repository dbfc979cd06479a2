import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { facetOptions, keptOf, predicate, selectFeatures, type SelectContext } from './select';
import { facetId } from './facets';
import { geoTests } from './geoTests';
import { geometryOf, isShared, shareGeometries } from '$lib/model/sharedGeometry';

// A small fixture corpus: a vertical "border" at lon 41, incidents with day, month and
// approximate dates, and two places.
const border: Geometry = { type: 'LineString', coordinates: [[41, 33], [41, 37]] };
const ctx: SelectContext = { target: (id) => (id === 'border' ? border : id === 'town' ? { type: 'Point', coordinates: [44, 35.02] } : null), geo: geoTests };

function incident(id: string, date_from: string, date_to: string, lon: number, extra: Record<string, unknown> = {}): Feature {
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [lon, 35] },
		properties: { id, date_from, date_to, type: 'raid', actors: ['Iraqi Army'], excerpts: [{ article: 'a1', outlet_en: 'Shafaq News' }], ...extra }
	};
}
const fc: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		incident('on-from', '2025-07-01', '2025-07-01', 41.1),
		incident('on-to', '2025-10-31', '2025-10-31', 41.2),
		incident('before', '2025-06-30', '2025-06-30', 41.1),
		incident('after', '2025-11-01', '2025-11-01', 41.1),
		// Dated only "June 2025": a span from 06-01 to 06-30.
		incident('june', '2025-06-01', '2025-06-30', 41.1, { type: 'meeting', actors: ['Arab League'] }),
		// "Late 2024 to January 2025", approximate: a span that overlaps a range starting in January.
		incident('approx', '2024-12-01', '2025-01-31', 44, { excerpts: [{ article: 'a2', outlet_en: null, reported_via: 'Iraqi News Agency (INA)' }] }),
		{ type: 'Feature', id: 'p1', geometry: { type: 'Point', coordinates: [41.05, 34] }, properties: { id: 'p1', kind: 'town', excerpts: [{ article: 'a2' }] } },
		{ type: 'Feature', id: 'p2', geometry: { type: 'Point', coordinates: [38, 34] }, properties: { id: 'p2', kind: 'city', excerpts: [{ article: 'a1' }] } },
		{ type: 'Feature', id: 'nowhere', geometry: null as unknown as Geometry, properties: { id: 'nowhere', kind: 'capital' } }
	]
};
const ids = (q: Parameters<typeof selectFeatures>[1]) => selectFeatures(fc, q, ctx).map((f) => f.id);

describe('select', () => {
	it('keeps incidents exactly on both ends of the range (inclusive ends)', () => {
		expect(ids({ from: '2025-07-01', to: '2025-10-31' })).toEqual(['on-from', 'on-to', 'p1', 'p2', 'nowhere']);
		// A month as the range: from its first day to its last.
		expect(ids({ from: '2025-07', to: '2025-10' })).toEqual(ids({ from: '2025-07-01', to: '2025-10-31' }));
		expect(ids({ from: '2025-10-31', to: '2025-10-31' })).toContain('on-to');
		expect(ids({ from: '2025-11-01' })).not.toContain('on-to');
	});

	it('treats month- and approximately-dated incidents as spans that match when they overlap', () => {
		expect(ids({ from: '2025-06-30', to: '2025-06-30' })).toEqual(expect.arrayContaining(['june', 'before']));
		expect(ids({ from: '2025-01-31', to: '2025-02-15' })).toContain('approx');
		expect(ids({ from: '2025-02-01', to: '2025-02-15' })).not.toContain('approx');
		expect(ids({ to: '2024-12' })).toEqual(expect.arrayContaining(['approx']));
	});

	it('does not filter undated features (places) by time, type or actor; kind only places', () => {
		expect(ids({ from: '2030' })).toEqual(['p1', 'p2', 'nowhere']);
		expect(ids({ type: ['meeting'] })).toEqual(['june', 'p1', 'p2', 'nowhere']);
		expect(ids({ actor: [facetId('Arab League')] })).toEqual(['june', 'p1', 'p2', 'nowhere']);
		expect(ids({ kind: ['town'] })).toEqual(['on-from', 'on-to', 'before', 'after', 'june', 'approx', 'p1']);
	});

	it('filters by article and outlet, on incidents and places alike', () => {
		expect(ids({ article: ['a2'] })).toEqual(['approx', 'p1']);
		expect(ids({ outlet: ['iraqi-news-agency'] })).toEqual(['approx']);
		expect(ids({ outlet: ['shafaq-news', 'iraqi-news-agency'] }).length).toBe(6);
	});

	it('reads articles and outlets from the light map model (no excerpts) the same way', () => {
		const light = fc.features.map((f) => {
			const { excerpts, ...rest } = f.properties ?? {};
			const ex = (excerpts ?? []) as { article: string; outlet_en?: string | null; reported_via?: string | null }[];
			return { ...f, properties: { ...rest, articles: ex.map((e) => e.article), outlets: ex.map((e) => e.outlet_en ?? e.reported_via).filter(Boolean) } };
		});
		for (const q of [{ outlet: ['iraqi-news-agency'] }, { outlet: ['shafaq-news'] }, { article: ['a2'] }])
			expect(selectFeatures({ type: 'FeatureCollection', features: light }, q, ctx).map((f) => f.id)).toEqual(ids(q));
	});

	it('keeps features within N km of a target, combined with the other filters', () => {
		// lon 41.1 at lat 35 is ~9 km from the line at lon 41; 41.2 ~18 km; 44 ~270 km.
		expect(ids({ near: { target: 'border', km: 10 } })).toEqual(['on-from', 'before', 'after', 'june', 'p1']);
		expect(ids({ near: { target: 'border', km: 25 }, from: '2025-07', to: '2025-10' })).toEqual(['on-from', 'on-to', 'p1']);
		expect(ids({ near: { target: 'town', km: 5 } })).toEqual(['approx']);
		expect(ids({ near: { target: 'unknown', km: 5 } })).toEqual([]);
	});

	it('keeps features meeting the bbox; null geometries never', () => {
		expect(ids({ bbox: [37, 33, 39, 35] })).toEqual(['p2']);
	});

	it('keeps the same features when a shared footprint travels by reference (the map model the page holds)', () => {
		expect.hasAssertions();
		const region: Geometry = { type: 'Polygon', coordinates: [[[40.5, 34.5], [41.5, 34.5], [41.5, 35.5], [40.5, 35.5], [40.5, 34.5]]] };
		const own = { ...fc, features: [...fc.features, incident('r1', '2025-07-02', '2025-07-02', 0), incident('r2', '2025-08-02', '2025-08-02', 0)].map((f) => (String(f.id).startsWith('r') ? { ...f, geometry: region } : f)) };
		const sent = JSON.parse(JSON.stringify(shareGeometries(own)));
		const lookup: SelectContext = { ...ctx, geometry: (f) => geometryOf(f, sent.geometries) };
		expect(sent.features.filter(isShared).map((f: Feature) => f.id)).toEqual(['r1', 'r2']);
		for (const q of [{ near: { target: 'border', km: 10 } }, { near: { target: 'town', km: 300 }, from: '2025-08' }, { bbox: [40.9, 35.4, 42, 36] as [number, number, number, number] }, { bbox: [37, 33, 39, 35] as [number, number, number, number] }])
			expect(selectFeatures(sent, q, lookup).map((f) => f.id), JSON.stringify(q)).toEqual(selectFeatures(own, q, ctx).map((f) => f.id));
		expect(selectFeatures(sent, { bbox: [40.9, 35.4, 42, 36] }, lookup).map((f) => f.id)).toEqual(['r1', 'r2']);
	});

	it('counts each facet option under the other filters, not its own', () => {
		const q = { type: ['raid'], from: '2025-07', to: '2025-10' };
		const types = facetOptions(fc.features, 'type', q, ctx);
		expect(types).toEqual([
			{ id: 'raid', label: 'raid', count: 2 },
			{ id: 'meeting', label: 'meeting', count: 0 }
		]);
		const kinds = facetOptions(fc.features, 'kind', { near: { target: 'border', km: 10 } }, ctx);
		expect(kinds.find((k) => k.id === 'town')!.count).toBe(1);
		expect(kinds.find((k) => k.id === 'city')!.count).toBe(0);
		// Leaving a facet out of the predicate is what makes the counts follow the others.
		expect(fc.features.filter(predicate(q, ctx, ['type'])).length).toBe(2 + 3);
	});
});

describe('keptOf', () => {
	const queries: Parameters<typeof selectFeatures>[1][] = [
		{ from: '2025-07-01', to: '2025-10-31' },
		{ from: '2025-01' },
		{ to: '2025-06-15' },
		{ from: '2025-06', to: '2025-06' },
		{ type: ['raid'] },
		{ from: '2025-06-01', type: ['meeting'] },
		{ near: { target: 'border', km: 20 }, to: '2025-07-01' },
		{ bbox: [40, 33, 42, 36], from: '2024-12-15' }
	];
	it('keeps what the one selector keeps, in the same order', () => {
		for (const q of queries) {
			const whole = selectFeatures(fc, q, ctx);
			const kept = keptOf(fc.features, q, ctx);
			expect(kept ?? fc.features, JSON.stringify(q)).toEqual(whole);
		}
	});
	it('answers null when the query keeps every feature', () => {
		expect(keptOf(fc.features, {}, ctx)).toBeNull();
		expect(keptOf(fc.features, { from: '2024-01-01', to: '2026-12-31' }, ctx)).toBeNull();
		expect(keptOf(fc.features, { from: '2025-07-01' }, ctx)).not.toBeNull();
	});

	it('sources=<N> keeps the incidents with at least N sources and every place; the facet counts leave it out', () => {
		const counted: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				incident('one', '2025-07-01', '2025-07-01', 41.1, { source_count: 1 }),
				incident('two', '2025-07-02', '2025-07-02', 41.1, { source_count: 2 }),
				incident('five', '2025-07-03', '2025-07-03', 41.1, { source_count: 5, type: 'meeting' }),
				// An incident that does not say how many sources it has counts none.
				incident('unsaid', '2025-07-04', '2025-07-04', 41.1),
				fc.features[6]
			]
		};
		const kept = (q: Parameters<typeof selectFeatures>[1]) => selectFeatures(counted, q, ctx).map((f) => f.id);
		expect(kept({ sources: 1 })).toEqual(['one', 'two', 'five', 'p1']);
		expect(kept({ sources: 2 })).toEqual(['two', 'five', 'p1']);
		expect(kept({ sources: 5 })).toEqual(['five', 'p1']);
		expect(kept({ sources: 6 })).toEqual(['p1']);
		// AND with the other filters; keptOf (the map and list) agrees with selectFeatures (the API).
		expect(kept({ sources: 2, type: ['raid'] })).toEqual(['two', 'p1']);
		expect(keptOf(counted.features, { sources: 2, from: '2025-07-02' }, ctx)!.map((f) => f.id)).toEqual(['two', 'five', 'p1']);
		// The type counts follow the sources filter; a test without it keeps them all.
		expect(facetOptions(counted.features, 'type', { sources: 2 }, ctx).find((o) => o.id === 'raid')!.count).toBe(1);
		expect(predicate({ sources: 2 }, ctx, ['sources'])(counted.features[0])).toBe(true);
		expect(predicate({ sources: 2 }, ctx)(counted.features[0])).toBe(false);
	});
});
