/**
 * Border bands over the real reference border: points are placed at a measured distance from the
 * Natural Earth line (turf.destination, checked with turf.pointToLineDistance), never typed in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { borderBands, BAND_WIDTHS_KM, type BandSide } from './bands';
import { rfc7946Problems } from './rfc7946';

const read = (f: string) => JSON.parse(readFileSync(`geodata/reference/${f}.geojson`, 'utf8')) as FeatureCollection;
const border = read('border').features[0] as Feature<MultiLineString | LineString>;
const countries = read('countries');
const side = (iso: string, name: string): BandSide => ({
	iso_a3: iso,
	name_en: name,
	side_ar: name,
	geometry: countries.features.find((f) => f.properties?.iso_a3 === iso)!.geometry as Polygon | MultiPolygon
});
const sides = [side('IRQ', 'Iraq'), side('SYR', 'Syria')];
const src = { border: 'border.geojson', countries: 'countries.geojson', license: 'PD' };
const bands = borderBands(border, sides, src);
const band = (km: number, iso: string) => bands.features.find((f) => f.properties.width_km === km && f.properties.side === iso)!;

const line: Position[] = border.geometry.type === 'LineString' ? border.geometry.coordinates : border.geometry.coordinates[0];

/** A point `km` from the border, perpendicular to segment `i`, on the side of `iso`. */
function pointFrom(i: number, km: number, iso: string) {
	const [a, b] = [line[i], line[i + 1]];
	const mid = turf.midpoint(a, b);
	const bearing = turf.bearing(a, b);
	for (const turn of [90, -90]) {
		const p = turf.destination(mid, km, bearing + turn, { units: 'kilometers' });
		const onSide = turf.booleanPointInPolygon(p, sides.find((s) => s.iso_a3 === iso)!.geometry);
		if (onSide) return { p, distance: turf.pointToLineDistance(p, turf.lineString(line), { units: 'kilometers' }) };
	}
	throw new Error(`no side ${iso} at segment ${i}`);
}

describe('borderBands over the Natural Earth Iraq–Syria border', () => {
	it('has one band per width and side, widest first, with provenance', () => {
		expect(bands.features.map((f) => f.properties.width_km)).toEqual([50, 50, 25, 25, 10, 10]);
		for (const f of bands.features) {
			expect(f.id).toBe(`border-band-${f.properties.width_km}km-${f.properties.side.toLowerCase()}`);
			expect(f.properties.derived_from).toEqual(['border.geojson', 'countries.geojson']);
			expect(f.properties.drawn_how).toContain(`${f.properties.width_km} km`);
			expect(f.properties.geometry_basis).toBe('derived');
			expect(rfc7946Problems(f.geometry)).toEqual([]);
		}
		expect(BAND_WIDTHS_KM).toEqual([10, 25, 50]);
	});

	// Segments along the whole border: the Tigris end, the Euphrates crossing, the desert south.
	for (const i of [8, 20, 38, 50]) {
		for (const iso of ['IRQ', 'SYR']) {
			it(`segment ${i}, ${iso} side: 5 km out is in the 10 km band, 30 km out is not (but is in the 50 km one)`, () => {
				const near = pointFrom(i, 5, iso);
				const far = pointFrom(i, 30, iso);
				// The distance really is what the test says (the line bends; allow for it).
				expect(near.distance).toBeGreaterThan(4);
				expect(near.distance).toBeLessThan(6);
				expect(far.distance).toBeGreaterThan(26);
				expect(turf.booleanPointInPolygon(near.p, band(10, iso))).toBe(true);
				expect(turf.booleanPointInPolygon(far.p, band(10, iso))).toBe(false);
				expect(turf.booleanPointInPolygon(far.p, band(50, iso))).toBe(true);
				// A band never crosses the border to the other side.
				const other = iso === 'IRQ' ? 'SYR' : 'IRQ';
				expect(turf.booleanPointInPolygon(near.p, band(10, other))).toBe(false);
			});
		}
	}

	it('nests: each band is inside the next wider one, and area grows with width', () => {
		for (const iso of ['IRQ', 'SYR']) {
			const [a10, a25, a50] = [10, 25, 50].map((km) => band(km, iso).properties.area_km2);
			expect(a10).toBeLessThan(a25);
			expect(a25).toBeLessThan(a50);
			// ~600 km of border times the width, give or take the ends and the bends.
			const lengthKm = turf.length(border, { units: 'kilometers' });
			expect(a10 / (lengthKm * 10)).toBeGreaterThan(0.8);
			expect(a10 / (lengthKm * 10)).toBeLessThan(1.2);
			const outside = turf.difference(turf.featureCollection([band(10, iso), band(25, iso)]));
			expect(outside ? turf.area(outside) / 1e6 : 0).toBeLessThan(1);
		}
	});

	it('throws a readable error when a side does not meet the border', () => {
		const far: BandSide = { iso_a3: 'XXX', name_en: 'Nowhere', side_ar: '', geometry: turf.bboxPolygon([0, 0, 1, 1]).geometry };
		expect(() => borderBands(border, [far], src)).toThrow(/does not meet Nowhere/);
	});
});
