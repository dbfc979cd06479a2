/**
 * The geometry tests of the `near` and `bbox` filters, with Turf: the server's selector always
 * uses them; the page fetches this module only when a query asks for one (Turf is most of the
 * JavaScript the selector would otherwise bring to every page).
 */
import * as turf from '@turf/turf';
import { distanceKm } from '$lib/geo/distance';
import type { GeoTests } from './select';

export const geoTests: GeoTests = {
	distanceKm,
	meetsBox(bbox) {
		const box = turf.bboxPolygon(bbox);
		return (g) => turf.booleanIntersects(g, box);
	}
};
