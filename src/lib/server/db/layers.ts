/**
 * `/api/layers/{id}` from PostgreSQL: the features the query keeps, in layer order, streamed from
 * the database (COPY … TO STDOUT) straight into the response, so a million-feature export never
 * sits in the server's memory. GeoJSON is the same bytes as the files backend
 * (JSON.stringify(exportCollection(…))); CSV the same bytes as layerCsv, written in batches.
 */
import Papa from 'papaparse';
import type { Feature } from 'geojson';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { exportMetadata, type ExportFormat } from '$lib/explore/export';
import { BOM, metadataLines } from '$lib/explore/exportCsv';
import { COLUMNS, featureRow } from '$lib/explore/exportRows';
import { layerKml } from '$lib/explore/exportKml';
import { isFiltered, type ExploreQuery } from '$lib/explore/query';
import { filterWords, valueNameOf } from '$lib/ui/filterText';
import { dbFilterNames } from './filterNames';
import { checkout, DbUnavailable, isConnectionError } from './pool';
import { schemaOf, whereOf } from './where';

const EOL = '\r\n';

/** Kept and total counts of a layer under a query. */
export async function layerCounts(db: PoolClient, layer: string, q: ExploreQuery): Promise<{ count: number; total: number }> {
	const w = whereOf(layer, q);
	const r = await db.query(
		`SELECT (SELECT count(*) FROM ${schemaOf(layer)}.features f WHERE ${w.sql})::int AS count, (SELECT count(*) FROM ${schemaOf(layer)}.features WHERE layer = $1)::int AS total`,
		w.params
	);
	return r.rows[0];
}

/**
 * Feature JSON texts of the kept features, one per line. CSV format with a quote and delimiter no
 * JSON text holds (JSON escapes control characters), so PostgreSQL writes each text as it is.
 */
function featureCopy(layer: string, q: ExploreQuery): string {
	const w = whereOf(layer, q);
	// COPY takes no parameters: the values are inlined as literals by PostgreSQL's own quoting (format %L).
	const sql = `SELECT feature FROM ${schemaOf(layer)}.features f WHERE ${w.sql} ORDER BY ord`;
	return `COPY (${inline(sql, w.params)}) TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')`;
}

/** `$n` replaced by the SQL literal of params[n-1] (strings escaped as E'' is not used: standard strings only). */
function inline(sql: string, params: unknown[]): string {
	const lit = (v: unknown): string => {
		if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
		if (Array.isArray(v)) return `ARRAY[${v.map(lit).join(',')}]::text[]`;
		return `'${String(v).replace(/'/g, "''")}'`;
	};
	return sql.replace(/\$(\d+)/g, (_, n) => lit(params[+n - 1]));
}

/** Lines of the COPY output, each one feature's JSON text. */
async function* featureTexts(db: PoolClient, layer: string, q: ExploreQuery): AsyncGenerator<string> {
	const stream = db.query(copyTo(featureCopy(layer, q)));
	let rest = '';
	const dec = new TextDecoder();
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		const lines = (rest + dec.decode(chunk, { stream: true })).split('\n');
		rest = lines.pop()!;
		for (const l of lines) yield l;
	}
	if (rest) yield rest;
}

async function* bodyParts(db: PoolClient, layer: string, q: ExploreQuery, format: ExportFormat): AsyncGenerator<string> {
	const filtered = isFiltered(q);
	const { count, total } = await layerCounts(db, layer, q);
	// The filters in words, in English, as the files backend writes them (./filterNames.ts).
	const words = filtered ? filterWords(q, valueNameOf(await dbFilterNames(db, layer, q)), 'en') : undefined;
	const meta = filtered ? exportMetadata(layer, q, count, total, words) : null;
	if (format === 'geojson') {
		yield meta ? `{"type":"FeatureCollection","metadata":${JSON.stringify(meta)},"features":[` : '{"type":"FeatureCollection","features":[';
		let first = true;
		for await (const t of featureTexts(db, layer, q)) {
			yield first ? t : `,${t}`;
			first = false;
		}
		yield ']}';
	} else if (format === 'csv') {
		const comments = meta ? metadataLines(meta).map((l) => `# ${l}${EOL}`).join('') : '';
		// papaparse ends a header with no rows with a line break; the rows below bring their own.
		yield `${BOM}${comments}${Papa.unparse({ fields: [...COLUMNS], data: [] }, { newline: EOL, escapeFormulae: true }).replace(/\r\n$/, '')}`;
		let batch: unknown[][] = [];
		const flush = () => {
			const s = `${EOL}${Papa.unparse(batch, { newline: EOL, escapeFormulae: true })}`;
			batch = [];
			return s;
		};
		for await (const t of featureTexts(db, layer, q)) {
			const row = featureRow(JSON.parse(t) as Feature);
			batch.push(COLUMNS.map((c) => row[c]));
			if (batch.length === 500) yield flush();
		}
		if (batch.length) yield flush();
		yield EOL;
	} else {
		// KML is one XML document built by tokml: made whole (a filtered export is what is asked for here).
		const fs: Feature[] = [];
		for await (const t of featureTexts(db, layer, q)) fs.push(JSON.parse(t));
		yield layerKml(layer, fs, meta);
	}
}

/**
 * The export as a web stream. The first part (the counts) is awaited before the Response is made,
 * so an unreachable database is still a clean 503 rather than a broken body.
 */
export async function layerStream(layer: string, q: ExploreQuery, format: ExportFormat): Promise<ReadableStream<Uint8Array>> {
	const { client: db, release } = await checkout();
	const parts = bodyParts(db, layer, q, format);
	const enc = new TextEncoder();
	let first: IteratorResult<string>;
	try {
		first = await parts.next();
	} catch (e) {
		release(true);
		throw isConnectionError(e) ? new DbUnavailable((e as Error).message) : e;
	}
	const finish = release;
	return new ReadableStream<Uint8Array>({
		start(c) {
			if (!first.done) c.enqueue(enc.encode(first.value));
		},
		async pull(c) {
			try {
				const n = await parts.next();
				if (n.done) {
					finish();
					c.close();
				} else c.enqueue(enc.encode(n.value));
			} catch (e) {
				finish(true);
				c.error(e);
			}
		},
		async cancel() {
			await parts.return(undefined).catch(() => {});
			finish(true);
		}
	});
}

/** Whether the database has this layer loaded (its schema exists; for `acled`, holds rows). */
export async function hasLayer(db: PoolClient, layer: string): Promise<boolean> {
	const s = schemaOf(layer);
	const r = await db.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`${s}.features`]);
	if (!r.rows[0].ok) return false;
	// Every layer of a loaded atlas is there, empty or not; the ACLED layer only once imported.
	if (s === 'atlas') return true;
	return (await db.query(`SELECT 1 FROM ${s}.features WHERE layer = $1 LIMIT 1`, [layer])).rowCount === 1;
}
