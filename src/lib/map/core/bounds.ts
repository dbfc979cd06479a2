import type { Geometry } from 'geojson';
import { positions } from '$lib/geo/positions';

export type Bounds = [[number, number], [number, number]];

/**
 * `[[west, south], [east, north]]` of a geometry, or null for none.
 * @example geometryBounds({ type: 'Point', coordinates: [40.9, 34.4] }) // [[40.9, 34.4], [40.9, 34.4]]
 */
export function geometryBounds(g: Geometry | null | undefined): Bounds | null {
	if (!g) return null;
	const ps = positions(g);
	if (ps.length === 0) return null;
	let [w, s] = ps[0];
	let [e, n] = ps[0];
	for (const [x, y] of ps) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [
		[w, s],
		[e, n]
	];
}

/** Whether two bounds overlap at all. */
export function intersects(a: Bounds, b: Bounds): boolean {
	return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}
