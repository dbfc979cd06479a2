/**
 * Facts computed from geometry with turf, never typed in: distance to the Iraq–Syria border,
 * the countries and governorates a feature lies in, length of lines, area of polygons.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export interface Facts {
	border_distance_km: number | null;
	country: string | null;
	governorate: string | null;
	length_km: number | null;
	area_km2: number | null;
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function vertices(g: Geometry): Position[] {
	return turf.coordAll(turf.feature(g));
}

function lineParts(g: LineString | MultiLineString): Position[][] {
	return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** Equirectangular km, good to a fraction of a percent over this region: only used to pick candidates. */
function planarKm(p: Position, a: Position, b: Position): number {
	const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180) * 111.32;
	const [px, py, ax, ay, bx, by] = [p[0] * k, p[1] * 110.57, a[0] * k, a[1] * 110.57, b[0] * k, b[1] * 110.57];
	const dx = bx - ax;
	const dy = by - ay;
	const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Geodesic distance in km from any of `points` to the nearest of `lines`. Candidates are picked
 * with a planar estimate, then measured exactly with turf.
 */
function nearestKm(points: Position[], lines: Position[][]): number {
	const approx = points.map((p) => {
		let best = Infinity;
		for (const l of lines) for (let i = 1; i < l.length; i++) best = Math.min(best, planarKm(p, l[i - 1], l[i]));
		return best;
	});
	const floor = Math.min(...approx);
	let best = Infinity;
	const features = lines.filter((l) => l.length >= 2).map((l) => turf.lineString(l));
	points.forEach((p, i) => {
		if (approx[i] > floor * 1.02 + 2) return;
		for (const f of features) best = Math.min(best, turf.pointToLineDistance(p, f, { units: 'kilometers' }));
	});
	return best;
}

/** Shortest distance in km from a geometry to a (multi)line; 0 where they touch or cross. */
export function distanceToLineKm(g: Geometry, line: Feature<LineString | MultiLineString>): number {
	const target = lineParts(line.geometry);
	if (g.type === 'Point') return nearestKm([g.coordinates], target);
	if (turf.booleanIntersects(turf.feature(g), line)) return 0;
	if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
		// A line wholly inside a polygon does not cross its boundary, yet its distance is 0.
		if (vertices(line.geometry).some((p) => turf.booleanPointInPolygon(p, turf.feature(g)))) return 0;
	}
	let best = nearestKm(vertices(g), target);
	// And the other way round: the line's vertices to the geometry's outline.
	const outline =
		g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.type === 'LineString' || g.type === 'MultiLineString' ? lineParts(g) : [];
	if (outline.length) best = Math.min(best, nearestKm(vertices(line.geometry), outline));
	return best;
}

/** Points spread over a polygon (a grid clipped to it), to measure how much of it lies where. */
function samples(g: Polygon | MultiPolygon, n = 24): Position[] {
	const [w, s, e, nn] = turf.bbox(g);
	const f = turf.feature(g);
	const out: Position[] = [];
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			const p = [w + ((i + 0.5) * (e - w)) / n, s + ((j + 0.5) * (nn - s)) / n];
			if (turf.booleanPointInPolygon(p, f)) out.push(p);
		}
	if (out.length === 0) out.push(turf.pointOnFeature(f).geometry.coordinates);
	return out;
}

/** Points strictly inside each segment (never its end points), so a line that only touches a polygon at a vertex does not count. */
function midpoints(lines: Position[][]): Position[] {
	const out: Position[] = [];
	for (const l of lines)
		for (let i = 1; i < l.length; i++)
			for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) out.push([l[i - 1][0] + t * (l[i][0] - l[i - 1][0]), l[i - 1][1] + t * (l[i][1] - l[i - 1][1])]);
	return out;
}

/**
 * Names of the polygons in `within` that a geometry lies in. Points: contained (boundary counts).
 * Lines: a segment midpoint lies inside, so touching at an end point does not count. Polygons: at
 * least 1% of a grid of sample points lies inside, so neighbours along a shared edge do not count.
 */
export function containing(g: Geometry, within: FeatureCollection, name: (f: Feature) => string): string[] {
	const probes: Position[] =
		g.type === 'Point'
			? [g.coordinates]
			: g.type === 'LineString' || g.type === 'MultiLineString'
				? midpoints(lineParts(g))
				: g.type === 'Polygon' || g.type === 'MultiPolygon'
					? samples(g)
					: [];
	const needed = g.type === 'Polygon' || g.type === 'MultiPolygon' ? Math.max(1, Math.ceil(probes.length * 0.01)) : 1;
	const box = turf.bbox(turf.feature(g));
	const out: string[] = [];
	for (const poly of within.features) {
		if (poly.geometry.type !== 'Polygon' && poly.geometry.type !== 'MultiPolygon') continue;
		const pb = turf.bbox(poly);
		if (pb[0] > box[2] || pb[2] < box[0] || pb[1] > box[3] || pb[3] < box[1]) continue;
		const target = poly as Feature<Polygon | MultiPolygon>;
		let hits = 0;
		for (const p of probes) if (turf.booleanPointInPolygon(p, target) && ++hits >= needed) break;
		if (hits >= needed) out.push(name(poly));
	}
	return out;
}

export interface FactSources {
	border: Feature<LineString | MultiLineString>;
	countries: FeatureCollection;
	governorates: FeatureCollection;
}

export function computeFacts(g: Geometry, src: FactSources): Facts {
	const countries = containing(g, src.countries, (f) => String(f.properties?.name));
	const govs = containing(g, src.governorates, (f) => String(f.properties?.label_en ?? f.properties?.name_en));
	const isLine = g.type === 'LineString' || g.type === 'MultiLineString';
	const isPoly = g.type === 'Polygon' || g.type === 'MultiPolygon';
	return {
		border_distance_km: round(distanceToLineKm(g, src.border)),
		country: countries.length ? countries.join('; ') : null,
		governorate: govs.length ? govs.join('; ') : null,
		length_km: isLine ? round(turf.length(turf.feature(g), { units: 'kilometers' })) : null,
		area_km2: isPoly ? Math.round(turf.area(turf.feature(g)) / 1e6) : null
	};
}
