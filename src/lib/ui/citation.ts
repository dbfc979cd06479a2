import type { Excerpt } from '$lib/types';
import { m } from '$lib/i18n';
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
 * agency it relays ("via INA"), else "outlet not stated"; the English headline, else the Arabic
 * one, else "untitled"; the date no more precise than known.
 * @example citationParts(e).map((p) => p.text).join(' · ') // 'Shafaq News · untitled · 8 Nov 2025'
 */
export function citationParts(
	e: Pick<Excerpt, 'outlet_en' | 'outlet_ar' | 'reported_via' | 'headline_en' | 'headline_ar' | 'date' | 'date_precision'>
): CitationPart[] {
	const outlet = e.outlet_en?.trim() || e.outlet_ar?.trim();
	const via = e.reported_via?.trim();
	const source: CitationPart = outlet
		? { key: 'source', text: outlet, lang: scriptLang(outlet) }
		: via
			? { key: 'source', text: m.via({ agency: via }), lang: null }
			: { key: 'source', text: m.outlet_unknown(), lang: null };
	const en = e.headline_en?.trim();
	const ar = e.headline_ar?.trim();
	const headline: CitationPart = en
		? { key: 'headline', text: en, lang: 'en' }
		: ar
			? { key: 'headline', text: ar, lang: 'ar' }
			: { key: 'headline', text: m.untitled(), lang: null };
	return [source, headline, { key: 'date', text: formatDate(e.date, e.date_precision), lang: null }];
}
