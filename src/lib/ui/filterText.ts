/**
 * The page's dates and filters in words, one line each, in the interface language: the composed
 * PNG's caption (./exportText.ts), the printed brief's (src/routes/brief) and, in English, the
 * `metadata.filters_text` of a filtered export ($lib/server/layerQuery). Never the raw parameter:
 * "Within 25 km of Iraq–Syria border", "Incident type: drug seizure", an article by
 * "outlet · date · headline". Kept apart from the PNG code so the brief and the server load no map code.
 */
import { LIST_KEYS, filtersOf, parseQuery, type ExploreQuery, type ListKey } from '$lib/explore/query';
import { formatNumber, getLocale, m, term, type Locale } from '$lib/i18n';
import { formatDate } from './format';

/** A filter value (or a `near` target) in words, from what the caller knows of it; undefined: not known. */
export type ValueName = (key: ListKey | 'near', id: string) => string | undefined;

const TITLES: Record<ListKey, (i: object, o: { locale: Locale }) => string> = {
	type: m.png_param_type,
	actor: m.png_param_actor,
	article: m.png_param_article,
	outlet: m.png_param_outlet,
	kind: m.png_param_kind
};

/**
 * The filters of `q` in words. Types and kinds go through the catalogue; other values through
 * `name` (the page's or the server's knowledge of actors, outlets, articles and places), else as given.
 * @example filterWords({ near: { target: 'iraq-syria-border', km: 25 }, type: ['drug-seizure'] }, names, 'en')
 * // ['Dates: all dates', 'Incident type: drug seizure', 'Within 25 km of Iraq–Syria border']
 */
export function filterWords(q: ExploreQuery & { q?: string }, name: ValueName, locale: Locale = getLocale()): string[] {
	const o = { locale };
	const day = (d: string) => formatDate(d, 'day', o);
	const lines = [q.from || q.to ? m.png_dates({ range: `${q.from ? day(q.from) : '…'} – ${q.to ? day(q.to) : '…'}` }, o) : m.png_dates({ range: m.png_all_dates({}, o) }, o)];
	for (const key of LIST_KEYS) {
		const ids = q[key];
		if (!ids?.length) continue;
		const words = ids.map((id) => (key === 'type' || key === 'kind' ? term(id, locale) : (name(key, id) ?? id)));
		lines.push(m.words_list({ name: TITLES[key]({}, o), values: words.join(locale === 'ar' ? '، ' : ', ') }, o));
	}
	if (q.sources) lines.push(m.words_sources({ n: formatNumber(q.sources, undefined, locale) }, o));
	if (q.near) lines.push(m.words_near({ km: m.km({ n: formatNumber(q.near.km, { maximumFractionDigits: 2 }, locale) }, o), target: name('near', q.near.target) ?? q.near.target }, o));
	if (q.bbox) {
		const [west, south, east, north] = q.bbox.map((n) => formatNumber(n, { maximumFractionDigits: 2 }, locale));
		lines.push(m.words_bbox({ west, south, east, north }, o));
	}
	if (q.q) lines.push(m.words_search({ q: q.q }, o));
	return lines;
}

/** The page's query (its URL parameters) in words; a parameter the page cannot read is left out, as the map leaves it. */
export function filterText(params: URLSearchParams, name: ValueName = () => undefined): string[] {
	const q = params.get('q')?.trim();
	return filterWords({ ...filtersOf(parseQuery(params).query), ...(q ? { q } : {}) }, name);
}

/** A `ValueName` over names made elsewhere as `key:id` → words (the server's, for the brief). */
export function valueNameOf(names: Record<string, string>): ValueName {
	return (key, id) => names[`${key}:${id}`];
}
