/**
 * RFC 7946 hygiene for everything we serve: longitude first (as GeoJSON already is), at most six
 * decimals (~0.1 m), exterior rings counter-clockwise and holes clockwise, no repeated vertices
 * left by rounding, no `crs` member.
 */
import * as turf from '@turf/turf';
import type { Geometry, Position } from 'geojson';

export const DECIMALS = 6;
const F = 10 ** DECIMALS;

/** Rounded to six decimals; a position that is not two finite numbers is left as it is, so its problem is still reported. */
export function roundPosition(p: Position): Position {
	if (p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return p;
	return [Math.round(p[0] * F) / F, Math.round(p[1] * F) / F];
}

function roundLine(line: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of line) {
		const r = roundPosition(p);
		const prev = out[out.length - 1];
		if (!prev || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
	}
	return out;
}

/** Round and dedupe; polygon rings follow the right-hand rule. */
export function toRfc7946(g: Geometry): Geometry {
	switch (g.type) {
		case 'Point':
			return { type: 'Point', coordinates: roundPosition(g.coordinates) };
		case 'MultiPoint':
			return { type: 'MultiPoint', coordinates: g.coordinates.map(roundPosition) };
		case 'LineString':
			return { type: 'LineString', coordinates: roundLine(g.coordinates) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: g.coordinates.map(roundLine) };
		case 'Polygon':
		case 'MultiPolygon': {
			const rounded: Geometry =
				g.type === 'Polygon'
					? { type: 'Polygon', coordinates: g.coordinates.map(roundLine) }
					: { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(roundLine)) };
			return turf.rewind(rounded, { reverse: false }) as Geometry;
		}
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: g.geometries.map(toRfc7946) };
	}
}

/** Problems that make a geometry not RFC 7946 as we serve it; empty when it is fine. */
export function rfc7946Problems(g: Geometry): string[] {
	const problems: string[] = [];
	const checkPos = (p: Position) => {
		if (p.length < 2 || !p.every(Number.isFinite)) return problems.push(`bad position ${JSON.stringify(p)}`);
		if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) problems.push(`position out of range ${JSON.stringify(p)}`);
		for (const n of p) if (Math.round(n * F) / F !== n) problems.push(`more than ${DECIMALS} decimals: ${n}`);
	};
	const checkRing = (ring: Position[], exterior: boolean) => {
		ring.forEach(checkPos);
		const first = ring[0];
		const last = ring[ring.length - 1];
		if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) problems.push('ring not closed or too short');
		else if (turf.booleanClockwise(ring) === exterior) problems.push(exterior ? 'exterior ring is clockwise' : 'hole is counter-clockwise');
	};
	switch (g.type) {
		case 'Point':
			checkPos(g.coordinates);
			break;
		case 'MultiPoint':
		case 'LineString':
			g.coordinates.forEach(checkPos);
			break;
		case 'MultiLineString':
			g.coordinates.forEach((l) => l.forEach(checkPos));
			break;
		case 'Polygon':
			g.coordinates.forEach((r, i) => checkRing(r, i === 0));
			break;
		case 'MultiPolygon':
			g.coordinates.forEach((poly) => poly.forEach((r, i) => checkRing(r, i === 0)));
			break;
		case 'GeometryCollection':
			g.geometries.forEach((x) => problems.push(...rfc7946Problems(x)));
			break;
	}
	return problems;
}
