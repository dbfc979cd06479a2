/**
 * The geography the drafter reads places with, from the gazetteer entries and the features the
 * atlas builds from them (src/lib/atlas/stages/places.ts): each entry's names, kind, a
 * representative point and its country. Pure; the caller loads the files.
 */
import type { Geometry, Position } from 'geojson';
import * as turf from '@turf/turf';
import { positions } from '$lib/geo/positions';
import type { PlaceRecord } from '../records';
import type { GazPlace, Geography } from './where';

const COUNTRY: Record<string, string> = { Iraq: 'IQ', Syria: 'SY', Turkey: 'TR', Jordan: 'JO', Iran: 'IR', 'Saudi Arabia': 'SA', Israel: 'IL', Lebanon: 'LB' };


/**
 * A representative point: the point itself, the point halfway along a line, or the centre of the
 * bounding box of an area (good enough to weigh distances of tens of km; a reviewer draws the footprint).
 * A line's box centre can lie far off it: the Iraq–Syria border bends, and its box centre is ~60 km inside
 * Syria, while «الشريط الحدودي» is the border itself (the coders' rule: the midpoint along border.geojson).
 */
export function representativePoint(g: Geometry | null): { lon: number; lat: number } | null {
	if (!g) return null;
	const ps = positions(g);
	if (!ps.length) return null;
	if (g.type === 'Point') return { lon: ps[0][0], lat: ps[0][1] };
	const r = (x: number) => Math.round(x * 1e5) / 1e5;
	if (g.type === 'LineString' || g.type === 'MultiLineString') {
		const at = halfwayAlong(g.type === 'LineString' ? [g.coordinates] : g.coordinates);
		if (at) return { lon: r(at[0]), lat: r(at[1]) };
	}
	const lons = ps.map((p) => p[0]);
	const lats = ps.map((p) => p[1]);
	return { lon: r((Math.min(...lons) + Math.max(...lons)) / 2), lat: r((Math.min(...lats) + Math.max(...lats)) / 2) };
}

/** The point halfway along the parts of a line, by distance on the ground (turf); null for a line of no length. */
function halfwayAlong(parts: Position[][]): Position | null {
	const lines = parts.filter((p) => p.length > 1).map((p) => turf.lineString(p));
	const lengths = lines.map((l) => turf.length(l));
	let left = lengths.reduce((a, b) => a + b, 0) / 2;
	if (!(left > 0)) return null;
	for (const [i, l] of lines.entries()) {
		if (left <= lengths[i]) return turf.along(l, left).geometry.coordinates;
		left -= lengths[i];
	}
	return null;
}

/**
 * A governorate's point is the mean of its outline's vertices (turf's centroid, the closing vertex of each ring left
 * out), as the coders draw a region («صحراء الأنبار», «المناطق الصحراوية غربي الأنبار») at its governorate's centroid
 * (the fixture README): a bounding box's centre lies tens of km off a governorate shaped like Anbar.
 */
export function vertexCentroid(g: Geometry | null): { lon: number; lat: number } | null {
	const rings = g?.type === 'Polygon' ? g.coordinates : g?.type === 'MultiPolygon' ? g.coordinates.flat() : null;
	if (!rings) return representativePoint(g);
	const ps = rings.flatMap((r) => (r.length > 1 && r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1] ? r.slice(0, -1) : r));
	if (!ps.length) return null;
	const r = (x: number) => Math.round(x * 1e5) / 1e5;
	return { lon: r(ps.reduce((n, p) => n + p[0], 0) / ps.length), lat: r(ps.reduce((n, p) => n + p[1], 0) / ps.length) };
}

/** A gazetteer entry as match.ts reads it, with the names the atlas keeps. */
export interface EntryLike {
	id: string;
	name_en: string;
	name_ar: string;
	kind: string;
	variants: (string | { text: string; confidence?: 'high' | 'context' })[];
	contains?: string[];
	/** The entry's geometry recipe: a GeoNames record it is drawn from is this entry, not a new town. */
	geometry?: unknown;
}

/**
 * The drafter's geography: every entry with its point and country, read from the built place
 * features (`geometry` and `properties.country`, e.g. "Syria" or "Syria; Iraq").
 */
export function geographyFrom(
	entries: readonly EntryLike[],
	features: ReadonlyMap<string, { geometry: Geometry | null; properties: { country?: string | null } }>,
	stop_phrases: readonly string[],
	records?: readonly PlaceRecord[]
): Geography {
	const places: GazPlace[] = entries.map((e) => {
		const f = features.get(e.id);
		const p = (e.kind === 'governorate' ? vertexCentroid : representativePoint)(f?.geometry ?? null);
		const country = f?.properties.country ?? null;
		return {
			id: e.id,
			name_en: e.name_en,
			name_ar: e.name_ar,
			kind: e.kind,
			variants: e.variants,
			contains: e.contains,
			geometry: e.geometry,
			lon: p?.lon ?? null,
			lat: p?.lat ?? null,
			country: country && COUNTRY[country] ? COUNTRY[country] : null
		};
	});
	return { places, stop_phrases, records };
}

/** The country of the article: most of its towns and cities lie there. */
export function countryOf(places: readonly { country?: string | null; kind: string }[]): string | null {
	const n: Record<string, number> = {};
	for (const p of places) if (p.country && p.kind !== 'country') n[p.country] = (n[p.country] ?? 0) + 1;
	const best = Object.entries(n).sort((a, b) => b[1] - a[1])[0];
	return best ? best[0] : null;
}
