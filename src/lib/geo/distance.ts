/**
 * Shortest geodesic distance in km between two geometries of any type, 0 where they meet. Used by
 * the "within N km of …" filter: a footprint counts as near when any part of it is near, the same
 * rule as a date span meeting a time range.
 */
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { distanceToLineKm } from './facts';

type Lines = Feature<LineString | MultiLineString>;

const isPoly = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';

/** A polygon's rings, or a line, as one MultiLineString feature. */
function asLines(g: Geometry): Lines | null {
	if (g.type === 'LineString' || g.type === 'MultiLineString') return turf.feature(g);
	if (g.type === 'Polygon') return turf.multiLineString(g.coordinates);
	if (g.type === 'MultiPolygon') return turf.multiLineString(g.coordinates.flat());
	return null;
}

function points(g: Geometry): Position[] {
	return turf.coordAll(turf.feature(g));
}

/**
 * @example distanceKm({ type: 'Point', coordinates: [40.9, 34.45] }, border) // ≈ 6.8
 */
export function distanceKm(a: Geometry, b: Geometry): number {
	if (a.type === 'GeometryCollection' || b.type === 'GeometryCollection')
		return Math.min(
			...(a.type === 'GeometryCollection' ? a.geometries.map((g) => distanceKm(g, b)) : []),
			...(b.type === 'GeometryCollection' ? b.geometries.map((g) => distanceKm(a, g)) : []),
			Infinity
		);
	if (isLine(b)) return distanceToLineKm(a, turf.feature(b) as Lines);
	if (isLine(a)) return distanceToLineKm(b, turf.feature(a) as Lines);
	// Now each side is points or polygons.
	if (isPoly(a) || isPoly(b)) {
		if (turf.booleanIntersects(turf.feature(a), turf.feature(b))) return 0;
		// Disjoint: the shortest way runs from one side's points or outline to the other's outline.
		const [poly, other] = isPoly(b) ? [b, a] : [a, b];
		return distanceToLineKm(other, asLines(poly)!);
	}
	let best = Infinity;
	for (const p of points(a)) for (const q of points(b)) best = Math.min(best, turf.distance(p, q, { units: 'kilometers' }));
	return best;
}
