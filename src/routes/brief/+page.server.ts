import { getAtlas } from '$lib/server/atlas';
import { atlasContext } from '$lib/server/layerQuery';
import { filtersOf, parseQuery } from '$lib/explore/query';
import { selectFeatures } from '$lib/explore/select';
import { briefModel } from '$lib/explore/brief';
import type { IncidentFeature } from '$lib/types';
import { getLocale } from '$lib/i18n';
import { filterNames } from '$lib/server/filterNames';
import type { PageServerLoad } from './$types';

// The printed brief of `/brief?<the page's query>`: the incidents the page's one selector keeps,
// with their excerpts, and counts. A parameter that cannot be read is named and ignored, as on
// the map page (never a blank page).
export const load: PageServerLoad = ({ url }) => {
	const atlas = getAtlas();
	const { query, errors } = parseQuery(url.searchParams);
	const filters = filtersOf(query);
	const ctx = atlasContext(atlas);
	if (filters.near && !ctx.target(filters.near.target)) delete filters.near;
	const kept = selectFeatures(atlas.layers.get('incidents') ?? { type: 'FeatureCollection', features: [] }, filters, ctx) as IncidentFeature[];
	const brief = briefModel(kept, (id) => {
		const p = atlas.places.get(id);
		return p ? { id, name_en: p.properties.name_en, name_ar: p.properties.name_ar } : null;
	});
	// When it was made: stamped on the server, so the page and its hydration say the same.
	// The filters' values in words (articles, outlets, the near target), in the page's language.
	const names = filterNames(atlas, filters, getLocale());
	return { brief, names, made: new Date().toISOString(), errors: errors.map((e) => ({ code: e.code, param: e.param, message: e.message })) };
};
