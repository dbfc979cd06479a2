import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { loadRaw } from './load';
import { buildAtlas } from './build';
import * as turf from '@turf/turf';
import * as v from 'valibot';
import { HEAVY, incidentFootprints, lightFeature, mapModel } from './mapModel';
import { LABEL_POINT, MapModelSchema, SHARED_FOOTPRINTS } from '$lib/model/map';
import { LABELLED_LAYERS, LAYER_CATALOGUE } from '$lib/model/layers';
import { geometryOf } from '$lib/model/sharedGeometry';

const atlas = buildAtlas(loadRaw('geodata'));
const layers = ['places', 'areas', 'lines', 'countries', 'incidents'] as const;

describe('light map model', () => {
	it('drops every excerpt and the long provenance text', () => {
		expect.hasAssertions();
		for (const id of layers) {
			const light = mapModel(id, atlas.layers.get(id)!);
			for (const f of light.features) for (const k of HEAVY) expect(f.properties, `${id}/${f.id}`).not.toHaveProperty(k);
			expect(JSON.stringify(light)).not.toContain('"sentence"');
		}
	});

	it('keeps every other property, the geometry and the id, unchanged', () => {
		expect.hasAssertions();
		for (const id of layers)
			for (const f of atlas.layers.get(id)!.features) {
				const l = lightFeature(f as Feature);
				expect(l.id).toBe(f.id);
				expect(l.geometry).toBe(f.geometry);
				for (const [k, v] of Object.entries(f.properties ?? {})) if (!(HEAVY as readonly string[]).includes(k)) expect(l.properties![k], `${f.id}.${k}`).toEqual(v);
			}
	});

	it('carries what the filters read from the excerpts: article ids and outlets', () => {
		expect.hasAssertions();
		for (const id of layers)
			for (const f of atlas.layers.get(id)!.features) {
				const ex = f.properties!.excerpts as { article: string; outlet_en: string | null; reported_via?: string | null }[];
				const l = lightFeature(f).properties!;
				expect(new Set(l.articles)).toEqual(new Set(ex.map((e) => e.article)));
				expect(new Set(l.outlets)).toEqual(new Set(ex.map((e) => e.outlet_en ?? e.reported_via).filter(Boolean)));
			}
		// The incidents' filter properties survive: dates, type, actors, precision, places.
		const inc = lightFeature(atlas.layers.get('incidents')!.features[0]).properties!;
		for (const k of ['date_from', 'date_to', 'type', 'actors', 'geo_precision', 'place_ids', 'footprint_id', 'anchor_lon', 'kind']) expect(inc).toHaveProperty(k);
		const place = lightFeature(atlas.places.get('albu-kamal')! as Feature).properties!;
		for (const k of ['border_distance_km', 'kind', 'scope', 'name_en', 'name_ar', 'variants', 'mention_count']) expect(place).toHaveProperty(k);
	});

	it('gives each polygon of a labelled layer a label point inside it, and no other layer any', () => {
		for (const id of [...LABELLED_LAYERS, ...layers]) {
			const fc = atlas.layers.get(id);
			expect(fc, id).toBeDefined();
			const light = mapModel(id, fc!);
			expect(light.features.length, id).toBeGreaterThan(0);
			for (const f of light.features) {
				const g = f.geometry;
				const at = f.properties?.[LABEL_POINT];
				if (!LABELLED_LAYERS.includes(id) || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
					expect(at, `${id}/${f.id}`).toBeUndefined();
					continue;
				}
				expect(at, `${id}/${f.id}`).toHaveLength(2);
				expect(turf.booleanPointInPolygon(at!, turf.feature(g)), `${id}/${f.id}`).toBe(true);
			}
		}
	});

	it('labels Arabic names without tashkeel, and leaves a feature without excerpts alone', () => {
		const f = { type: 'Feature', id: 'x', geometry: null, properties: { id: 'x', name_ar: 'دِمَشْق', note: 'long' } } as unknown as Feature;
		expect(lightFeature(f)).toEqual({ type: 'Feature', id: 'x', geometry: null, properties: { id: 'x', name_ar: 'دِمَشْق', label_ar: 'دمشق' } });
	});

	it('writes for every layer what the wire schema says, and the page gets the features back as they were', () => {
		expect.hasAssertions();
		for (const { id } of LAYER_CATALOGUE) {
			const fc = atlas.layers.get(id);
			if (!fc) continue;
			const sent = JSON.parse(JSON.stringify(mapModel(id, fc)));
			const result = v.safeParse(MapModelSchema, sent);
			expect(result.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? [], id).toEqual([]);
			const model = result.output as v.InferOutput<typeof MapModelSchema>;
			expect(model.features.map((f) => geometryOf(f, model.geometries)), id).toEqual(fc.features.map((f) => f.geometry));
			// Only the incidents share footprints by reference: a gazetteer layer is drawn as served.
			if (id !== 'incidents') expect(model.geometries, id).toBeUndefined();
		}
	});

	it('refuses what the page could not draw: a label that is no point, a geometry MapLibre does not know', () => {
		const polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
		const ok = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a', geometry: polygon, properties: { id: 'a' } }] };
		expect(v.safeParse(MapModelSchema, ok).success).toBe(true);
		expect(v.safeParse(MapModelSchema, { ...ok, labels: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: polygon, properties: {} }] } }).success).toBe(false);
		expect(v.safeParse(MapModelSchema, { ...ok, features: [{ ...ok.features[0], geometry: { type: 'Circle', coordinates: [0, 0] } }] }).success).toBe(false);
		expect(v.safeParse(MapModelSchema, { ...ok, footprints: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'x', geometry: null, properties: {} }] } }).success).toBe(false);
	});

	it('sends the label points of a labelled layer as features of their own, one per feature or named river, and none elsewhere', () => {
		expect.hasAssertions();
		for (const { id } of LAYER_CATALOGUE) {
			const fc = atlas.layers.get(id);
			if (!fc) continue;
			const { labels } = mapModel(id, fc);
			if (!LABELLED_LAYERS.includes(id)) {
				expect(labels, id).toBeUndefined();
				continue;
			}
			expect(labels!.features.length, id).toBeGreaterThan(0);
			const names = new Set(fc.features.map((f) => f.properties?.name_en ?? f.properties?.name));
			if (id === 'rivers') expect(labels!.features.length).toBe(names.size);
			else expect(labels!.features.map((f) => f.id)).toEqual(fc.features.map((f) => f.id));
			for (const l of labels!.features) {
				expect(l.geometry.type).toBe('Point');
				expect(l.properties, `${id}/${l.id}`).not.toHaveProperty('excerpts');
				expect(l.properties, `${id}/${l.id}`).not.toHaveProperty(LABEL_POINT);
			}
			// A polygon's label point is the one its feature carries (and lies inside it, above).
			for (const l of labels!.features) {
				const f = fc.features.find((x) => x.id === l.id);
				if (f?.geometry?.type === 'Polygon' || f?.geometry?.type === 'MultiPolygon') expect(turf.booleanPointInPolygon(l.geometry.coordinates, turf.feature(f.geometry)), `${id}/${l.id}`).toBe(true);
			}
		}
	});

	it('sends the incidents\' footprints once per place at scale, and none below it (each incident then draws its own)', () => {
		const square = { type: 'Polygon' as const, coordinates: [[[40, 34], [41, 34], [41, 35], [40, 34]]] };
		const many: Feature[] = Array.from({ length: SHARED_FOOTPRINTS + 1 }, (_, i) => ({ type: 'Feature', id: `i${i}`, geometry: square, properties: { id: `i${i}`, geo_precision: 3, footprint_id: i % 2 ? 'desert' : 'border-area' } }));
		const point: Feature = { type: 'Feature', id: 'p', geometry: { type: 'Point', coordinates: [40.9, 34.4] }, properties: { id: 'p', geo_precision: 1, footprint_id: 'town' } };
		const once = incidentFootprints([...many, point])!;
		expect(once.features.map((f) => f.id).sort()).toEqual(['border-area', 'desert']);
		for (const f of once.features) expect(f.properties).toMatchObject({ id: f.id, shared: true, geo_precision: 3 });
		expect(incidentFootprints(many.slice(0, SHARED_FOOTPRINTS))).toBeNull();
		const model = mapModel('incidents', { type: 'FeatureCollection', features: [...many, point] });
		expect(model.footprints?.features).toHaveLength(2);
		expect(mapModel('areas', { type: 'FeatureCollection', features: many }).footprints).toBeUndefined();
		// The seed has few area incidents: its model carries none.
		expect(mapModel('incidents', atlas.layers.get('incidents')!).footprints).toBeUndefined();
	});
});
