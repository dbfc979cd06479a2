import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';

type Ring = Position[];

function ringArea(r: Ring): number {
	let a = 0;
	for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
	return Math.abs(a / 2);
}

function inside([x, y]: Position, rings: Ring[]): boolean {
	let c = false;
	for (const r of rings)
		for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
			const [xi, yi] = r[i];
			const [xj, yj] = r[j];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
		}
	return c;
}

function edgeDistance([x, y]: Position, rings: Ring[], k: number): number {
	let best = Infinity;
	for (const r of rings)
		for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
			const ax = r[j][0] * k, ay = r[j][1];
			const bx = r[i][0] * k, by = r[i][1];
			const px = x * k;
			const dx = bx - ax, dy = by - ay;
			const len = dx * dx + dy * dy;
			const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / len)) : 0;
			const ex = ax + t * dx - px, ey = ay + t * dy - y;
			best = Math.min(best, ex * ex + ey * ey);
		}
	return Math.sqrt(best);
}

/**
 * A point well inside a polygon's largest part (roughly its pole of inaccessibility), where one
 * label can sit. MapLibre labels polygons once per tile, which repeats them; one point each does not.
 * @example labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] }) // ≈ [2, 1]
 */
export function labelPoint(g: Geometry | null): Position | null {
	if (!g) return null;
	if (g.type === 'Point') return g.coordinates;
	if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)] ?? null;
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	if (polys.length === 0) return null;
	const rings = polys.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of rings[0]) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
	const k = Math.cos((((s + n) / 2) * Math.PI) / 180); // degrees of longitude shrink with latitude
	let best: Position = [(w + e) / 2, (s + n) / 2];
	let bestD = inside(best, rings) ? edgeDistance(best, rings, k) : -1;
	// Coarse grid over the box, then two finer grids around the best cell.
	let [cx, cy, hw, hh] = [(w + e) / 2, (s + n) / 2, (e - w) / 2, (n - s) / 2];
	for (let pass = 0; pass < 3; pass++) {
		const N = 16;
		for (let i = 0; i <= N; i++)
			for (let j = 0; j <= N; j++) {
				const p: Position = [cx - hw + (2 * hw * i) / N, cy - hh + (2 * hh * j) / N];
				if (!inside(p, rings)) continue;
				const d = edgeDistance(p, rings, k);
				if (d > bestD) [best, bestD] = [p, d];
			}
		[cx, cy, hw, hh] = [best[0], best[1], hw / 4, hh / 4];
	}
	return bestD >= 0 ? best : rings[0][0];
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
