/**
 * The map model sends a geometry that many features share once: at 100,000 incidents thousands
 * of them are located only as "Syria" or "near Albu Kamal" and carry the same footprint polygon,
 * which was most of the bytes. Those features travel with `geometry: null` and a `geometry_ref`
 * into the collection's foreign member `geometries`, and the page keeps them so: whatever needs the
 * polygon (the near and bbox tests, the footprints drawn one by one) looks it up by that reference
 * (`geometryOf`), so the page holds one object per footprint and never walks the features to
 * put it back. Only the incidents share ($lib/atlas/mapModel): gazetteer features go to MapLibre
 * as served, each with its own geometry.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapFeature } from './map';

export interface SharedCollection extends FeatureCollection {
	geometries?: Record<string, Geometry>;
}

/** Moves every non-point geometry used by two or more features into `geometries`. */
export function shareGeometries(fc: FeatureCollection): SharedCollection {
	const seen = new Map<string, { key: string; uses: number; geometry: Geometry }>();
	const text = new Map<Feature, string>();
	for (const f of fc.features) {
		if (!f.geometry || f.geometry.type === 'Point') continue;
		const t = JSON.stringify(f.geometry);
		text.set(f, t);
		const s = seen.get(t);
		if (s) s.uses++;
		else seen.set(t, { key: `g${seen.size}`, uses: 1, geometry: f.geometry });
	}
	const geometries: Record<string, Geometry> = {};
	const features = fc.features.map((f) => {
		const s = text.has(f) ? seen.get(text.get(f)!)! : undefined;
		if (!s || s.uses < 2) return f;
		geometries[s.key] = s.geometry;
		return { ...f, geometry: null, properties: { ...f.properties, geometry_ref: s.key } } as unknown as Feature;
	});
	return Object.keys(geometries).length ? { type: 'FeatureCollection', features, geometries } : { type: 'FeatureCollection', features };
}

/** A feature whose geometry is in the collection's `geometries` (never a point: points are not shared). */
export const isShared = (f: Feature): boolean => f.geometry === null && typeof f.properties?.geometry_ref === 'string';

/**
 * A feature's geometry: its own, or the shared one its `geometry_ref` names in `geometries`.
 * @example geometryOf({ type: 'Feature', geometry: null, properties: { geometry_ref: 'g0' } }, { g0: syria }) // syria
 */
export function geometryOf(f: Feature | MapFeature, geometries: Record<string, Geometry> | undefined): Geometry | null {
	if (f.geometry) return f.geometry;
	const ref = f.properties?.geometry_ref;
	return (typeof ref === 'string' && geometries?.[ref]) || null;
}
