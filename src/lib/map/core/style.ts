// Style spec root: https://maplibre.org/maplibre-style-spec/root/
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { GLYPHS_URL } from './glyphs';
import { bilingualLabel, FONT_STACK, FONT_STACK_BOLD, type LabelLead } from './labels';
import { palette as c } from './palette';

/** The initial view: the frontier from the Mediterranean to the Zagros. */
export const FRONTIER_BOUNDS: [[number, number], [number, number]] = [
	[35, 31],
	[48, 38]
];

/**
 * The initial view on a portrait phone: the border from Turkey to Jordan with the towns on it,
 * at the zoom where the frontier fills the screen's width (the whole frontier would be a sliver).
 */
export const BORDER_BOUNDS: [[number, number], [number, number]] = [
	[38.4, 33],
	[43.4, 37.2]
];

/**
 * The basemap's reference data is clipped to this box (geodata/reference/PROVENANCE.md). The sea
 * is drawn inside it only, and outside it is a plain "no data" margin, so the straight edges of
 * the clip read as the frame of the atlas, never as a coast.
 */
export const BASEMAP_EXTENT: [[number, number], [number, number]] = [
	[34, 29],
	[49, 38.5]
];

/**
 * How far the camera may go: the extent plus a margin, so a feature near the extent's edge can
 * still be framed beside the sidebar (which covers a quarter of a desktop map).
 */
export const CAMERA_BOUNDS: [[number, number], [number, number]] = [
	[BASEMAP_EXTENT[0][0] - 7, BASEMAP_EXTENT[0][1] - 4],
	[BASEMAP_EXTENT[1][0] + 7, BASEMAP_EXTENT[1][1] + 4]
];

const [[W, S], [E, N]] = BASEMAP_EXTENT;
const EXTENT_BOX: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates: [[[W, S], [E, S], [E, N], [W, N], [W, S]]] }
		}
	]
};

/** Id of the first basemap label layer: data layers are inserted below it, labels above. */
export const BASEMAP_LABELS = 'governorate-labels';

/**
 * Country names: moved above every other label once the data layers are in (<LabelOrder>),
 * so MapLibre places them first and a place or area label never hides a country's name.
 */
export const COUNTRY_LABELS = 'country-labels';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The app's own offline basemap: every source is this app's `/api/layers/{id}`, the glyphs are
 * generated at build time into `static/glyphs` (the style names them `atlas-glyphs://…`, which
 * MapView serves from `/glyphs/` through `glyphLoader`). Nothing is fetched from another host.
 * Labels lead with the name in `lead`, the interface language.
 * @example new maplibregl.Map({ container, style: basemapStyle(location.origin, 'ar') })
 */
export function basemapStyle(origin: string, lead: LabelLead = 'en'): StyleSpecification {
	const layer = (id: string) => `${origin}/api/map/${id}`;
	return {
		version: 8,
		name: 'Frontier Atlas basemap',
		glyphs: GLYPHS_URL,
		sources: {
			extent: { type: 'geojson', data: EXTENT_BOX },
			'countries-all': { type: 'geojson', data: EMPTY },
			governorates: { type: 'geojson', data: EMPTY },
			// The border line is part of the basemap too, so hiding the "lines" layer never hides it.
			border: { type: 'geojson', data: EMPTY },
			'country-label-points': { type: 'geojson', data: EMPTY },
			'governorate-label-points': { type: 'geojson', data: EMPTY },
			rivers: { type: 'geojson', data: EMPTY },
			'river-label-points': { type: 'geojson', data: EMPTY },
			lakes: { type: 'geojson', data: layer('lakes') }
		},
		layers: [
			{ id: 'no-data', type: 'background', paint: { 'background-color': c.noData } },
			{ id: 'sea', type: 'fill', source: 'extent', paint: { 'fill-color': c.sea, 'fill-outline-color': c.countryLine } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries-all',
				paint: {
					'fill-color': [
						'match',
						['get', 'role'],
						'focus',
						c.landFocus,
						'neighbour',
						c.landNeighbour,
						c.landContext
					]
				}
			},
			{
				id: 'lakes',
				type: 'fill',
				source: 'lakes',
				paint: { 'fill-color': c.lake, 'fill-outline-color': c.lakeLine }
			},
			{
				id: 'governorate-lines',
				type: 'line',
				source: 'governorates',
				paint: {
					'line-color': c.governorateLine,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
					'line-dasharray': [3, 2]
				}
			},
			{
				id: 'rivers',
				type: 'line',
				source: 'rivers',
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': c.river,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2.5]
				}
			},
			{
				id: 'country-lines',
				type: 'line',
				source: 'countries-all',
				filter: ['!=', ['get', 'role'], 'focus'],
				paint: { 'line-color': c.countryLine, 'line-width': 0.8 }
			},
			{
				id: 'focus-country-lines',
				type: 'line',
				source: 'countries-all',
				filter: ['==', ['get', 'role'], 'focus'],
				paint: { 'line-color': c.focusLine, 'line-width': 1.6 }
			},
			{
				// A wide soft band under the crisp border so the Iraq–Syria line cannot be missed.
				id: 'border-halo',
				type: 'line',
				source: 'border',
				filter: ['==', ['get', 'id'], 'iraq-syria-border'],
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': c.border,
					'line-opacity': 0.22,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 7, 9, 14]
				}
			},
			{
				id: 'border-line',
				type: 'line',
				source: 'border',
				filter: ['==', ['get', 'id'], 'iraq-syria-border'],
				layout: { 'line-join': 'round' },
				paint: { 'line-color': c.border, 'line-width': 2.2 }
			},
			{
				id: 'governorate-labels',
				type: 'symbol',
				source: 'governorate-label-points',
				minzoom: 5.5,
				layout: {
					'text-field': bilingualLabel('name_en', 'name_ar', 0.9, '\n', lead),
					'text-font': FONT_STACK,
					'text-size': 10.5,
					'text-max-width': 8
				},
				paint: { 'text-color': '#8a7f6d', 'text-halo-color': c.halo, 'text-halo-width': 1 }
			},
			{
				id: 'river-labels',
				type: 'symbol',
				source: 'river-label-points',
				filter: ['<=', ['coalesce', ['get', 'min_zoom'], 9], 5],
				layout: {
					// Arabic names come with the data (reference layers), where the editors have given one.
					'text-field': bilingualLabel('name_en', 'name_ar', 0.95, '\n', lead),
					'text-font': FONT_STACK,
					// Big rivers win label collisions: Natural Earth ranks the Euphrates 3, canals 4 and up.
					'symbol-sort-key': ['coalesce', ['get', 'scalerank'], 10],
					'text-size': 11.5,
					'text-letter-spacing': 0.05
				},
				paint: { 'text-color': '#2f6d9e', 'text-halo-color': c.halo, 'text-halo-width': 1.2 }
			},
			{
				id: COUNTRY_LABELS,
				type: 'symbol',
				source: 'country-label-points',
				layout: {
					'text-field':
						lead === 'ar'
							? ['format', ['coalesce', ['get', 'name_ar'], ''], {}, '\n', {}, ['upcase', ['get', 'name']], { 'font-scale': 0.7 }]
							: ['format', ['upcase', ['get', 'name']], {}, '\n', {}, ['coalesce', ['get', 'name_ar'], ''], { 'font-scale': 0.85 }],
					'text-font': FONT_STACK_BOLD,
					'text-size': ['match', ['get', 'role'], 'focus', 15, 12],
					// Letter spacing would break the joining of Arabic letters.
					'text-letter-spacing': lead === 'ar' ? 0 : 0.2,
					'text-max-width': 8
				},
				paint: {
					'text-color': c.labelInk,
					'text-opacity': ['match', ['get', 'role'], 'focus', 0.85, 0.6],
					'text-halo-color': c.halo,
					'text-halo-width': 1.2
				}
			}
		]
	};
}
