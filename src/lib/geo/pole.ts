/**
 * Where one label sits inside a polygon: its pole of inaccessibility (Mapbox's polylabel), on the
 * largest part of a multipolygon. Computed on the server, once per data version, for the layers
 * whose polygons the map labels ($lib/map/core/labelPoint), so the browser needs no polylabel.
 */
import polylabel from 'polylabel';
import type { Geometry, Position } from 'geojson';

type Ring = Position[];

function ringArea(r: Ring): number {
	let a = 0;
	for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
	return Math.abs(a / 2);
}

/**
 * The pole of inaccessibility of a polygon's largest part, to ~1/100 of a degree; null for
 * anything but a (multi)polygon with a ring.
 * @example polygonLabelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] }) // ≈ [2, 1]
 */
export function polygonLabelPoint(g: Geometry | null): Position | null {
	const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
	const withRing = polys.filter((p) => p[0]?.length);
	if (withRing.length === 0) return null;
	const rings = withRing.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
	const [x, y] = polylabel(rings as number[][][], 0.01);
	return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}
