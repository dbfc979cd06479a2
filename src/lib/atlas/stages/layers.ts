/** Stage 5, layers: the gazetteer layers, the incidents by date, the reference (basemap) layers and the border bands. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { References } from '$lib/geo/recipe';
import { borderBands, type BandSide } from '$lib/geo/bands';
import type { IncidentFeature, LayerId, PlaceFeature } from '$lib/types';
import type { Problem } from '$lib/schema/parse';
import { referenceLayers } from '../reference';
import { GAZETTEER_LAYERS } from '$lib/model/layers';

/** A problem (a missing reference file) leaves its layer empty and is pushed onto `problems`. */
export function buildLayers(
	places: ReadonlyMap<string, PlaceFeature>,
	incidents: ReadonlyMap<string, IncidentFeature>,
	refs: References,
	problems: Problem[] = []
): Map<LayerId, FeatureCollection> {
	const layers = new Map<LayerId, FeatureCollection>();
	for (const id of GAZETTEER_LAYERS)
		layers.set(id, { type: 'FeatureCollection', features: [...places.values()].filter((p) => p.properties.layer === id) as Feature[] });
	layers.set('incidents', {
		type: 'FeatureCollection',
		features: [...incidents.values()].sort((a, b) => a.properties.date_from.localeCompare(b.properties.date_from))
	});
	for (const [id, fc] of referenceLayers(refs)) layers.set(id, fc);
	try {
		layers.set('border-bands', bandsLayer(refs));
	} catch (e) {
		problems.push({ where: 'layers/border-bands', message: `${(e as Error).message}; the border bands are empty` });
		layers.set('border-bands', { type: 'FeatureCollection', features: [] });
	}
	return layers;
}

const SIDES = [
	{ iso_a3: 'IRQ', name_en: 'Iraq', side_ar: 'الجانب العراقي' },
	{ iso_a3: 'SYR', name_en: 'Syria', side_ar: 'الجانب السوري' }
];

/** 10, 25 and 50 km either side of the Natural Earth border line, cut to each country's polygon. */
export function bandsLayer(refs: References): FeatureCollection {
	const border = refs.border?.features[0];
	if (!border) throw new Error('geodata/reference/border.geojson holds no border line');
	const sides: BandSide[] = SIDES.map((s) => {
		const c = refs.countries?.features.find((f) => f.properties?.iso_a3 === s.iso_a3);
		if (!c || (c.geometry.type !== 'Polygon' && c.geometry.type !== 'MultiPolygon'))
			throw new Error(`geodata/reference/countries.geojson has no polygon for ${s.iso_a3}`);
		return { ...s, geometry: c.geometry as Polygon | MultiPolygon };
	});
	const detail = String(border.properties?.source_detail ?? border.properties?.source ?? 'Natural Earth');
	return borderBands(border, sides, {
		border: `geodata/reference/border.geojson (${detail})`,
		countries: 'geodata/reference/countries.geojson (Natural Earth 1:10m admin-0 v4.1.0 via world-atlas@2.0.2)',
		license: 'Public domain (Natural Earth); derivation CC BY 4.0 Frontier Atlas'
	}) as FeatureCollection;
}
