/**
 * `npm run db:import -- --acled <export.csv>`: an ACLED CSV export (their column names) into the
 * database as its own layer, `acled`, streamed: csv-parse reads the file as it comes, each row is
 * mapped ($lib/acled/feature.ts, shared with the page's import: ACLED's geo and time precision to ours, its attribution) and
 * COPYed (pg-copy-streams), so a million rows never sit in memory. Rows that cannot be read or
 * mapped are skipped, counted and listed with their line numbers (the line a row ends on: a row
 * whose quoted notes span lines is named by its last; the first 50; all with --report <file>); a repeated event_id_cnty keeps its first row. The whole import is one
 * transaction swapped in at the end: killed or failed, nothing of it is visible and the previous
 * ACLED layer keeps serving. `--strict` refuses the whole file when any row is bad.
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse';
import { acledColumns, acledFeature, ACLED_CSV_OPTIONS } from '../src/lib/acled/feature';
import { featureRow, type FeatureRow } from '../src/lib/server/db/rows';
import { copyFeatures, inOneTransaction } from '../src/lib/server/db/load';
import { createNext } from '../src/lib/server/db/schema';
import { DbUnavailable, getPool, withClient } from '../src/lib/server/db/pool';

const argv = process.argv.slice(2);
const opt = (n: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
const file = opt('acled');
const strict = argv.includes('--strict');
const reportFile = opt('report');

function fail(msg: string): never {
	console.error(`db:import: nothing was imported: ${msg}`);
	process.exit(1);
}
if (!file) fail('name the file: npm run db:import -- --acled <export.csv>');
if (!existsSync(file)) fail(`${file} does not exist`);
if (!getPool()) fail('DATABASE_URL is not set (npm run db:start prints one)');

const bad: { line: number; reason: string }[] = [];
const dieAt = Number(process.env.ATLAS_DB_IMPORT_DIE_AT_RECORD ?? 0);
class StrictRefusal extends Error {}

async function* rows(): AsyncGenerator<FeatureRow> {
	const parser = createReadStream(resolve(file!)).pipe(
		parse({ ...ACLED_CSV_OPTIONS, columns: acledColumns })
	);
	// csv-parse may report one broken record more than once: the first reason per line is kept.
	parser.on('skip', (e: { lines?: number; message: string }) => {
		const line = e.lines ?? 0;
		if (!bad.some((b) => b.line === line)) bad.push({ line, reason: `unreadable CSV: ${e.message}` });
	});
	for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; records: number } }>) {
		const f = acledFeature(record);
		if ('error' in f) bad.push({ line: info.lines, reason: f.error });
		else yield featureRow('acled', info.lines, f);
		// A test's hook: die half-way through the rows, before COMMIT.
		if (dieAt && info.records >= dieAt) process.kill(process.pid, 'SIGKILL');
		if (strict && bad.length) throw new StrictRefusal(`line ${bad[0].line}: ${bad[0].reason}`);
	}
}

const t0 = performance.now();
try {
	const out = await withClient((db) =>
		inOneTransaction(db, 'acled', async () => {
			const s = await createNext(db, 'acled');
			const r = await copyFeatures(db, s, rows());
			// A repeated event id keeps its first row; the others are bad rows of their own.
			const dup = await db.query(`DELETE FROM ${s}.features f USING ${s}.features g WHERE f.id = g.id AND f.ord > g.ord RETURNING f.ord, f.id`);
			for (const d of dup.rows) bad.push({ line: d.ord, reason: `event_id_cnty ${d.id} repeats an earlier row` });
			if (strict && bad.length) throw new StrictRefusal(`line ${bad[0].line}: ${bad[0].reason}`);
			if (r.count - dup.rows.length === 0) throw new Error('no row of the file could be imported');
			await db.query(`CREATE UNIQUE INDEX ON ${s}.features (id)`);
			await db.query(`INSERT INTO ${s}.meta VALUES ('file', $1)`, [file]);
			return { version: r.version, count: r.count - dup.rows.length };
		})
	);
	bad.sort((a, b) => a.line - b.line);
	console.log(`db:import: ${out.count} ACLED events imported as layer "acled" in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${bad.length} bad rows skipped`);
	for (const b of bad.slice(0, 50)) console.log(`  line ${b.line}: ${b.reason}`);
	if (bad.length > 50) console.log(`  … and ${bad.length - 50} more${reportFile ? '' : ' (--report <file> lists them all)'}`);
	if (reportFile) writeFileSync(reportFile, bad.map((b) => `${b.line}\t${b.reason}`).join('\n') + '\n');
} catch (e) {
	const why = e instanceof DbUnavailable ? `the database cannot be reached: ${e.message}` : e instanceof StrictRefusal ? `--strict and a bad row: ${e.message}` : (e as Error).message;
	console.error(`db:import: nothing was imported (the previous ACLED layer, if any, still serves): ${why}`);
	process.exitCode = 1;
}
await getPool()?.end();
