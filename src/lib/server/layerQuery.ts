/**
 * `/api/layers/{id}?…`: the explore query checked against the atlas, the features it keeps, and
 * the body and filename of the answer. The selector is the page's; only the data is the server's.
 */
import type { FeatureCollection } from 'geojson';
import { EXPORT_FORMATS, exportCollection, exportFilename, exportMetadata, isExportFormat, type ExportFormat } from '$lib/explore/export';
import { layerCsv } from '$lib/explore/exportCsv';
import { layerKml } from '$lib/explore/exportKml';
import { filtersOf, isFiltered, parseQueryStrict, QueryError, type ExploreQuery } from '$lib/explore/query';
import { selectFeatures } from '$lib/explore/select';
import { atlasContext } from './atlasContext';
import type { Atlas } from '../atlas/build';
import { filterNames } from './filterNames';
import { filterWords, valueNameOf } from '$lib/ui/filterText';

export { atlasContext };

/**
 * The filters of a layer request; throws QueryError on a malformed or repeated parameter, an
 * unknown `near` target or a bad `download`. Page-only parameters (`layers`, `place`, `q`…) are
 * accepted and ignored, so the page's own query string works here.
 */
export function layerQuery(params: URLSearchParams, atlas: Atlas): ExploreQuery {
	const q = layerParams(params);
	if (q.near && !atlasContext(atlas).target(q.near.target)) throw unknownNear(q.near.target);
	return q;
}

/** The checks of `layerQuery` that need no data (the database backend checks `near` in SQL). */
export function layerParams(params: URLSearchParams): ExploreQuery {
	const q = filtersOf(parseQueryStrict(params));
	const dl = params.get('download');
	if (dl !== null && !['1', '0', 'true', 'false', ''].includes(dl))
		throw new QueryError('bad_download', 'download', `"download" must be 1 or 0, got "${dl.slice(0, 40)}".`);
	return q;
}

export const unknownNear = (target: string) => new QueryError('unknown_near_target', 'near', `"near" names "${target}", which is not a place on the map.`);

/** The `format` parameter: geojson (the default), csv or kml; throws QueryError on anything else. */
export function layerFormat(params: URLSearchParams): ExportFormat {
	const f = params.get('format');
	if (f === null || f === '') return 'geojson';
	if (!isExportFormat(f))
		throw new QueryError('bad_format', 'format', `"format" must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}, got "${f.slice(0, 40)}".`);
	return f;
}

/** The answer's body, media type and the name the file gets. */
export function layerAnswer(
	atlas: Atlas,
	id: string,
	fc: FeatureCollection,
	q: ExploreQuery,
	format: ExportFormat = 'geojson'
): { body: string; type: string; filename: string } {
	const kept = selectFeatures(fc, q, atlasContext(atlas));
	// The filters in words too, in English (a file has no page language): "Within 25 km of Iraq–Syria border".
	const words = isFiltered(q) ? filterWords(q, valueNameOf(filterNames(atlas, q, 'en')), 'en') : undefined;
	const meta = isFiltered(q) ? exportMetadata(id, q, kept.length, fc.features.length, words) : null;
	const body =
		format === 'csv'
			? layerCsv(kept, meta)
			: format === 'kml'
				? layerKml(id, kept, meta)
				: JSON.stringify(exportCollection(id, q, kept, fc.features.length, words));
	return { body, type: EXPORT_FORMATS[format].type, filename: exportFilename(id, q, format) };
}
