/**
 * Where the map writes "10 km", "25 km", "50 km": points on the outer edge of each border band,
 * on both sides, every `everyKm` along the border, so a reader sees which band is which without
 * the legend. Worked out from the border line the page already has (no Turf in the page): a local
 * flat projection (good to well under 1% over a band's width), the offset perpendicular to the
 * border's segment, and a check against the whole line that drops a point a bend brings closer or
 * farther than its band's edge (±`tolerance`).
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';

export interface BandLabelProperties {
	width_km: number;
	/** Which side of the border's direction: 1 left, -1 right. */
	side: 1 | -1;
	derived_from: string;
}

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

/** `p` in km east and north of `origin`. */
function toKm(p: Position, origin: Position): [number, number] {
	return [(p[0] - origin[0]) * kmPerDegLon(origin[1]), (p[1] - origin[1]) * KM_PER_DEG_LAT];
}

/** Distance in km from `p` to the polyline `line`, in the flat projection around `p`. */
export function distanceToPolylineKm(p: Position, line: Position[]): number {
	let best = Infinity;
	for (let i = 0; i + 1 < line.length; i++) {
		const [ax, ay] = toKm(line[i], p);
		const [bx, by] = toKm(line[i + 1], p);
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}

/**
 * @example bandLabelPoints([[41, 34], [41, 35]], [10, 25, 50], 60) // points 10, 25 and 50 km either side
 */
export function bandLabelPoints(line: Position[], widths: readonly number[], everyKm = 120, tolerance = 0.1): FeatureCollection<Point, BandLabelProperties> {
	const features: Feature<Point, BandLabelProperties>[] = [];
	let walked = 0;
	let next = everyKm / 2;
	for (let i = 0; i + 1 < line.length; i++) {
		const a = line[i];
		const [ex, ny] = toKm(line[i + 1], a);
		const len = Math.hypot(ex, ny);
		for (; len > 0 && next <= walked + len; next += everyKm) {
			const t = (next - walked) / len;
			const at: Position = [a[0] + t * (line[i + 1][0] - a[0]), a[1] + t * (line[i + 1][1] - a[1])];
			for (const side of [1, -1] as const)
				for (const w of widths) {
					// The left normal of (east, north) is (-north, east).
					const p: Position = [at[0] + (side * (-ny / len) * w) / kmPerDegLon(at[1]), at[1] + (side * (ex / len) * w) / KM_PER_DEG_LAT];
					if (Math.abs(distanceToPolylineKm(p, line) - w) > tolerance * w) continue;
					features.push({
						type: 'Feature',
						geometry: { type: 'Point', coordinates: p },
						properties: { width_km: w, side, derived_from: `the border line offset ${w} km perpendicular (src/lib/geo/bandLabels.ts)` }
					});
				}
		}
		walked += len;
	}
	return { type: 'FeatureCollection', features };
}
