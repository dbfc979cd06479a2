/**
 * The one rule for how sure a location is, read by every layer, the picker, the legends and the
 * exports: ACLED's geo precision. 1: the text names the town; 2: it places the event near or in part
 * of a named place; 3: it names only a region (a country, a governorate, "the border area").
 *
 * A region-only incident (3) is never drawn as a point: it is never a marker, never part of a
 * cluster (a cluster's solid disc would say "here"), and never counted where a point is. It is
 * drawn as its region — the region hatched, with a count on the region's label — and picked
 * through the region or its label. Clusters hold only incidents at or near a named place (1–2).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

export type GeoPrecision = 1 | 2 | 3;

/** The text names only a region. */
export const REGION_ONLY: GeoPrecision = 3;

/** An incident's precision as the map reads it (a missing value is taken as the least precise). */
export function precisionOf(p: Record<string, unknown> | null | undefined): GeoPrecision {
	const v = p?.geo_precision;
	return v === 1 || v === 2 || v === 3 ? v : REGION_ONLY;
}

/** Whether an incident is located only to a region: drawn as that region, never as a point. */
export function isRegionOnly(p: Record<string, unknown> | null | undefined): boolean {
	return precisionOf(p) === REGION_ONLY;
}

/** Whether an incident may be drawn as a point and clustered: at or near a named place. */
export function isPointLike(p: Record<string, unknown> | null | undefined): boolean {
	return !isRegionOnly(p);
}

/** The same test as a MapLibre filter, for the layers that draw footprints. */
export const REGION_ONLY_FILTER: ExpressionSpecification = ['==', ['get', 'geo_precision'], REGION_ONLY];

/**
 * How each precision is drawn, in English, for the `metadata` of an exported incidents layer (the
 * file says what the map said). The PNG's legend says the same in the interface language.
 */
export const DRAWN_AS: Record<`${GeoPrecision}`, string> = {
	'1': 'At the named town: a solid dot; may be grouped with other incidents at or near named places.',
	'2': 'Near a named place: an open ring with the area around the place shaded; may be grouped with other incidents at or near named places.',
	'3': 'Located only to a region (a country, a governorate, the border area): drawn as the whole region, hatched, with a count on its label; never a point and never part of a cluster. The geometry is the region, not a location inside it.'
};
