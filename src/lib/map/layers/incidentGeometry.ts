import type { Feature, FeatureCollection, Point } from 'geojson';

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
						title_en: p.title_en ?? null
					}
				}
			];
		})
	};
}

/** The incidents drawn with an area footprint (geo precision 2 and 3): everything but points. */
export function incidentFootprints(fc: FeatureCollection): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: fc.features
			.filter((f) => f.geometry && f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint')
			.map((f) => ({
				type: 'Feature',
				id: f.id,
				geometry: f.geometry,
				properties: {
					id: f.properties?.id ?? f.id,
					geo_precision: f.properties?.geo_precision ?? null,
					title_en: f.properties?.title_en ?? null,
					radius_km: f.properties?.radius_km ?? null
				}
			}))
	};
}
