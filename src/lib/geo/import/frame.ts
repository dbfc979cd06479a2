/**
 * Where an imported file's features lie against the atlas' frame (the basemap's extent): how many
 * fall outside it, and whether swapping longitude and latitude would bring them in — the commonest
 * mistake in hand-made GeoJSON ([lat, lon] instead of RFC 7946's [lon, lat]). The import message
 * says so and offers the swap; nothing is changed without the user's click.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { geometryBounds, intersects, type Bounds } from '$lib/map/core/bounds';
import { BASEMAP_EXTENT } from '$lib/map/core/style';

export interface FrameCheck {
	/** Features with a geometry. */
	total: number;
	/** Of those, how many do not meet the frame at all. */
	outside: number;
	/** Whether, with longitude and latitude swapped, at least as many more would meet the frame and most would. */
	swapped: boolean;
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
	switch (g.type) {
		case 'Point':
			return { ...g, coordinates: f(g.coordinates) };
		case 'MultiPoint':
		case 'LineString':
			return { ...g, coordinates: g.coordinates.map(f) };
		case 'MultiLineString':
		case 'Polygon':
			return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) };
		case 'MultiPolygon':
			return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
		case 'GeometryCollection':
			return { ...g, geometries: g.geometries.map((x) => mapPositions(x, f)) };
	}
}

const swap = ([x, y, ...rest]: Position): Position => [y, x, ...rest];

/** The collection with every position's longitude and latitude exchanged (any altitude kept). */
export function swapLonLat(fc: FeatureCollection): FeatureCollection {
	return { ...fc, features: fc.features.map((f): Feature => (f.geometry ? { ...f, geometry: mapPositions(f.geometry, swap) } : f)) };
}

/**
 * How `fc` lies against `frame` (default: the atlas' extent).
 * @example checkFrame({ type: 'FeatureCollection', features: [point([34.4, 40.9])] }) // { total: 1, outside: 1, swapped: true }
 */
export function checkFrame(fc: FeatureCollection, frame: Bounds = BASEMAP_EXTENT): FrameCheck {
	let total = 0;
	let outside = 0;
	let insideSwapped = 0;
	for (const f of fc.features) {
		const b = geometryBounds(f.geometry);
		if (!b) continue;
		total++;
		if (intersects(b, frame)) continue;
		outside++;
		const s: Bounds = [swap(b[0]) as [number, number], swap(b[1]) as [number, number]];
		if (intersects(s, frame)) insideSwapped++;
	}
	return { total, outside, swapped: outside > 0 && insideSwapped * 2 > total };
}
