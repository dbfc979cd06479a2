/**
 * One pure selector for what a layer request asks for: a time range and a bounding box. Dated
 * features (incidents) are kept when their day range meets [from, to], both ends inclusive; a
 * feature with no date is kept by a time filter (it is not an event). The bbox keeps features
 * whose geometry meets the box.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { overlaps } from '$lib/corpus/dates';

export interface LayerQuery {
	from?: string;
	to?: string;
	bbox?: [number, number, number, number];
}

export function selectFeatures(fc: FeatureCollection, q: LayerQuery): FeatureCollection {
	const box = q.bbox ? turf.bboxPolygon(q.bbox) : null;
	const keep = (f: Feature) => {
		const p = f.properties ?? {};
		if ((q.from || q.to) && typeof p.date_from === 'string' && typeof p.date_to === 'string') {
			if (!overlaps(p.date_from, p.date_to, q.from, q.to)) return false;
		}
		if (box) {
			if (!f.geometry) return false;
			if (!turf.booleanIntersects(f, box)) return false;
		}
		return true;
	};
	return { type: 'FeatureCollection', features: fc.features.filter(keep) };
}
