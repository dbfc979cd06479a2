/**
 * Border bands: the land within 10, 25 and 50 km of the Iraq–Syria border, on each side. Derived
 * with Turf from the reference data at build time (never typed in): `turf.buffer` of the border
 * line, intersected with each country's polygon. Each band is the whole zone from the border out
 * to its width, so the 10 km band lies inside the 25 km one: "within N km" reads off one feature.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { toRfc7946 } from './rfc7946';

import { BAND_WIDTHS_KM } from '$lib/model/layers';

/** Band widths in km, narrowest first (the model's). */
export { BAND_WIDTHS_KM };

/** Buffer steps per quarter circle: 16 keeps the band edge within ~0.5% of its width. */
const STEPS = 16;

export interface BandSide {
	/** ISO 3166-1 alpha-3 of the country, e.g. `IRQ`. */
	iso_a3: string;
	name_en: string;
	/** "The Iraqi side", in Arabic: الجانب العراقي. */
	side_ar: string;
	/** The country's polygon (from the same reference data the border line comes from). */
	geometry: Polygon | MultiPolygon;
}

export interface BandSource {
	/** Where the border line comes from, e.g. the reference file and its upstream source. */
	border: string;
	/** Where the country polygons come from. */
	countries: string;
	license: string;
}

export interface BandProperties {
	id: string;
	name_en: string;
	name_ar: string;
	kind: 'border-band';
	width_km: number;
	/** ISO alpha-3 of the side the band lies on. */
	side: string;
	country: string;
	geometry_basis: 'derived';
	/** How the geometry was made, in words, naming the Turf calls. */
	drawn_how: string;
	derived_from: string[];
	source: string;
	license: string;
	area_km2: number;
	excerpts: [];
}

/**
 * The bands of `border` on each of `sides`, widest first (so a map draws the narrow ones on top).
 * @example borderBands(borderLine, [iraq, syria], src).features.map((f) => f.id)
 * // ['border-band-50km-irq', 'border-band-50km-syr', 'border-band-25km-irq', …]
 */
export function borderBands(
	border: Feature<Geometry>,
	sides: BandSide[],
	source: BandSource,
	widths: readonly number[] = BAND_WIDTHS_KM
): FeatureCollection<Polygon | MultiPolygon, BandProperties> {
	const features: Feature<Polygon | MultiPolygon, BandProperties>[] = [];
	for (const km of [...widths].sort((a, b) => b - a)) {
		const zone = turf.buffer(border, km, { units: 'kilometers', steps: STEPS });
		if (!zone) throw new Error(`buffer of the border by ${km} km is empty`);
		for (const side of sides) {
			const part = turf.intersect(turf.featureCollection([zone, turf.feature(side.geometry)]));
			if (!part) throw new Error(`the ${km} km band does not meet ${side.name_en}`);
			const geometry = toRfc7946(part.geometry) as Polygon | MultiPolygon;
			const id = `border-band-${km}km-${side.iso_a3.toLowerCase()}`;
			features.push({
				type: 'Feature',
				id,
				geometry,
				properties: {
					id,
					name_en: `Within ${km} km of the Iraq–Syria border (${side.name_en} side)`,
					name_ar: `ضمن ${km} كم من الحدود العراقية السورية (${side.side_ar})`,
					kind: 'border-band',
					width_km: km,
					side: side.iso_a3,
					country: side.name_en,
					geometry_basis: 'derived',
					drawn_how: `turf.buffer(border line, ${km} km, { steps: ${STEPS} }) intersected (turf.intersect) with the ${side.name_en} country polygon; computed by \`npm run data\` and at server start-up.`,
					derived_from: [source.border, source.countries],
					source: `Frontier Atlas, derived from ${source.border}`,
					license: source.license,
					area_km2: Math.round(turf.area(geometry) / 1e6),
					excerpts: []
				}
			});
		}
	}
	return { type: 'FeatureCollection', features };
}
