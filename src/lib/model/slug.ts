/**
 * The one way a name becomes an id: lower-case Latin letters and digits, anything else a hyphen,
 * diacritics dropped, text in brackets (usually the Arabic original) left out, at most 60
 * characters. Gazetteer ids from GeoNames, reference feature ids and the filters' actor and
 * outlet ids all come from it. An empty string when nothing Latin is left.
 * @example slug('Iraqi News Agency (وكالة الأنباء العراقية)') // 'iraqi-news-agency'
 * @example slug('Al Mayādīn') // 'al-mayadin'
 */
export function slug(s: string): string {
	return s
		.replace(/\([^)]*\)/g, ' ')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}
