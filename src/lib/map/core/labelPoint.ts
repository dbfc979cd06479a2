import type { Feature, FeatureCollection, Point, Position } from 'geojson';

/**
 * The light-model property ($lib/atlas/mapModel) holding a polygon's label point, computed on the
 * server ($lib/geo/pole: polylabel), for the layers the map labels polygons of.
 */
export const LABEL_POINT = 'label_point';

const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Where a feature's one label sits: a point where it is, the middle vertex of a line, a polygon's
 * label point as the server sent it (`label_point`). MapLibre labels polygons once per tile, which
 * repeats them; one point each does not.
 * @example labelPoint({ type: 'Feature', geometry: polygon, properties: { label_point: [2, 1] } }) // [2, 1]
 */
export function labelPoint(f: Feature): Position | null {
	const g = f.geometry;
	if (!g) return null;
	if (g.type === 'Point') return g.coordinates;
	if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)] ?? null;
	const at = f.properties?.[LABEL_POINT];
	return isPosition(at) ? at : null;
}

/** One label point per feature, carrying its properties (minus the heavy excerpts and the point itself). */
export function labelPoints(fc: FeatureCollection): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: fc.features.flatMap((f): Feature<Point>[] => {
			const at = labelPoint(f);
			if (!at) return [];
			const { excerpts: _drop, [LABEL_POINT]: _at, ...properties } = f.properties ?? {};
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
