import type { Excerpt } from '$lib/types';
import { getLocale, m, type Locale } from '$lib/i18n';
import { formatDate } from './format';

/** One piece of a citation line, with the language its text is in. */
export interface CitationPart {
	key: 'source' | 'headline' | 'date';
	text: string;
	lang: 'ar' | 'en' | null;
}

import { scriptLang } from '$lib/arabic/script';
export { scriptLang };

/**
 * An excerpt's "outlet · headline · date" line with no empty separators: the outlet, else the
 * agency it relays ("via INA"), else "outlet not stated"; the headline, else "untitled"; the date
 * no more precise than known. Each field in the page's language where the article has it: in
 * Arabic (`locale` 'ar') outlet_ar and headline_ar first, in English outlet_en and headline_en.
 * @example citationParts(e).map((p) => p.text).join(' · ') // 'Shafaq News · untitled · 8 Nov 2025'
 */
export function citationParts(
	e: Pick<Excerpt, 'outlet_en' | 'outlet_ar' | 'reported_via' | 'headline_en' | 'headline_ar' | 'date' | 'date_precision'>,
	locale: Locale = getLocale()
): CitationPart[] {
	const first = (en: string | null | undefined, ar: string | null | undefined) => (locale === 'ar' ? ar?.trim() || en?.trim() : en?.trim() || ar?.trim());
	const outlet = first(e.outlet_en, e.outlet_ar);
	const via = e.reported_via?.trim();
	const source: CitationPart = outlet
		? { key: 'source', text: outlet, lang: scriptLang(outlet) }
		: via
			? { key: 'source', text: m.via({ agency: via }, { locale }), lang: null }
			: { key: 'source', text: m.outlet_unknown({}, { locale }), lang: null };
	const title = first(e.headline_en, e.headline_ar);
	const headline: CitationPart = title ? { key: 'headline', text: title, lang: scriptLang(title) } : { key: 'headline', text: m.untitled({}, { locale }), lang: null };
	return [source, headline, { key: 'date', text: formatDate(e.date, e.date_precision, { locale }), lang: null }];
}
