import type { Feature, FeatureCollection, Point } from 'geojson';

const hasArea = (f: Feature) => !!f.geometry && f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint';

/**
 * One marker per incident at its anchor (the named town, or the centre of its footprint), with
 * only the properties the markers are styled by.
 */
export function incidentAnchors(fc: FeatureCollection): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: fc.features.flatMap((f): Feature<Point>[] => {
			const p = f.properties ?? {};
			if (typeof p.anchor_lon !== 'number' || typeof p.anchor_lat !== 'number') return [];
			return [
				{
					type: 'Feature',
					id: f.id,
					geometry: { type: 'Point', coordinates: [p.anchor_lon, p.anchor_lat] },
					properties: {
						id: p.id ?? f.id,
						geo_precision: p.geo_precision ?? 1,
						type: p.type ?? null,
						date: p.date ?? null,
						date_from: p.date_from ?? null,
						date_to: p.date_to ?? null,
						title_en: p.title_en ?? null,
						title_ar: p.title_ar ?? null
					}
				}
			];
		})
	};
}

/** Above this many footprints, incidents sharing one are drawn as one outline (ids: the footprint's place): a 90-day window at 100,000 incidents holds hundreds of copies of one country polygon otherwise. */
export const SHARED_FOOTPRINTS = 100;

/**
 * The incidents drawn with an area footprint (geo precision 2 and 3): everything but points.
 * At scale, thousands of incidents share a few footprints: each is drawn once, not stacked.
 */
export function incidentFootprints(fc: FeatureCollection): FeatureCollection {
	const areas = fc.features.filter(hasArea);
	if (areas.length > SHARED_FOOTPRINTS) {
		const once = new Map<string, Feature>();
		for (const f of areas) {
			const key = String(f.properties?.footprint_id ?? f.id);
			if (!once.has(key)) once.set(key, { type: 'Feature', id: key, geometry: f.geometry, properties: { id: key, geo_precision: f.properties?.geo_precision ?? null, shared: true } });
		}
		return { type: 'FeatureCollection', features: [...once.values()] };
	}
	return {
		type: 'FeatureCollection',
		features: areas
			.map((f) => ({
				type: 'Feature',
				id: f.id,
				geometry: f.geometry,
				properties: {
					id: f.properties?.id ?? f.id,
					geo_precision: f.properties?.geo_precision ?? null,
					title_en: f.properties?.title_en ?? null,
					title_ar: f.properties?.title_ar ?? null,
					radius_km: f.properties?.radius_km ?? null
				}
			}))
	};
}

/** Whether `footprints` (what `incidentFootprints` made) are outlines shared by many incidents. */
export function sharedFootprints(footprints: FeatureCollection): boolean {
	return footprints.features[0]?.properties?.shared === true;
}

/**
 * The footprints of `all` that `shown` (the kept incidents' footprints, both made by
 * `incidentFootprints`) lacks. At scale the map keeps every shared footprint and hides these by
 * feature-state, so a step of the time filter changes a few states on the page instead of
 * re-tiling every polygon in MapLibre's worker on every step.
 */
export function hiddenFootprints(all: FeatureCollection, shown: FeatureCollection): Set<string> {
	const keep = new Set(shown.features.map((f) => String(f.id)));
	return new Set(all.features.map((f) => String(f.id)).filter((id) => !keep.has(id)));
}
