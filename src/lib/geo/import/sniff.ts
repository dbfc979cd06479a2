/**
 * Recognises files that are not GeoJSON text before any parsing: empty, binary formats given by
 * mistake (zipped Shapefile, .shp, KMZ…), UTF-16 and other text that is not UTF-8, and XML or CSV formats.
 * Each answer says what the file is and how to turn it into GeoJSON.
 */
import type { ImportProblem } from './types';
import { describeUtf16, utf16Of } from '$lib/encoding';

const OGR = 'convert it to GeoJSON first, e.g. `ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson';

function problem(code: string, message: string, where = ''): ImportProblem {
	return { code, where, message };
}

function startsWith(b: Uint8Array, sig: number[]): boolean {
	return sig.every((v, i) => b[i] === v);
}

/** Binary formats, from their first bytes. */
export function sniffBinary(bytes: Uint8Array): ImportProblem | null {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
		return problem('zip', `This is a ZIP archive (a zipped Shapefile, KMZ or similar), not GeoJSON: ${OGR} in.zip\` (or open it in QGIS and export as GeoJSON), then import the .geojson file.`);
	if (startsWith(bytes, [0x00, 0x00, 0x27, 0x0a]))
		return problem('shapefile', `This is an Esri Shapefile (.shp), not GeoJSON: ${OGR} in.shp\` (keep the .shp, .shx, .dbf and .prj together), or use mapshaper: \`mapshaper in.shp -proj wgs84 -o format=geojson out.geojson\`.`);
	if (startsWith(bytes, [0x1f, 0x8b]))
		return problem('gzip', 'This file is gzip-compressed: decompress it first (`gunzip file.geojson.gz`), then import the .geojson file.');
	if (startsWith(bytes, [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]))
		return problem('sqlite', `This is an SQLite database (GeoPackage?), not GeoJSON: ${OGR} in.gpkg\`.`);
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) || startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]))
		return problem('binary', 'This is a PDF or image file, not GeoJSON: choose the .geojson or .json file that holds the features.');
	// With or without a byte-order mark (without one, its zero bytes would pass as UTF-8 and be
	// reported as a control character or a CSV).
	const u16 = utf16Of(bytes);
	if (u16)
		return problem('utf16', `This file is ${describeUtf16(u16)}; GeoJSON must be UTF-8 (RFC 7946 §11): save it again as UTF-8 (e.g. \`iconv -f ${u16.encoding} -t UTF-8 in.json > out.geojson\`).`);
	return null;
}

/** Strict UTF-8 decoding; the problem names the byte offset of the first bad sequence. */
export function decodeUtf8(bytes: Uint8Array): string | ImportProblem {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		return problem(
			'not-utf8',
			`This file is not UTF-8 text (byte ${at} is not valid UTF-8; it may be Windows-1256, Latin-1 or a binary file). GeoJSON must be UTF-8 (RFC 7946 §11): re-save it as UTF-8, e.g. \`iconv -f WINDOWS-1256 -t UTF-8 in.json > out.geojson\`.`,
			`byte ${at}`
		);
	}
}

/** Offset where the first ill-formed UTF-8 sequence starts (RFC 3629 table 3-7, one pass). */
export function firstInvalidUtf8(b: Uint8Array): number {
	for (let i = 0; i < b.length; ) {
		const c = b[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
		if (n < 0) return i;
		// The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates, > U+10FFFF).
		const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
		const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
		if (i + n >= b.length) return i; // cut short at the end
		if (b[i + 1] < lo || b[i + 1] > hi) return i;
		for (let k = 2; k <= n; k++) if (b[i + k] < 0x80 || b[i + k] > 0xbf) return i;
		i += n + 1;
	}
	return b.length;
}

/** Text formats that are not JSON, from how the text starts. Called only when JSON parsing fails. */
export function sniffText(text: string): ImportProblem | null {
	const head = text.slice(0, 2000).trimStart();
	const lower = head.toLowerCase();
	if (head.startsWith('<')) {
		if (lower.includes('<kml'))
			return problem('kml', `This is KML (Google Earth), not GeoJSON: ${OGR} in.kml\`, or use mapshaper / QGIS.`);
		if (lower.includes('<gpx'))
			return problem('gpx', `This is GPX (a GPS track), not GeoJSON: \`ogr2ogr -f GeoJSON out.geojson in.gpx tracks\` (or waypoints, routes).`);
		if (lower.includes('<html') || lower.includes('<!doctype html'))
			return problem('html', 'This is a web page (HTML), not GeoJSON — perhaps a download saved the page instead of the file. Download the .geojson file itself.');
		return problem('xml', `This is XML (GML?), not GeoJSON: ${OGR} in.gml\`.`);
	}
	const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '');
	const first = lines[0] ?? '';
	if (lines.length >= 1 && !/^[[{]/.test(first) && /[,;\t]/.test(first) && first.split(/[,;\t]/).length >= 2)
		return problem(
			'csv',
			`This looks like CSV (a table), not GeoJSON. If it has longitude and latitude columns: \`ogr2ogr -f GeoJSON out.geojson in.csv -oo X_POSSIBLE_NAMES=lon* -oo Y_POSSIBLE_NAMES=lat*\` (or QGIS “Add delimited text layer”, then export as GeoJSON).`
		);
	if (lines.length >= 2 && lines.slice(0, 2).every((l) => /^\s*\{.*\}\s*$/.test(l)) && /"type"/.test(first))
		return problem(
			'ndjson',
			'This is newline-delimited GeoJSON (one feature per line), not one GeoJSON document: wrap the lines in a FeatureCollection, e.g. `jq -s \'{type:"FeatureCollection",features:.}\' in.geojsonl > out.geojson`.'
		);
	return null;
}
