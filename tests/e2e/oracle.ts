// What a filter should keep, computed here from the unfiltered layer, independently of
// src/lib/explore/select.ts (the selector under test): the date rule as plain string comparison of
// ISO days, `near` with Turf's own point-to-line distance. Distances within MARGIN_KM of the limit
// are reported as unsure rather than guessed, since two correct geodesic methods may differ there.
import * as turf from '@turf/turf';
import type { Geometry, LineString, Position } from 'geojson';

export interface Dated {
	id: string;
	geometry?: Geometry;
	properties: { date_from: string; date_to: string };
}

const MARGIN_KM = 1;

/** Kept by a time range: it meets [from, to], both ends included (either end may be missing). */
export const inRange = (f: Dated, from?: string, to?: string) => (!to || f.properties.date_from <= to) && (!from || f.properties.date_to >= from);

/** The target's lines, each a LineString (a polygon by its rings). */
function lines(g: Geometry): LineString[] {
	if (g.type === 'LineString') return [g];
	if (g.type === 'MultiLineString') return g.coordinates.map((c) => ({ type: 'LineString', coordinates: c }));
	if (g.type === 'Polygon') return g.coordinates.map((c) => ({ type: 'LineString', coordinates: c }));
	if (g.type === 'MultiPolygon') return g.coordinates.flat().map((c) => ({ type: 'LineString', coordinates: c }));
	throw new Error(`no lines in a ${g.type}`);
}

const toLines = (p: Position, ls: LineString[]) => Math.min(...ls.map((l) => turf.pointToLineDistance(turf.point(p), turf.feature(l), { units: 'kilometers' })));

/** Shortest distance in km from a point or polygon to a line target: 0 where they meet. */
export function kmTo(g: Geometry, target: Geometry): number {
	const targetLines = lines(target);
	if (g.type === 'Point') return toLines(g.coordinates, targetLines);
	if (targetLines.some((l) => turf.booleanIntersects(turf.feature(g), turf.feature(l)))) return 0;
	if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && targetLines.some((l) => turf.booleanPointInPolygon(l.coordinates[0], turf.feature(g)))) return 0;
	const own = lines(g);
	const a = Math.min(...turf.coordAll(turf.feature(g)).map((p) => toLines(p, targetLines)));
	const b = Math.min(...targetLines.flatMap((l) => l.coordinates).map((p) => toLines(p, own)));
	return Math.min(a, b);
}

/**
 * The ids a query keeps, in the layer's order, and those within a kilometre of a `near` limit
 * (left out of both `keep` and the comparison; the caller checks there are few).
 */
export function expectedIds(all: Dated[], q: { from?: string; to?: string; near?: { target: Geometry; km: number } }): { keep: string[]; unsure: string[] } {
	const keep: string[] = [];
	const unsure: string[] = [];
	for (const f of all) {
		if (!inRange(f, q.from, q.to)) continue;
		if (q.near) {
			const d = kmTo(f.geometry!, q.near.target);
			if (Math.abs(d - q.near.km) <= MARGIN_KM) {
				unsure.push(f.id);
				continue;
			}
			if (d > q.near.km) continue;
		}
		keep.push(f.id);
	}
	return { keep, unsure };
}
