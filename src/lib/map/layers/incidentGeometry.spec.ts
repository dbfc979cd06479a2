import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { areaCount, hiddenFootprints, incidentAnchors, incidentFootprints, regionLabels } from './incidentGeometry';
import { SHARED_FOOTPRINTS } from '$lib/model/map';
import { geometryOf, shareGeometries } from '$lib/model/sharedGeometry';

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
	it('puts every incident at or near a named place at its anchor, and never one located only to a region', () => {
		const near = { ...fc.features[1], id: 'c', properties: { ...fc.features[1].properties, id: 'c', geo_precision: 2 } };
		const out = incidentAnchors({ ...fc, features: [...fc.features, near] });
		expect(out.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([
			['a', [40.9, 34.4]],
			['c', [40.6, 34.3]]
		]);
	});
	it('labels each region once with the count of incidents located only to it, and lists them', () => {
		const inRegion = (id: string, footprint: string) => ({ ...fc.features[1], id, properties: { ...fc.features[1].properties, id, footprint_id: footprint, footprint_name_en: footprint.toUpperCase(), name_ar: 'إقليم' } });
		const { labels, groups } = regionLabels({ ...fc, features: [fc.features[0], inRegion('r1', 'desert'), inRegion('r2', 'desert'), inRegion('r3', 'border')] }, (n) => `${n} only here`);
		expect(labels.features.map((f) => [f.id, f.properties?.count, f.properties?.count_text, f.properties?.region_en])).toEqual([
			['desert', 2, '2 only here', 'DESERT'],
			['border', 1, '1 only here', 'BORDER']
		]);
		expect(groups.get('desert')!.incidents.map((f) => f.id)).toEqual(['r1', 'r2']);
		expect([...groups.values()].flatMap((g) => g.incidents).some((f) => f.id === 'a')).toBe(false);
	});
	it("puts a country's count under the basemap's name of the country, and no other region's", () => {
		const inRegion = (id: string, footprint: string, kind: string | undefined) => ({ ...fc.features[1], id, properties: { ...fc.features[1].properties, id, footprint_id: footprint, footprint_kind: kind } });
		const { labels } = regionLabels({ ...fc, features: [inRegion('r1', 'syria', 'country'), inRegion('r2', 'anbar', 'governorate'), inRegion('r3', 'desert', undefined)] }, (n) => `${n}`);
		expect(labels.features.map((f) => [f.id, f.properties?.at_country_name])).toEqual([
			['syria', true],
			['anbar', false],
			['desert', false]
		]);
	});
	it('keeps only area footprints, and drops the heavy excerpts', () => {
		const out = incidentFootprints(fc);
		expect(out.features.map((f) => f.id)).toEqual(['b']);
		expect(out.features[0].properties).not.toHaveProperty('excerpts');
	});
	it('draws a footprint the incidents share by reference with the one shared polygon, and counts it as an area', () => {
		const sent = JSON.parse(JSON.stringify(shareGeometries({ ...fc, features: [fc.features[0], fc.features[1], { ...fc.features[1], id: 'b2', properties: { ...fc.features[1].properties, id: 'b2' } }] })));
		expect(areaCount(sent.features)).toBe(2);
		const out = incidentFootprints(sent, (f) => geometryOf(f, sent.geometries));
		expect(out.features.map((f) => [f.id, f.geometry])).toEqual([['b', fc.features[1].geometry], ['b2', fc.features[1].geometry]]);
		expect(out.features[0].geometry).toBe(out.features[1].geometry);
	});
});

describe('shared footprints at scale', () => {
	it('hides by state the shared footprints that no kept incident with an area has', () => {
		const square = fc.features[1].geometry;
		const ids = ['desert', 'border-area', 'albu-kamal'];
		const shared: FeatureCollection = { type: 'FeatureCollection', features: ids.map((id) => ({ type: 'Feature', id, geometry: square, properties: { id, shared: true } })) };
		const many: Feature[] = [
			...Array.from({ length: 3 * (SHARED_FOOTPRINTS + 1) }, (_, i) => ({ type: 'Feature' as const, id: `i${i}`, geometry: square, properties: { id: `i${i}`, geo_precision: 2, footprint_id: ids[i % 3] } })),
			// A point incident names a footprint too (its town), but draws none.
			{ type: 'Feature', id: 'p', geometry: { type: 'Point', coordinates: [40.9, 34.4] }, properties: { id: 'p', geo_precision: 1, footprint_id: 'desert' } }
		];
		expect(areaCount(many)).toBe(3 * (SHARED_FOOTPRINTS + 1));
		expect(hiddenFootprints(shared, many).size).toBe(0);
		// Kept: every incident but those of the desert, and the point that names the desert.
		const kept = many.filter((f) => f.properties?.footprint_id !== 'desert' || f.id === 'p');
		expect([...hiddenFootprints(shared, kept)]).toEqual(['desert']);
	});
});
