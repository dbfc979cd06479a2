/**
 * The map's view of a layer: every property the style, the filters, the list and search read
 * (ids, names and label text, kind, scope, dates, type, actors, place and article ids, outlets,
 * precision, border distance, counts) and the geometry, but no excerpts and none of the long
 * provenance text. Panels read those from /api/places/{id} and /api/incidents/{id}; exports from
 * /api/layers/{id}. Built once per data version (see mapBody).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerId } from '$lib/types';
import { stripTashkeel } from '$lib/arabic/script';
import { outletLabel } from '$lib/explore/facets';
import { shareGeometries, type SharedCollection } from '$lib/map/core/sharedGeometry';
import { LABEL_POINT } from '$lib/map/core/labelPoint';
import { LABELLED_LAYERS } from '$lib/model/layers';
import { polygonLabelPoint } from '$lib/geo/pole';

/** Long text the map never reads: it stays in the full export and the per-feature API. */
export const HEAVY = ['excerpts', 'note', 'drawn_how', 'source', 'license', 'summary_en', 'location_note', 'date_note', 'quantities'] as const;
const DROP = new Set<string>(HEAVY);

interface ExcerptLike {
	article?: string;
	outlet_en?: string | null;
	reported_via?: string | null;
}

/**
 * One feature for the map: the heavy properties dropped; `articles` and `outlets` (what the
 * article and outlet filters read from the excerpts) and `label_ar` (the Arabic name without
 * tashkeel, as map labels draw it) added.
 * @example lightFeature(place).properties.excerpts // undefined
 */
export function lightFeature(f: Feature): Feature {
	const p = f.properties ?? {};
	const out: Record<string, unknown> = {};
	for (const k of Object.keys(p)) if (!DROP.has(k)) out[k] = p[k];
	const ex: ExcerptLike[] = Array.isArray(p.excerpts) ? p.excerpts : [];
	if (Array.isArray(p.excerpts)) {
		if (!Array.isArray(out.articles)) out.articles = [...new Set(ex.map((e) => e.article).filter(Boolean))];
		out.outlets = [...new Set(ex.map(outletLabel).filter(Boolean))];
	}
	if (typeof p.name_ar === 'string') out.label_ar = stripTashkeel(p.name_ar);
	return { type: 'Feature', ...(f.id !== undefined ? { id: f.id } : {}), geometry: f.geometry, properties: out };
}

/**
 * The light features of layer `id`, with a footprint shared by many incidents sent once
 * ($lib/map/core/sharedGeometry); in a layer whose polygons the map labels, each polygon carries its
 * label point (`label_point`, $lib/geo/pole), so the browser needs no polylabel.
 */
export function mapModel(id: LayerId, fc: FeatureCollection): SharedCollection {
	const labelled = LABELLED_LAYERS.includes(id);
	const features = fc.features.map((f) => {
		const light = lightFeature(f);
		const at = labelled ? polygonLabelPoint(light.geometry) : null;
		if (at) light.properties![LABEL_POINT] = at;
		return light;
	});
	return shareGeometries({ type: 'FeatureCollection', features });
}
