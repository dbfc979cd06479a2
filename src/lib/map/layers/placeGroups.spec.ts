import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { incidentAnchors } from './incidentGeometry';
import { groupByPlace, groupLeaves, setCurrentGroups } from './placeGroups';

/** An incident as the incidents layer holds it: drawn at its footprint place, dated to a span. */
function incident(id: string, place: string, at: [number, number], date_from: string, date_to: string, geo_precision = 1): Feature {
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: at },
		properties: { id, geo_precision, footprint_id: place, anchor_lon: at[0], anchor_lat: at[1], date_from, date_to, title_en: id, sources: ['Outlet A'] }
	};
}
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const KAMAL: [number, number] = [40.92, 34.45];
// Al-Qaim lies a few kilometres from Albu Kamal: a pixel cluster would merge them at low zoom, a place group never does.
const QAIM: [number, number] = [41.03, 34.37];

describe('incidents grouped by place', () => {
	const all = fc([
		incident('k-old', 'albu-kamal', KAMAL, '2024-12-01', '2025-01-31'),
		incident('k-new', 'albu-kamal', KAMAL, '2025-10-22', '2025-10-22'),
		incident('k-mid', 'albu-kamal', KAMAL, '2025-03-05', '2025-03-05', 2),
		incident('q-one', 'al-qaim', QAIM, '2025-10-22', '2025-10-22'),
		incident('region', 'syria', [38, 35], '2025-10-22', '2025-10-22', 3)
	]);
	const { points, groups } = groupByPlace(incidentAnchors(all));

	it('makes one marker per place, with how many it holds; a place with one incident is that incident', () => {
		const byPlace = Object.fromEntries(points.features.map((f) => [f.properties!.place, f.properties]));
		expect(Object.keys(byPlace).sort()).toEqual(['al-qaim', 'albu-kamal']);
		expect(byPlace['albu-kamal']).toMatchObject({ cluster: true, point_count: 3 });
		expect(byPlace['al-qaim']).toMatchObject({ id: 'q-one' });
		expect(byPlace['al-qaim']!.cluster).toBeUndefined();
		expect(points.features.find((f) => f.properties!.cluster)!.geometry.coordinates).toEqual(KAMAL);
	});
	it('never draws a region-only incident as a point, alone or in a group', () => {
		const ids = [...points.features.map((f) => f.properties!.id), ...[...groups.values()].flat().map((f) => f.properties.id)];
		expect(ids).not.toContain('region');
	});
	it('lists a group newest first, and the listing follows the groups drawn now', () => {
		const id = Number(points.features.find((f) => f.properties!.cluster)!.properties!.cluster_id);
		setCurrentGroups(groups);
		expect(groupLeaves(id).map((f) => f.properties.id)).toEqual(['k-new', 'k-mid', 'k-old']);
		setCurrentGroups(new Map());
		expect(groupLeaves(id)).toEqual([]);
	});
	it('draws a group holding an incident near the place as near, and as present as its most present member', () => {
		const window = { from: '2025-01-01', to: '2025-01-31' };
		const g = groupByPlace(incidentAnchors(fc(all.features.filter((f) => f.id !== 'k-new' && f.id !== 'k-mid').concat(incident('k-jan', 'albu-kamal', KAMAL, '2025-01-01', '2025-01-31', 1))), window));
		const kamal = g.points.features.find((f) => f.properties!.place === 'albu-kamal')!.properties!;
		// k-old spans Dec–Jan (31 of its 62 days in January), k-jan all of January.
		expect(kamal.fade).toBe(1);
		expect(g.groups.get(Number(kamal.cluster_id))!.map((f) => f.properties.fade)).toEqual([1, 0.5]);
		expect(groupByPlace(incidentAnchors(all)).points.features.find((f) => f.properties!.place === 'albu-kamal')!.properties!.geo_precision).toBe(2);
	});
});
