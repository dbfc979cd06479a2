import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';

type Ring = Position[];

function ringArea(r: Ring): number {
	let a = 0;
	for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
	return Math.abs(a / 2);
}

/**
 * A point well inside a polygon's largest part (its pole of inaccessibility), where one label can
 * sit. MapLibre labels polygons once per tile, which repeats them; one point each does not.
 * @example labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] }) // ≈ [2, 1]
 */
export function labelPoint(g: Geometry | null): Position | null {
	if (!g) return null;
	if (g.type === 'Point') return g.coordinates;
	if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)] ?? null;
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	if (polys.length === 0) return null;
	const rings = polys.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
	// Mapbox's polylabel: the pole of inaccessibility, to ~1/100 of a degree.
	const [x, y] = polylabel(rings as number[][][], 0.01);
	return [x, y];
}

/** One label point per feature, carrying its properties (minus the heavy excerpts). */
export function labelPoints(fc: FeatureCollection): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: fc.features.flatMap((f): Feature<Point>[] => {
			const at = labelPoint(f.geometry);
			if (!at) return [];
			const { excerpts: _drop, ...properties } = f.properties ?? {};
			return [{ type: 'Feature', id: f.id, geometry: { type: 'Point', coordinates: at }, properties }];
		})
	};
}

/**
 * One label point per named river: the middle vertex of its longest stretch. Ten-metre rivers
 * wind too much for MapLibre's line-following labels, which then drop them.
 */
export function riverLabelPoints(fc: FeatureCollection): FeatureCollection<Point> {
	const best = new Map<string, { at: Position; length: number; properties: Record<string, unknown> }>();
	for (const f of fc.features) {
		const name = f.properties?.name_en ?? f.properties?.name;
		const g = f.geometry;
		if (!name || !g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) continue;
		for (const part of g.type === 'LineString' ? [g.coordinates] : g.coordinates) {
			const length = part.length;
			if ((best.get(name)?.length ?? -1) >= length) continue;
			best.set(name, { at: part[Math.floor(length / 2)], length, properties: { ...f.properties } });
		}
	}
	return {
		type: 'FeatureCollection',
		features: [...best.values()].map(({ at, properties }) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: at },
			properties
		}))
	};
}
