/**
 * The page's import of a small ACLED export (their CSV, their column names): bytes in, the
 * `acled` features out, each bad row reported by the line it ends on — the same parser (csv-parse's
 * browser build), options and row mapping (./feature.ts) as `npm run db:import -- --acled`, so a
 * file gives the same features and the same bad lines in the browser as on the server. Good rows
 * make the layer; bad rows are listed beside it (the server's rule: skipped and listed, never half
 * a row). A file with no good row, or not an ACLED export at all, is refused and changes nothing.
 * A region-only row (geo_precision 3) is never drawn as a point ($lib/model/precision): a user layer
 * draws what its geometry says, so here it has none, its centroid kept as `acled_centroid`.
 */
import type { Feature } from 'geojson';
import { parse } from 'csv-parse/browser/esm/sync';
import { decodeUtf8, sniffBinary, sniffText } from '$lib/geo/import/sniff';
import { DEFAULT_LIMITS, type ImportLimits, type ImportProblem, type ImportResult } from '$lib/geo/import/types';
import { isRegionOnly } from '$lib/model/precision';
import { acledColumns, acledFeature, ACLED_CSV_OPTIONS } from './feature';

/** Whether a file is to be read as an ACLED CSV: its name says .csv, or its first line names ACLED's id column. */
export function looksLikeAcled(name: string, bytes: Uint8Array): boolean {
	if (/\.csv$/i.test(name)) return true;
	const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '');
	return /^"?event_id_cnty"?\s*,/i.test(head);
}

const fail = (code: string, where: string, message: string): ImportResult => ({ ok: false, errors: [{ code, where, message }] });

interface Row {
	record: Record<string, string>;
	info: { lines: number };
}

export function importAcledCsv(input: ArrayBuffer | Uint8Array, options: Partial<ImportLimits> = {}): ImportResult {
	const limits = { ...DEFAULT_LIMITS, ...options };
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	if (bytes.length > limits.maxBytes)
		return fail('too-large', '', `The file is ${mb(bytes.length)}; the limit is ${mb(limits.maxBytes)}. Import a larger ACLED export on the server: npm run db:import -- --acled <file.csv>.`);
	if (bytes.length === 0) return fail('empty', '', 'The file is empty (0 bytes). Choose the ACLED export (CSV).');
	const binary = sniffBinary(bytes);
	if (binary) return { ok: false, errors: [binary] };
	const text = decodeUtf8(bytes);
	if (typeof text !== 'string') return { ok: false, errors: [text] };

	const bad: ImportProblem[] = [];
	const badLine = (line: number, message: string) => {
		// csv-parse may report one broken record more than once: the first reason per line is kept.
		if (!bad.some((b) => b.where === `line ${line}`)) bad.push({ code: 'acled-row', where: `line ${line}`, message: `row skipped: ${message}` });
	};
	let rows: Row[];
	try {
		rows = parse(text, {
			...ACLED_CSV_OPTIONS,
			columns: acledColumns,
			on_skip: (e: { lines?: number; message: string } | undefined) => {
				if (e) badLine(e.lines ?? 0, `unreadable CSV: ${e.message}`);
			}
		}) as unknown as Row[];
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		if (/not an ACLED export/.test(message)) {
			const notAcled = { code: 'not-acled', where: 'line 1', message: `This CSV is ${message.replace(/^.*not an ACLED export/, 'not an ACLED export')}: export it from ACLED with its own column names (event_id_cnty, event_date, …).` };
			// Another table: how to make GeoJSON of it (the GeoJSON import's own advice for a CSV).
			const other = sniffText(text);
			return { ok: false, errors: other ? [notAcled, other] : [notAcled] };
		}
		return fail('not-csv', '', `This CSV cannot be read: ${message}.`);
	}
	if (rows.length > limits.maxFeatures)
		return fail('too-many', '', `The file has ${rows.length} rows; the limit here is ${limits.maxFeatures}. Import it on the server instead: npm run db:import -- --acled <file.csv>.`);
	const features: Feature[] = [];
	const seen = new Set<string>();
	for (const { record, info } of rows) {
		const f = acledFeature(record);
		if ('error' in f) badLine(info.lines, f.error);
		else if (seen.has(String(f.id))) badLine(info.lines, `event_id_cnty ${f.id} repeats an earlier row`);
		else {
			seen.add(String(f.id));
			features.push(isRegionOnly(f.properties) ? { ...f, geometry: null as never, properties: { ...f.properties, acled_centroid: (f.geometry as { coordinates: number[] }).coordinates } } : f);
		}
	}
	bad.sort((a, b) => lineOf(a) - lineOf(b));
	if (!features.length) return { ok: false, errors: bad.length ? capped(bad, limits.maxErrors) : [{ code: 'no-rows', where: '', message: 'The file has a header but no rows.' }] };
	return { ok: true, collection: { type: 'FeatureCollection', features }, warnings: capped(bad, limits.maxErrors) };
}

const lineOf = (p: ImportProblem) => Number(p.where.slice(5));

/** The first `max` problems, and a last one that counts the rest. */
function capped(ps: ImportProblem[], max: number): ImportProblem[] {
	if (ps.length <= max) return ps;
	return [...ps.slice(0, max), { code: 'more', where: '', message: `…and ${ps.length - max} more rows skipped.` }];
}
