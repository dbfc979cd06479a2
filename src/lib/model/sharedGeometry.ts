/**
 * The map model sends a geometry that many features share once: at 100,000 incidents thousands
 * of them are located only as "Syria" or "near Albu Kamal" and carry the same footprint polygon,
 * which was most of the bytes. Those features travel with `geometry: null` and a `geometry_ref`
 * into the collection's foreign member `geometries`; the page puts the one shared object back.
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

/**
 * Puts the shared geometries back (one object each, shared) and drops the foreign member: the
 * page's side of the wire format, undoing what JSON cannot say (one object referenced many times).
 */
export function restoreGeometries(body: { type: 'FeatureCollection'; features: MapFeature[]; geometries?: Record<string, Geometry> }): FeatureCollection {
	const g = body.geometries;
	if (!g) return body as FeatureCollection;
	for (const f of body.features) {
		const ref = f.properties?.geometry_ref;
		if (f.geometry === null && typeof ref === 'string' && g[ref]) {
			f.geometry = g[ref];
			delete f.properties!.geometry_ref;
		}
	}
	delete body.geometries;
	return body as FeatureCollection;
}
