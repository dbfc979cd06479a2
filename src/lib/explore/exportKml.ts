/**
 * A layer as KML 2.2 for Google Earth and GDAL, written by @placemarkio/tokml: one Placemark per
 * feature, named in Arabic and English, its ExtendedData the CSV's columns (./exportRows; the
 * geometry is the Placemark's own, so no WKT), its description the verbatim excerpts with their
 * glosses. The features sit in one Folder whose description says what the export holds and, when
 * filtered, which filters made it — the KML form of the GeoJSON's `metadata`. XML is UTF-8, so
 * Arabic stays as written; tokml escapes markup, and every text is plain text, never HTML.
 */
import { foldersToKML } from '@placemarkio/tokml';
import type { Feature } from 'geojson';
import { featureRow, type Row } from './exportRows';
import type { ExportMetadata } from './export';
import { metadataLines } from './exportCsv';
import type { Excerpt } from '$lib/types';

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** "البوكمال — Albu Kamal": Arabic first, as the texts name it, then English; either alone when the other is missing. */
export function placemarkName(row: Pick<Row, 'name_ar' | 'name_en' | 'id'>): string {
	return [row.name_ar, row.name_en].filter((s) => String(s).trim()).join(' — ') || String(row.id);
}

/** The summary or note, then each excerpt: the sentence verbatim, its gloss, and outlet · date. */
function description(f: Feature): string {
	const p = f.properties ?? {};
	const lead = [p.summary_en, p.note].filter((s): s is string => typeof s === 'string' && !!s.trim());
	const excerpts: Excerpt[] = Array.isArray(p.excerpts) ? p.excerpts.filter(Boolean) : [];
	const quoted = excerpts.map((e) =>
		[e.sentence, e.gloss_en, [e.outlet_en || e.outlet_ar || e.reported_via, e.date].filter(Boolean).join(' · ')].filter(Boolean).join('\n')
	);
	return [...lead, ...quoted].join('\n\n');
}

/** The Folder's description: what the file is, and the filters when there are any. */
function folderDescription(layer: string, count: number, metadata: ExportMetadata | null): string {
	const lines = metadata ? metadataLines(metadata) : [`Frontier Atlas export: layer ${layer}; all ${count} features`];
	lines.push('Sources and licences: each Placemark names its source and license; quotations belong to their outlets.');
	return lines.join('\n');
}

export function layerKml(layer: string, features: Feature[], metadata: ExportMetadata | null): string {
	const children = features.map((f) => {
		const { wkt: _wkt, ...row } = featureRow(f);
		void _wkt;
		const desc = description(f);
		// No Placemark id attribute: KML ids are XML ids, which may not start with a digit (incident
		// ids do); the id travels in ExtendedData instead.
		return {
			type: 'Feature' as const,
			geometry: f.geometry,
			properties: { name: placemarkName(row), ...(desc ? { description: desc } : {}), ...row }
		};
	});
	const name = `Frontier Atlas — ${layer}${metadata ? ' (filtered)' : ''}`;
	// tokml writes no prolog; this one says the encoding outright (XML's default, UTF-8, either way).
	return XML_PROLOG + foldersToKML({
		type: 'root',
		children: [{ type: 'folder', meta: { name, description: folderDescription(layer, features.length, metadata) }, children }]
	});
}
