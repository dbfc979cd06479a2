/**
 * Label points as their own features, made by the build for the layers the map labels
 * ($lib/model/layers `labelled`): MapLibre labels a polygon once per tile it spans, which repeats
 * the name, and drops a winding river's line-following label; one point per feature does neither.
 * The page hands these collections to MapLibre as they come (the map model's `labels`).
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { polygonLabelPoint } from '$lib/geo/pole';
import { LABEL_POINT } from '$lib/model/map';

/**
 * Where a feature's one label sits: a point where it is, the middle vertex of a line, a polygon's
 * pole of inaccessibility ($lib/geo/pole); null without a geometry.
 * @example labelPoint({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] }, properties: {} }) // [1, 1]
 */
export function labelPoint(f: Feature): Position | null {
	const g = f.geometry;
	if (!g) return null;
	if (g.type === 'Point') return g.coordinates;
	if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)] ?? null;
	return polygonLabelPoint(g);
}

/** One label point per feature, carrying its properties (minus the heavy excerpts); features without one are left out. */
export function labelPoints(fc: FeatureCollection): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: fc.features.flatMap((f): Feature<Point>[] => {
			const at = labelPoint(f);
			if (!at) return [];
			const { excerpts: _drop, [LABEL_POINT]: _at, ...properties } = f.properties ?? {};
			return [{ type: 'Feature', ...(f.id !== undefined ? { id: f.id } : {}), geometry: { type: 'Point', coordinates: at }, properties }];
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

/** The label points of a labelled layer: rivers by the river rule, every other feature by its own. */
export function layerLabelPoints(fc: FeatureCollection): FeatureCollection<Point> {
	const lines = fc.features.length > 0 && fc.features.every((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString');
	return lines ? riverLabelPoints(fc) : labelPoints(fc);
}
