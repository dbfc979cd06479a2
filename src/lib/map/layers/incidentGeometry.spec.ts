import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { incidentAnchors, incidentFootprints } from './incidentGeometry';

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
