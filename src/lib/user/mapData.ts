/**
 * The copy of a user's collection that MapLibre receives: every property under a safe key (`p0`,
 * `p1`, … in order of first appearance), values flattened to strings, numbers, booleans or null,
 * geometries reduced to their type and coordinates. The original collection is kept for display,
 * search and download.
 *
 * Why: MapLibre posts the data to its worker with its own serializer, which reads `$name` (and the
 * `constructor` of each object) to find a class, and writes keys with plain-object caches; a
 * property or a foreign member named `$name`, `constructor` or `__proto__`, anywhere in the data,
 * made the worker drop the whole layer while the import said it had succeeded.
 *
 * @example
 * const { data, keys } = mapData(layer.collection);
 * map.addSource(id, { type: 'geojson', data }); // filter on ['get', keys.get('reported')]
 */
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';

export interface MapData {
	data: FeatureCollection;
	/** Original property name → the key it has in `data`. A Map: user names stay plain strings. */
	keys: Map<string, string>;
}

type Flat = string | number | boolean | null;

/** Objects and arrays become their JSON text, as MapLibre would show them in a vector tile. */
function flat(v: unknown): Flat {
	if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	return JSON.stringify(v) ?? null;
}

/** Type and coordinates only: foreign members of a geometry never reach the map. */
function bare(g: Geometry): Geometry {
	if (g.type === 'GeometryCollection') return { type: 'GeometryCollection', geometries: g.geometries.map(bare) };
	return { type: g.type, coordinates: g.coordinates } as Geometry;
}

export function mapData(fc: FeatureCollection): MapData {
	const keys = new Map<string, string>();
	const features = fc.features.map((f): Feature => {
		const properties: Record<string, Flat> = {};
		for (const [k, v] of Object.entries(f.properties ?? {})) {
			let key = keys.get(k);
			if (key === undefined) keys.set(k, (key = `p${keys.size}`));
			properties[key] = flat(v);
		}
		return { type: 'Feature', geometry: f.geometry ? bare(f.geometry) : (null as unknown as Geometry), properties: properties as GeoJsonProperties };
	});
	return { data: { type: 'FeatureCollection', features }, keys };
}
