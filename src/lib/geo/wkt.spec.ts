import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { geometryToWkt } from './wkt';

// Expected strings are written from the WKT grammar (OGC 06-103r4 §7.2), not from the code.
describe('geometryToWkt', () => {
	it('writes every GeoJSON geometry type, longitude first', () => {
		const cases: [Geometry, string][] = [
			[{ type: 'Point', coordinates: [40.92, 34.45] }, 'POINT (40.92 34.45)'],
			[{ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] }, 'MULTIPOINT ((1 2), (3 4))'],
			[{ type: 'LineString', coordinates: [[1, 2], [3, 4], [5, 6]] }, 'LINESTRING (1 2, 3 4, 5 6)'],
			[{ type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] }, 'MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))'],
			[
				{ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] },
				'POLYGON ((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1))'
			],
			[
				{ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] },
				'MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))'
			],
			[
				{ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[1, 2], [3, 4]] }] },
				'GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))'
			]
		];
		expect.hasAssertions();
		for (const [g, wkt] of cases) expect(geometryToWkt(g), g.type).toBe(wkt);
	});

	it('says EMPTY for empty geometries and nothing for a missing one', () => {
		expect(geometryToWkt({ type: 'Point', coordinates: [] })).toBe('POINT EMPTY');
		expect(geometryToWkt({ type: 'Polygon', coordinates: [] })).toBe('POLYGON EMPTY');
		expect(geometryToWkt({ type: 'GeometryCollection', geometries: [] })).toBe('GEOMETRYCOLLECTION EMPTY');
		expect(geometryToWkt(null)).toBe('');
	});

	it('keeps a third coordinate as Z, and never writes exponents', () => {
		expect(geometryToWkt({ type: 'LineString', coordinates: [[1, 2, 3], [4, 5, 6]] })).toBe('LINESTRING Z (1 2 3, 4 5 6)');
		expect(geometryToWkt({ type: 'LineString', coordinates: [[1, 2, 3], [4, 5]] })).toBe('LINESTRING (1 2, 4 5)');
		expect(geometryToWkt({ type: 'Point', coordinates: [1e-7, -41.5] })).toBe('POINT (0.0000001 -41.5)');
	});
});
