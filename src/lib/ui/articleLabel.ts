/**
 * An article as a person tells it from the next: "outlet · date · headline", in the page's
 * language where the article has it (outlet_ar · date · headline_ar in Arabic), never its hex id.
 */
import type { Excerpt } from '$lib/types';
import { getLocale, type Locale } from '$lib/i18n';
import { citationParts } from './citation';

export type ArticleLine = Pick<Excerpt, 'outlet_en' | 'outlet_ar' | 'reported_via' | 'headline_en' | 'headline_ar' | 'date' | 'date_precision'>;

/**
 * @example articleLabel({ outlet_en: 'Shafaq News', outlet_ar: 'شفق نيوز', headline_ar: 'عنوان', … }, 'ar')
 * // 'شفق نيوز · 8 تشرين الثاني 2025 · عنوان'
 */
export function articleLabel(line: ArticleLine, locale: Locale = getLocale()): string {
	const [source, headline, date] = citationParts(line, locale);
	return [source.text, date.text, headline.text].join(' · ');
}
