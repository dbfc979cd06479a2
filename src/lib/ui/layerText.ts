import type { LayerId, LayerInfo } from '$lib/types';
import { m } from '$lib/i18n';

const TEXT: Record<LayerId, { title: () => string; description?: () => string }> = {
	places: { title: m.layer_places, description: m.layer_places_desc },
	areas: { title: m.layer_areas, description: m.layer_areas_desc },
	lines: { title: m.layer_lines, description: m.layer_lines_desc },
	incidents: { title: m.layer_incidents, description: m.layer_incidents_desc },
	countries: { title: m.layer_countries, description: m.layer_countries_desc },
	governorates: { title: m.layer_governorates },
	rivers: { title: m.layer_rivers },
	lakes: { title: m.layer_lakes },
	'countries-all': { title: m.layer_countries_all },
	'border-bands': { title: m.layer_border_bands, description: m.layer_border_bands_desc }
};

/** A layer's title and description in the interface language; the API's English for a layer the catalogue lacks. */
export function layerText(l: Pick<LayerInfo, 'id' | 'title' | 'description'>): { title: string; description: string } {
	const t = TEXT[l.id] as (typeof TEXT)[LayerId] | undefined;
	return { title: t?.title() ?? l.title, description: t?.description?.() ?? l.description };
}
