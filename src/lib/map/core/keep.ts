import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * A layer's own filter narrowed to the features whose `id` is in `keep` (null: keep all). The
 * explore filters reach the map this way — a filter expression, never new data.
 * @example keepFilter(['has', 'point_count'], ['a']) // ['all', ['has', 'point_count'], ['in', ['get', 'id'], ['literal', ['a']]]]
 */
export function keepFilter(base: FilterSpecification | null | undefined, keep: readonly string[] | null): FilterSpecification | null {
	if (!keep) return base ?? null;
	const only: FilterSpecification = ['in', ['get', 'id'], ['literal', [...keep]]];
	return base ? (['all', base, only] as FilterSpecification) : only;
}

/** Which explore layer the features of each filtered map source belong to (incidents: see IncidentsLayer). */
export const SOURCE_LAYER: Record<string, string> = {
	places: 'places',
	areas: 'areas',
	lines: 'lines',
	countries: 'countries'
};
