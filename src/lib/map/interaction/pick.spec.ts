import { describe, expect, it } from 'vitest';
import { rankHits, toHit } from './pick';
import { LAYER } from '../layers/registry';

const r = (layer: string, properties: Record<string, unknown>) => ({ layer: { id: layer }, properties });

describe('toHit', () => {
	it('reads places and incidents, ignores basemap layers and clusters', () => {
		expect(toHit(r(LAYER.places, { id: 'albu-kamal', name_en: 'Albu Kamal', name_ar: 'البوكمال', kind: 'city' }))).toMatchObject({
			kind: 'place',
			id: 'albu-kamal',
			tier: 0,
			detail: 'city'
		});
		expect(toHit(r(LAYER.incidentMarkers, { id: 'x', date: '2025-10-22', type: 'drug-seizure' }))?.detail).toBe(
			'incident · 22 Oct 2025 · drug seizure'
		);
		expect(toHit(r('land', { id: 'iraq' }))).toBeNull();
		expect(toHit(r(LAYER.incidentClusters, { cluster: true, cluster_id: 3 }))).toBeNull();
	});
	it('ignores a footprint shared by many incidents (its id is no incident), not one of a single incident', () => {
		expect(toHit(r(LAYER.incidentFootprints, { id: 'qamishli-countryside', geo_precision: 2, shared: true }))).toBeNull();
		expect(toHit(r(LAYER.incidentRegions, { id: 'syria', geo_precision: 3, shared: true }))).toBeNull();
		expect(toHit(r(LAYER.incidentFootprints, { id: '2024-02-08-patrol', geo_precision: 2, title_en: 'Patrol' }))).toMatchObject({ kind: 'incident', id: '2024-02-08-patrol' });
	});
});

describe('rankHits', () => {
	it('resolves a click to its top tier and keeps the rest for "also here"', () => {
		const { top, rest } = rankHits([
			toHit(r(LAYER.countries, { id: 'syria', name_en: 'Syria' })),
			toHit(r(LAYER.areas, { id: 'deir-ez-zor-governorate', name_en: 'Deir ez-Zor' })),
			toHit(r(LAYER.places, { id: 'albu-kamal', name_en: 'Albu Kamal' }))
		]);
		expect(top.map((h) => h.id)).toEqual(['albu-kamal']);
		expect(rest.map((h) => h.id)).toEqual(['deir-ez-zor-governorate', 'syria']);
	});
	it('asks when a label and a line are both under the pointer', () => {
		const { top } = rankHits([
			toHit(r(LAYER.places, { id: 'al-qusayr' })),
			toHit(r(LAYER.linePipeline, { id: 'kirkuk-baniyas-pipeline' })),
			toHit(r(LAYER.areas, { id: 'syrian-desert' }))
		]);
		expect(top.map((h) => h.id)).toEqual(['al-qusayr', 'kirkuk-baniyas-pipeline']);
	});
	it('offers every feature of the top tier, each once', () => {
		const { top } = rankHits([
			toHit(r(LAYER.places, { id: 'albu-kamal' })),
			toHit(r(LAYER.incidentMarkers, { id: 'i1' })),
			toHit(r(LAYER.incidentFootprints, { id: 'i1' })),
			toHit(r(LAYER.places, { id: 'albu-kamal' }))
		]);
		expect(top.map((h) => h.id)).toEqual(['albu-kamal', 'i1']);
	});
	it('a region-sized footprint is picked only when nothing more specific is under the pointer', () => {
		const syriaIncident = toHit(r(LAYER.incidentRegions, { id: '2025-10-22-joint-drug-seizure' }));
		const syria = toHit(r(LAYER.countries, { id: 'syria', name_en: 'Syria' }));
		// In empty Syria the incident "somewhere in Syria" is no more specific than Syria: ask.
		expect(rankHits([syria, syriaIncident]).top.map((h) => h.id)).toEqual(['syria', '2025-10-22-joint-drug-seizure']);
		// A governorate or desert under the pointer is more specific than either.
		const inAnbar = rankHits([syriaIncident, toHit(r(LAYER.areaRegions, { id: 'anbar' })), syria]);
		expect(inAnbar.top.map((h) => h.id)).toEqual(['anbar']);
		// A small area (the 25 km around a town) beats the region it lies in, and a marker beats both.
		const near = toHit(r(LAYER.incidentFootprints, { id: 'qamishli-patrol' }));
		expect(rankHits([toHit(r(LAYER.areaRegions, { id: 'border-area' })), near]).top.map((h) => h.id)).toEqual(['qamishli-patrol']);
		// A region-only incident reached through its region's count label ranks with the label (tier 0), as the picker passes it.
		expect(rankHits([near, toHit(r(LAYER.incidentRegions, { id: 'x' }), 0)]).top.map((h) => h.id)).toEqual(['x']);
		// The label itself is no incident: the picker lists what it counts.
		expect(toHit(r(LAYER.incidentRegionLabels, { region: 'border-area', count: 2 }))).toBeNull();
	});
	it('returns nothing for an empty click', () => {
		expect(rankHits([null])).toEqual({ top: [], rest: [] });
	});
});
