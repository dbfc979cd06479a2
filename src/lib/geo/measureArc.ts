/**
 * The measure tool's drawing, pure: the endpoints, the great-circle arc between them and the label
 * point. Its own module (with Turf's great-circle code) because the home page fetches it only when
 * the tool is first switched on.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { distanceKm, type LngLat } from './measure';

/**
 * What the map draws: the endpoints, the great-circle arc between them and a label point at its
 * middle carrying `label`. One point gives just that point.
 */
export function measureFeatures(points: LngLat[], label: string): FeatureCollection<Point | LineString> {
	const features: Feature<Point | LineString>[] = points.map((p, i) => turf.point(p, { role: 'end', n: i + 1 }));
	if (points.length === 2) {
		const [a, b] = points;
		const line: Position[] =
			distanceKm(a, b) < 1e-6 ? [a, b] : turf.greatCircle(a, b, { npoints: 64 }).geometry.coordinates as Position[];
		features.unshift(turf.lineString(line, { role: 'line' }));
		features.push(turf.point(turf.midpoint(a, b).geometry.coordinates, { role: 'label', label }));
	}
	return turf.featureCollection(features);
}
