/** Every served layer is valid GeoJSON to two independent validators, and RFC 7946 as we promise. */
import { describe, expect, it } from 'vitest';
import GJV from 'geojson-validation';
import { check } from '@placemarkio/check-geojson';
import { getAtlas } from '$lib/server/atlas';
import { rfc7946Problems } from '$lib/geo/rfc7946';
import { LAYERS } from '$lib/atlas/catalogue';

const atlas = getAtlas();

describe('served layers', () => {
	for (const { id } of LAYERS) {
		it(`${id} is valid RFC 7946 GeoJSON`, () => {
			const fc = atlas.layers.get(id)!;
			const text = JSON.stringify(fc);
			const errors = GJV.valid(JSON.parse(text), true) as string[];
			expect(errors).toEqual([]);
			expect(() => check(text)).not.toThrow();
			expect(JSON.parse(text)).not.toHaveProperty('crs');
			expect(fc.features.length, id).toBeGreaterThan(0);
			for (const f of fc.features) {
				expect(f.geometry, `${id}/${f.id}`).not.toBeNull();
				expect(rfc7946Problems(f.geometry!), `${id}/${f.id}`).toEqual([]);
			}
		});
	}
	it('puts the frontier where it is: longitude first', () => {
		const [lon, lat] = (atlas.places.get('albu-kamal')!.geometry as { coordinates: number[] }).coordinates;
		expect(lon).toBeCloseTo(40.91854, 4);
		expect(lat).toBeCloseTo(34.45226, 4);
	});
});
