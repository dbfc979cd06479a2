/**
 * GeoJSON geometry as OGC Well-Known Text (Simple Features 1.2.1, §7), for the CSV export: a
 * spreadsheet holds one cell per geometry, and QGIS, GDAL (`-oo GEOM_POSSIBLE_NAMES=wkt`), PostGIS
 * and pandas/shapely read WKT back. Longitude first, as in GeoJSON. No library in the tree writes
 * WKT (Turf does not), and the format is small enough to write and test here.
 */
import type { Geometry, Position } from 'geojson';
import { positions } from '$lib/geo/positions';

/** A coordinate as plain decimals, never in exponent form (WKT readers refuse `1e-7`). */
function num(n: number): string {
	const s = String(n);
	return /e/i.test(s) ? n.toFixed(12).replace(/\.?0+$/, '') : s;
}

/** Whether every position of the geometry has a third number: then it is written `Z`. */
function hasZ(positions: Position[]): boolean {
	return positions.length > 0 && positions.every((p) => p.length >= 3);
}

const pos = (p: Position, z: boolean) => (z ? [p[0], p[1], p[2]] : [p[0], p[1]]).map(num).join(' ');
const list = (ps: Position[], z: boolean) => `(${ps.map((p) => pos(p, z)).join(', ')})`;


/**
 * The geometry as WKT; an empty geometry is `<TYPE> EMPTY`, no geometry at all the empty string.
 * @example geometryToWkt({ type: 'Point', coordinates: [40.92, 34.45] }) // 'POINT (40.92 34.45)'
 */
export function geometryToWkt(g: Geometry | null | undefined): string {
	if (!g) return '';
	const z = g.type !== 'GeometryCollection' && hasZ(positions(g));
	const tag = g.type.toUpperCase() + (z ? ' Z' : '');
	const empty = `${g.type.toUpperCase()} EMPTY`;
	switch (g.type) {
		case 'Point':
			return g.coordinates.length ? `${tag} (${pos(g.coordinates, z)})` : empty;
		case 'MultiPoint':
			return g.coordinates.length ? `${tag} (${g.coordinates.map((p) => `(${pos(p, z)})`).join(', ')})` : empty;
		case 'LineString':
			return g.coordinates.length ? `${tag} ${list(g.coordinates, z)}` : empty;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.length ? `${tag} (${g.coordinates.map((l) => list(l, z)).join(', ')})` : empty;
		case 'MultiPolygon':
			return g.coordinates.length ? `${tag} (${g.coordinates.map((p) => `(${p.map((r) => list(r, z)).join(', ')})`).join(', ')})` : empty;
		case 'GeometryCollection':
			return g.geometries.length ? `${tag} (${g.geometries.map(geometryToWkt).join(', ')})` : empty;
	}
}
