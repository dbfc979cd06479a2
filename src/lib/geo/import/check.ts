/**
 * RFC 7946 checks on a parsed JSON value, stricter than geojson-validation and safe on anything:
 * types are looked up in fixed sets (never as keys of an object, so "toString" and "__proto__" are
 * just unknown types), positions are 2–3 finite numbers in range, rings are closed with ≥ 4
 * positions, and rings wound the wrong way are rewound in place with a warning.
 * Recursion only follows GeometryCollections, whose depth the syntax scan has already bounded.
 */
import type { ImportProblem } from './types';

export const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
const ALL_TYPES = new Set([...GEOMETRY_TYPES, 'Feature', 'FeatureCollection']);

export class Checker {
	errors: ImportProblem[] = [];
	warnings: ImportProblem[] = [];
	/** Errors found beyond the listing limit. */
	more = 0;
	rewound: string[] = [];
	private projected = false;
	constructor(private maxErrors: number) {}

	error(code: string, where: string, message: string): void {
		if (this.errors.length < this.maxErrors) this.errors.push({ code, where, message });
		else this.more++;
	}

	/** A position: [longitude, latitude] or [longitude, latitude, altitude], WGS84 degrees. */
	position(p: unknown, at: string): void {
		if (!Array.isArray(p)) return this.error('position', at, `a position must be an array [longitude, latitude], found ${kind(p)}.`);
		if (p.length < 2 || p.length > 3)
			return this.error('position-length', at, `a position must have 2 or 3 numbers (longitude, latitude[, altitude]), found ${p.length}. Remove the extra values (RFC 7946 §3.1.1).`);
		for (let i = 0; i < p.length; i++) {
			const v = p[i];
			if (typeof v !== 'number' || !Number.isFinite(v))
				return this.error('position-number', `${at}[${i}]`, `coordinates must be finite numbers, found ${kind(v)}. Fix or remove this position.`);
		}
		const [lon, lat] = p as number[];
		if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return;
		if (Math.abs(lon) > 1000 || Math.abs(lat) > 1000) {
			if (this.projected) return this.error('projected', at, `[${lon}, ${lat}] is not longitude/latitude either.`);
			this.projected = true;
			return this.error(
				'projected',
				at,
				`[${lon}, ${lat}] looks like projected coordinates (metres, e.g. UTM or Web Mercator). GeoJSON must be WGS84 longitude, latitude in degrees: reproject it, e.g. \`ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.geojson\` (add -s_srs with the source CRS if the file does not name it).`
			);
		}
		if (Math.abs(lon) > 180)
			return this.error('longitude', `${at}[0]`, `longitude ${lon} is outside −180…180. GeoJSON positions are [longitude, latitude] in degrees: check the value.`);
		return this.error('latitude', `${at}[1]`, `latitude ${lat} is outside −90…90.${Math.abs(lat) <= 180 && Math.abs(lon) <= 90 ? ' Longitude and latitude look swapped: GeoJSON puts longitude first.' : ' Check the value.'}`);
	}

	positions(list: unknown, at: string, min: number, what: string): list is unknown[] {
		if (!Array.isArray(list)) {
			this.error('coordinates', at, `${what} must be an array of positions, found ${kind(list)}.`);
			return false;
		}
		if (list.length < min) {
			this.error('too-few', at, `${what} needs at least ${min} positions, found ${list.length}.${what === 'a linear ring' ? ' A ring is closed: its last position repeats the first (RFC 7946 §3.1.6).' : ''}`);
			return false;
		}
		const before = this.errors.length + this.more;
		for (let i = 0; i < list.length; i++) this.position(list[i], `${at}[${i}]`);
		return this.errors.length + this.more === before;
	}

	/** A linear ring; `outer` rings run counter-clockwise, holes clockwise (RFC 7946 §3.1.6). */
	ring(r: unknown, at: string, outer: boolean): void {
		if (!this.positions(r, at, 4, 'a linear ring')) return;
		const ring = r as number[][];
		const a = ring[0];
		const b = ring[ring.length - 1];
		if (a[0] !== b[0] || a[1] !== b[1])
			return this.error('ring-open', at, `the ring is not closed: its last position [${b.join(', ')}] must repeat the first [${a.join(', ')}]. Add the first position at the end.`);
		if (signedArea(ring) > 0 !== outer && signedArea(ring) !== 0) {
			ring.reverse();
			this.rewound.push(at);
		}
	}

	polygon(c: unknown, at: string): void {
		if (!Array.isArray(c)) return this.error('coordinates', at, `Polygon coordinates must be an array of rings, found ${kind(c)}.`);
		if (c.length === 0) return this.error('too-few', at, 'a Polygon needs at least one ring (its outline).');
		c.forEach((r, i) => this.ring(r, `${at}[${i}]`, i === 0));
	}

	bbox(b: unknown, at: string): void {
		const ok = Array.isArray(b) && (b.length === 4 || b.length === 6) && b.every((v) => typeof v === 'number' && Number.isFinite(v));
		if (!ok) return this.error('bbox', at, `a bbox must be 4 (or 6, with altitude) numbers [west, south, east, north], found ${describeArray(b)}. Fix it or remove the bbox.`);
		const v = b as number[];
		const d = v.length / 2;
		const [w, s, e, n] = [v[0], v[1], v[d], v[d + 1]];
		if ([w, e].some((x) => Math.abs(x) > 180) || [s, n].some((y) => Math.abs(y) > 90) || s > n)
			this.error('bbox', at, `bbox [${v.join(', ')}] is not west, south, east, north in degrees (south ≤ north). Fix it or remove the bbox.`);
	}

	geometry(g: unknown, at: string): void {
		if (!isObject(g)) return this.error('geometry', at, `a geometry must be an object with "type" and "coordinates", found ${kind(g)}.`);
		const type = g.type;
		if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type))
			return this.error('geometry-type', sub(at, 'type'), `${typeName(type)} is not a geometry type: use Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection${typeof type === 'string' && ALL_TYPES.has(type) ? ' (a Feature cannot be a geometry)' : caseHint(type)}.`);
		if (Object.hasOwn(g, 'bbox')) this.bbox(g.bbox, sub(at, 'bbox'));
		if (type === 'GeometryCollection') {
			if (!Array.isArray(g.geometries)) return this.error('geometries', sub(at, 'geometries'), `a GeometryCollection needs a "geometries" array, found ${kind(g.geometries)}.`);
			g.geometries.forEach((x, i) => this.geometry(x, `${at}.geometries[${i}]`));
			return;
		}
		const c = g.coordinates;
		const cat = sub(at, 'coordinates');
		if (type === 'Point') return this.position(c, cat);
		if (type === 'MultiPoint') return void this.positions(c, cat, 0, 'a MultiPoint');
		if (type === 'LineString') return void this.positions(c, cat, 2, 'a LineString');
		if (!Array.isArray(c)) return this.error('coordinates', cat, `${type} coordinates must be an array, found ${kind(c)}.`);
		if (type === 'MultiLineString') return c.forEach((l, i) => this.positions(l, `${cat}[${i}]`, 2, 'a LineString'));
		if (type === 'Polygon') return this.polygon(c, cat);
		c.forEach((p, i) => this.polygon(p, `${cat}[${i}]`));
	}
}

/** `a.b`, or `b` at the top of the file. */
function sub(at: string, key: string): string {
	return at ? `${at}.${key}` : key;
}

export function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, safe description of a JSON value for messages. */
export function kind(v: unknown): string {
	if (v === null) return 'null';
	if (v === undefined) return 'nothing';
	if (Array.isArray(v)) return `an array of ${v.length}`;
	if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
	if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : 'a number too large to represent';
	return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

function describeArray(v: unknown): string {
	return Array.isArray(v) && v.length <= 8 ? `[${v.map((x) => (typeof x === 'number' ? String(x) : JSON.stringify(x) ?? 'null')).join(', ')}]` : kind(v);
}

export function typeName(t: unknown): string {
	return typeof t === 'string' ? `"${t.length > 40 ? t.slice(0, 40) + '…' : t}"` : t === undefined ? 'a missing "type"' : `type ${kind(t)}`;
}

/** "featurecollection" → a hint that types are case-sensitive. */
export function caseHint(t: unknown): string {
	if (typeof t !== 'string') return '';
	const match = [...ALL_TYPES].find((x) => x.toLowerCase() === t.toLowerCase());
	return match ? ` (types are case-sensitive: write "${match}")` : '';
}

/** Twice the signed area of a ring in lon/lat (positive = counter-clockwise). */
function signedArea(ring: number[][]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[i][1] + ring[j][1]);
	return sum;
}
