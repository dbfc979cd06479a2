import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { incidentAnchors, incidentFootprints, inWindow, SHARED_FOOTPRINTS } from './incidentGeometry';

const fc: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			id: 'a',
			geometry: { type: 'Point', coordinates: [40.9, 34.4] },
			properties: { id: 'a', geo_precision: 1, anchor_lon: 40.9, anchor_lat: 34.4, excerpts: [] }
		},
		{
			type: 'Feature',
			id: 'b',
			geometry: {
				type: 'Polygon',
				coordinates: [[[40, 34], [41, 34], [41, 35], [40, 34]]]
			},
			properties: { id: 'b', geo_precision: 3, anchor_lon: 40.6, anchor_lat: 34.3, radius_km: null }
		}
	]
};

describe('incident geometry', () => {
	it('puts every incident at its anchor, footprint or not', () => {
		const out = incidentAnchors(fc);
		expect(out.features.map((f) => f.geometry.coordinates)).toEqual([
			[40.9, 34.4],
			[40.6, 34.3]
		]);
		expect(out.features[1].properties).toMatchObject({ id: 'b', geo_precision: 3 });
	});
	it('keeps only area footprints, and drops the heavy excerpts', () => {
		const out = incidentFootprints(fc);
		expect(out.features.map((f) => f.id)).toEqual(['b']);
		expect(out.features[0].properties).not.toHaveProperty('excerpts');
	});
});

describe('time window', () => {
	const pt = { type: 'Point' as const, coordinates: [40, 34] };
	const day = (id: string, date_from: string, date_to: string) => ({ type: 'Feature' as const, id, geometry: pt, properties: { id, date_from, date_to } });
	const events: FeatureCollection = {
		type: 'FeatureCollection',
		features: [day('march', '2024-03-01', '2024-03-01'), day('may', '2024-05-01', '2024-05-31'), day('june', '2024-06-01', '2024-06-01'), { type: 'Feature', id: 'undated', geometry: pt, properties: { id: 'undated' } }]
	};
	const ids = (fc: FeatureCollection) => fc.features.map((f) => f.id);

	it('keeps what meets the window, ends included, and the undated', () => {
		expect(ids(inWindow(events, '2024-03-01', '2024-05-01'))).toEqual(['march', 'may', 'undated']);
		expect(ids(inWindow(events, '2024-05-31', null))).toEqual(['may', 'june', 'undated']);
		expect(ids(inWindow(events, null, '2024-02-28'))).toEqual(['undated']);
	});

	it('an open window is the collection itself', () => {
		expect(inWindow(events, null, null)).toBe(events);
	});

	it('anchors carry the days the window reads', () => {
		const a = incidentAnchors({ type: 'FeatureCollection', features: [{ ...fc.features[0], properties: { ...fc.features[0].properties, date_from: '2024-01-01', date_to: '2024-01-31' } }] });
		expect(a.features[0].properties).toMatchObject({ date_from: '2024-01-01', date_to: '2024-01-31' });
	});
});

describe('shared footprints at scale', () => {
	it('draws each footprint once when thousands of incidents share them', () => {
		const square = fc.features[1].geometry;
		const many: FeatureCollection = {
			type: 'FeatureCollection',
			features: Array.from({ length: SHARED_FOOTPRINTS + 1 }, (_, i) => ({ type: 'Feature', id: `i${i}`, geometry: square, properties: { id: `i${i}`, geo_precision: 3, footprint_id: i % 2 ? 'desert' : 'border-area' } }))
		};
		expect(incidentFootprints(many).features.map((f) => f.id).sort()).toEqual(['border-area', 'desert']);
		// Below the threshold every incident keeps its own outline (selection lights it by incident id).
		expect(incidentFootprints({ ...many, features: many.features.slice(0, 10) }).features).toHaveLength(10);
	});
});
