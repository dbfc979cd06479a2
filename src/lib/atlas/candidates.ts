/**
 * Candidates for the places the gazetteer lacks, over the whole corpus: the records (GeoNames in
 * Iraq, Syria and their neighbours inside the map's box, Natural Earth governorates and rivers,
 * located with the same turf facts as the atlas: a neighbour's town has no governorate of ours, and
 * its distance to the Iraq–Syria border), then the pure scan of src/lib/corpus/candidates.ts. Build-time only.
 */
import type { FeatureCollection } from 'geojson';
import { findCandidates, type CandidateReport } from '$lib/corpus/candidates';
import { norm } from '$lib/arabic/normalize';
import type { GeoNamesRow, PlaceRecord } from '$lib/corpus/records';
import { factSources } from './stages/places';
import { admin1Records, geonamesRecord, readGeoNamesRows, riverRecords } from './geonames';
import type { RawData } from './load';

/**
 * Every record a name may be matched against, located against `references`. Only rows one of
 * whose Arabic names occurs in `texts` (after normalisation) are located: the turf facts are the
 * slow part, and a record no text names cannot be a candidate.
 */
export function candidateRecords(references: Record<string, FeatureCollection>, texts: readonly string[] | null, rows: GeoNamesRow[] = readGeoNamesRows()): PlaceRecord[] {
	const facts = factSources(references);
	const normalised = texts?.map(norm);
	const keep = (names: string[]) => !normalised || names.some((n) => normalised.some((t) => t.includes(norm(n))));
	return [
		...rows
			.filter((r) => keep(geonamesRecord(r, null).names_ar))
			.map((r) => geonamesRecord(r, facts))
			.filter((r) => r.names_ar.length > 0),
		...admin1Records(references.governorates ?? { type: 'FeatureCollection', features: [] }, facts, keep),
		...riverRecords(references.rivers ?? { type: 'FeatureCollection', features: [] }, facts, keep)
	];
}

/** `records`: already made by candidateRecords for these texts (one pass over the dump per command). */
export function buildCandidates(raw: Pick<RawData, 'gazetteer' | 'references'> & { articles: readonly { id: string; text: string }[] }, rows?: GeoNamesRow[], records?: PlaceRecord[]): CandidateReport {
	records ??= candidateRecords(
		raw.references,
		raw.articles.map((a) => a.text),
		rows
	);
	return findCandidates({ articles: raw.articles, gazetteer: raw.gazetteer, records });
}
