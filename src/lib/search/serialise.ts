/**
 * The atlas' search indexes as `npm run data` writes them (`/api/search-index`): places, incidents
 * and articles, each indexed once at build time, so the page loads them (engine `fromWire`) instead
 * of indexing every name in the browser. Three indexes, as the page always had, so the ranking
 * (BM25 is per index) is unchanged. The documents are made from the same light features the map
 * receives ($lib/atlas/mapModel).
 */
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '$lib/atlas/build';
import { lightFeature } from '$lib/atlas/mapModel';
import type { SearchIndexWire } from '$lib/model/wire';
import { GAZETTEER_LAYERS } from '$lib/model/layers';
import { articleDocs, incidentDocs, placeDocs, placeNamesById } from './documents';
import { buildIndex } from './engine';
import { toWire } from './wire';

// The gazetteer's layers (GAZETTEER_LAYERS) are searched as places.
const light = (fc: FeatureCollection | undefined): FeatureCollection => ({ type: 'FeatureCollection', features: (fc?.features ?? []).map(lightFeature) });

export function searchIndexBody(atlas: Atlas): SearchIndexWire {
	const placeList = GAZETTEER_LAYERS.flatMap((id) => placeDocs(light(atlas.layers.get(id))));
	const incidents = incidentDocs(light(atlas.layers.get('incidents')), placeNamesById(placeList));
	const articles = articleDocs([...atlas.articles.values()].map((a) => ({ id: a.id, meta: a.meta })));
	return { places: toWire(buildIndex(placeList)), incidents: toWire(buildIndex(incidents)), articles: toWire(buildIndex(articles)) };
}
