/**
 * A layer as CSV for spreadsheets (RFC 4180, written by papaparse): UTF-8 with a byte-order mark
 * (without one, Excel reads UTF-8 as the machine's code page and garbles Arabic), a header row of
 * COLUMNS, one row per feature, CRLF line ends.
 *
 * A filtered export starts, after the BOM, with `#` lines saying which filters made it — the CSV
 * form of the GeoJSON's `metadata`. They are in the file rather than in a second one because a
 * download is one file, and a sidecar is lost the first time the CSV is mailed on; they hold no
 * comma or quote, so a reader that does not skip comments (Excel, LibreOffice) shows each as one
 * cell above the header rather than misreading the columns. pandas: `skiprows` = the number of `#`
 * lines (`comment='#'` would also cut fields holding a `#`); R: `comment.char = "#"`; GDAL/QGIS:
 * start the import at the header row. The whole layer, unfiltered, has no `#` lines, as its
 * GeoJSON has no `metadata`.
 */
import Papa from 'papaparse';
import type { Feature } from 'geojson';
import { COLUMNS, featureRow } from './exportRows';
import type { ExportMetadata } from './export';

export const BOM = '\uFEFF';
const EOL = '\r\n';

/** The metadata as comment lines (without `# `): no commas, quotes or line breaks in any of them. */
export function metadataLines(md: ExportMetadata): string[] {
	const f = md.filters as Record<string, unknown>;
	const lines = [`Frontier Atlas export: layer ${md.layer}; ${md.count} of ${md.total} features`, `query: ${md.query}`];
	for (const [k, v] of Object.entries(f)) {
		if (k === 'near') {
			const n = v as { target: string; within_km: number };
			lines.push(`near: within ${n.within_km} km of ${n.target}`);
		} else if (k === 'bbox') lines.push(`bbox (west south east north): ${(v as number[]).join(' ')}`);
		else lines.push(`${k}: ${Array.isArray(v) ? v.join('; ') : String(v)}`);
	}
	return lines.map((l) => l.replace(/[\r\n",]+/g, ' '));
}

/**
 * The CSV text: BOM, `#` metadata lines when filtered, header, rows. Cells that a spreadsheet
 * would run as a formula (starting with = + - @) are prefixed with `'` (papaparse `escapeFormulae`);
 * numbers are written as numbers.
 */
export function layerCsv(features: Feature[], metadata: ExportMetadata | null): string {
	const comments = metadata ? metadataLines(metadata).map((l) => `# ${l}${EOL}`).join('') : '';
	const data = features.map((f) => {
		const row = featureRow(f);
		return COLUMNS.map((c) => row[c]);
	});
	const table = Papa.unparse({ fields: [...COLUMNS], data }, { newline: EOL, escapeFormulae: true });
	return `${BOM}${comments}${table}${EOL}`;
}
