import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';

/** The one font stack the offline glyphs are generated for (static/glyphs/<stack>/<range>.pbf). */
export const FONT_STACK = ['Noto Sans Regular', 'Noto Naskh Arabic Regular'];
export const FONT_STACK_BOLD = ['Noto Sans Bold', 'Noto Naskh Arabic Bold'];

// Harakat, superscript alef, Quranic marks and tatweel: MapLibre's shaper spaces these badly.
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Arabic without diacritics, for map labels only (panels keep the text as written).
 * @example stripTashkeel('دِمَشْق') // 'دمشق'
 */
export function stripTashkeel(s: string): string {
	return s.replace(TASHKEEL, '');
}

/**
 * A copy of `fc` whose features carry `label_ar`: `name_ar` without tashkeel. The API's own
 * properties are left as they are.
 */
export function withMapLabels<T extends FeatureCollection<Geometry | null>>(fc: T): T {
	return {
		...fc,
		features: fc.features.map((f) => {
			const ar = f.properties?.name_ar;
			return typeof ar === 'string'
				? { ...f, properties: { ...f.properties, label_ar: stripTashkeel(ar) } }
				: f;
		})
	};
}

/**
 * English name, then the Arabic one under it (shaped right to left by MapLibre 6). Line-placed
 * labels cannot break, so they pass `sep: ' · '`.
 */
export function bilingualLabel(
	en = 'name_en',
	ar = 'label_ar',
	arScale = 0.95,
	sep = '\n'
): ExpressionSpecification {
	return [
		'format',
		['coalesce', ['get', en], ''],
		{},
		['case', ['has', ar], sep, ''],
		{},
		['coalesce', ['get', ar], ''],
		{ 'font-scale': arScale }
	];
}
