/**
 * What the composed PNG says, in the interface language: title, the page's dates and filters
 * (from its URL), the legend of the layers the map is drawing right now, and every source.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { metresPerPixel, niceScale, type ExportText, type LegendItem } from '$lib/map/export/exportPng';
import { LAYER } from '$lib/map/layers/registry';
import { palette as c } from '$lib/map/core/palette';
import { formatDistance } from '$lib/geo/measure';
import { formatNumber, intlTag, m } from '$lib/i18n';
import { BAND_WIDTHS_KM } from '$lib/model/layers';
import { layerText } from './layerText';
import { filterText, type ValueName } from './filterText';
import { formatTimestamp } from './format';
import { mapSources } from './mapSources';
import type { LayerId } from '$lib/types';

/** Legend entries, each shown only when the map layer it explains is drawn. */
function legend(map: MlMap): LegendItem[] {
	const shown = (id: string) => !!map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none';
	const title = (id: LayerId) => layerText({ id, title: id, description: '' }).title;
	const items: [string, LegendItem][] = [
		[LAYER.places, { label: title('places'), swatch: { kind: 'ring', color: c.place } }],
		[LAYER.areas, { label: m.key_area(), swatch: { kind: 'fill', color: `${c.area}40`, outline: c.area, dash: true } }],
		[LAYER.areas, { label: m.key_region(), swatch: { kind: 'hatch', color: c.area } }],
		[LAYER.lineBorder, { label: m.key_border(), swatch: { kind: 'line', color: c.border, width: 3 } }],
		[LAYER.linePipeline, { label: m.key_pipeline(), swatch: { kind: 'line', color: c.pipeline, width: 2, dash: [4, 3] } }],
		[LAYER.lineCorridor, { label: m.key_corridor(), swatch: { kind: 'line', color: c.corridor, width: 4, dash: [1, 4] } }],
		[LAYER.incidentMarkers, { label: m.key_incident_exact(), swatch: { kind: 'dot', color: c.incident } }],
		[LAYER.incidentMarkers, { label: m.key_incident_near(), swatch: { kind: 'ring', color: c.incident } }],
		[LAYER.incidentClusters, { label: m.key_incident_cluster(), swatch: { kind: 'dot', color: c.incident } }],
		[LAYER.incidentRegions, { label: m.key_incident_region(), swatch: { kind: 'hatch', color: c.incident } }],
		[LAYER.countryOutlines, { label: m.key_country(), swatch: { kind: 'fill', color: c.landFocus, outline: c.focusLine } }],
		// A graded key, as on the map: the nested bands' tints deepen towards the border.
		...BAND_WIDTHS_KM.map((km, i): [string, LegendItem] => [
			LAYER.bandFills,
			{ label: m.key_band({ km: m.km({ n: formatNumber(km) }) }), swatch: { kind: 'fill', color: `${c.band}${['33', '24', '12'][i]}`, outline: c.band, dash: true } }
		])
	];
	return items.filter(([id]) => shown(id)).map(([, item]) => item);
}

/** The text of the export for `map` as it is now, with the page's query `params`. */
export function exportText(map: MlMap, params: URLSearchParams, outlets: string[], name: ValueName, scaleMaxPx = 120): { text: ExportText; scalePx: number } {
	const lat = map.getCenter().lat;
	const scale = niceScale(metresPerPixel(lat, map.getZoom()), scaleMaxPx);
	const filters = filterText(params, name);
	const sources = mapSources().map((s) => `${s.name} (${s.licence}) — ${s.what}`);
	sources.push(`${m.src_articles()} ${m.src_articles_note()}${outlets.length ? `: ${outlets.join(', ')}` : ''}.`, m.src_rendering());
	return {
		scalePx: scale.px,
		text: {
			title: `${m.app_title()} — ${m.app_subtitle()}`,
			filters,
			legendTitle: m.legend_title(),
			legend: legend(map),
			sourcesTitle: m.png_attribution(),
			sources,
			made: m.png_made({ date: formatTimestamp(new Date()) }),
			scaleLabel: formatDistance(scale.metres / 1000, intlTag())
		}
	};
}
