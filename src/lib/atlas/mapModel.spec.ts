import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { loadRaw } from './load';
import { buildAtlas } from './build';
import * as turf from '@turf/turf';
import { HEAVY, lightFeature, mapModel } from './mapModel';
import { LABEL_POINT } from '$lib/map/core/labelPoint';
import { LABELLED_LAYERS } from '$lib/model/layers';

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
				expect(turf.booleanPointInPolygon(at, turf.feature(g)), `${id}/${f.id}`).toBe(true);
			}
		}
	});

	it('labels Arabic names without tashkeel, and leaves a feature without excerpts alone', () => {
		const f = { type: 'Feature', id: 'x', geometry: null, properties: { id: 'x', name_ar: 'دِمَشْق', note: 'long' } } as unknown as Feature;
		expect(lightFeature(f)).toEqual({ type: 'Feature', id: 'x', geometry: null, properties: { id: 'x', name_ar: 'دِمَشْق', label_ar: 'دمشق' } });
	});
});
