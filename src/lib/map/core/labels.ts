import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

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

/** Which language a map label leads with: the interface language. */
export type LabelLead = 'en' | 'ar';

/**
 * A two-language map label: the interface language's name first, the other under it and smaller
 * (Arabic shaped right to left by MapLibre 6). Line-placed labels cannot break, so they pass
 * `sep: ' · '`. A feature without an Arabic name shows its English one alone.
 * @example bilingualLabel('name_en', 'label_ar', 0.95, '\n', 'ar') // الأنبار over Anbar
 */
export function bilingualLabel(
	en = 'name_en',
	ar = 'label_ar',
	secondScale = 0.95,
	sep = '\n',
	lead: LabelLead = 'en'
): ExpressionSpecification {
	const english = ['coalesce', ['get', en], ''] as ExpressionSpecification;
	const hasArabic = ['!=', ['coalesce', ['get', ar], ''], ''] as ExpressionSpecification;
	if (lead === 'ar')
		return [
			'case',
			hasArabic,
			['format', ['get', ar], {}, sep, {}, english, { 'font-scale': secondScale }],
			english
		];
	return [
		'format',
		english,
		{},
		['case', hasArabic, sep, ''],
		{},
		['coalesce', ['get', ar], ''],
		{ 'font-scale': secondScale }
	];
}
