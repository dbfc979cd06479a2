/**
 * Filter values in words from the whole atlas, on the server: what the printed brief's caption
 * and a filtered export's `metadata.filters_text` name. The page does the same from what it has
 * loaded ($lib/ui/valueNames); both read their words through $lib/ui/filterText.
 */
import { facetValues } from '$lib/explore/facets';
import { LIST_KEYS, type ExploreQuery } from '$lib/explore/query';
import { sourceLine } from '$lib/corpus/excerpts';
import type { Locale } from '$lib/i18n';
import { articleLabel } from '$lib/ui/articleLabel';
import { outletName, shownName } from '$lib/ui/names';
import type { Atlas } from '../atlas/build';

/** The names of the values `q` filters by, as `key:id` → words (a plain object: it travels to the page). */
export function filterNames(atlas: Atlas, q: ExploreQuery, locale: Locale): Record<string, string> {
	const out: Record<string, string> = {};
	const wanted = new Set(LIST_KEYS.flatMap((k) => (q[k] ?? []).map((id) => `${k}:${id}`)));
	for (const id of q.article ?? []) {
		const a = atlas.articles.get(id);
		if (a) out[`article:${id}`] = articleLabel(sourceLine(a.meta), locale);
	}
	for (const fc of atlas.layers.values())
		for (const f of fc.features)
			for (const key of ['actor', 'outlet'] as const)
				for (const [id, label] of facetValues(f, key))
					if (wanted.has(`${key}:${id}`) && !out[`${key}:${id}`]) out[`${key}:${id}`] = key === 'outlet' ? outletName(label, locale) : label;
	if (q.near) {
		const p = atlas.places.get(q.near.target)?.properties;
		if (p) out[`near:${q.near.target}`] = shownName(p, locale === 'ar');
	}
	return out;
}
