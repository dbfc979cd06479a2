/**
 * The map's view of a layer: every property the style, the filters, the list and search read
 * (ids, names and label text, kind, scope, dates, type, actors, place and article ids, outlets,
 * precision, border distance, counts) and the geometry, but no excerpts and none of the long
 * provenance text. Panels read those from /api/places/{id} and /api/incidents/{id}; exports from
 * /api/layers/{id}. Built once per data version (see mapBody), in the form the map's sources take:
 * label points and shared footprints are features of their own, which the page hands to MapLibre.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerId } from '$lib/types';
import { stripTashkeel } from '$lib/arabic/script';
import { outletLabel } from '$lib/explore/facets';
import { shareGeometries } from '$lib/model/sharedGeometry';
import { layerLabelPoints } from './labelPoints';
import { LABEL_POINT, SHARED_FOOTPRINTS, type MapModel } from '$lib/model/map';
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

const hasArea = (f: Feature) => !!f.geometry && f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint';

/**
 * The incidents' footprints once per place (`footprint_id`), for a map that holds more than
 * SHARED_FOOTPRINTS of them: there thousands of incidents share a few footprints, and each is drawn
 * once (ids: the footprint's place; `shared`: no incident's own, so never picked as one) and hidden
 * by feature-state when no kept incident has it. Null below the threshold, where each incident's
 * own footprint is drawn.
 * @example incidentFootprints(incidents)?.features.map((f) => f.id) // ['syria', 'qamishli-countryside']
 */
export function incidentFootprints(incidents: readonly Feature[]): FeatureCollection | null {
	const areas = incidents.filter(hasArea);
	if (areas.length <= SHARED_FOOTPRINTS) return null;
	const once = new Map<string, Feature>();
	for (const f of areas) {
		const key = String(f.properties?.footprint_id ?? f.id);
		if (!once.has(key)) once.set(key, { type: 'Feature', id: key, geometry: f.geometry, properties: { id: key, geo_precision: f.properties?.geo_precision ?? null, shared: true } });
	}
	return { type: 'FeatureCollection', features: [...once.values()] };
}

/**
 * The map model of layer `id`: its light features, with a footprint shared by many incidents
 * sent once and looked up by reference on the page ($lib/model/sharedGeometry); in a layer the map labels, its label points as features of their
 * own (`labels`, ./labelPoints) and on each polygon (`label_point`); for the incidents at scale,
 * their footprints once per place (`footprints`).
 */
export function mapModel(id: LayerId, fc: FeatureCollection): MapModel {
	const labelled = LABELLED_LAYERS.includes(id);
	const features = fc.features.map((f) => {
		const light = lightFeature(f);
		const at = labelled ? polygonLabelPoint(light.geometry) : null;
		if (at) light.properties![LABEL_POINT] = at;
		return light;
	});
	const footprints = id === 'incidents' ? incidentFootprints(features) : null;
	const labels = labelled ? layerLabelPoints({ type: 'FeatureCollection', features }) : null;
	// Only incidents share a polygon (thousands located only as "Syria"); a gazetteer layer goes to
	// MapLibre as served, so each of its features keeps its own geometry.
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	const shared = id === 'incidents' ? shareGeometries(collection) : collection;
	return { ...shared, ...(labels ? { labels } : {}), ...(footprints ? { footprints } : {}) };
}
