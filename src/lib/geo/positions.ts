import type { Geometry, Position } from 'geojson';

/**
 * Every position of a geometry, flattened (an empty Point has none). Bounds, WKT's Z test and the
 * drafter's geography all read it.
 * @example positions({ type: 'LineString', coordinates: [[40, 34], [41, 35]] }) // [[40, 34], [41, 35]]
 */
export function positions(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return g.coordinates.length ? [g.coordinates] : [];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positions);
	}
}
