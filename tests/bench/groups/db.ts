/**
 * The database group (`npm run bench:db`): a generated ACLED-shaped export (1,000,000 rows by
 * default) in PostGIS, each figure against a baseline measured in the same run:
 *  - load: `npm run db:import -- --acled` (parse, map, COPY, geometries, indexes, swap) against
 *    PostgreSQL's own floor, psql's \copy of the same file into a table of text columns;
 *  - size: the `acled` schema (table + indexes) against that raw text table;
 *  - tiles: p50/p99 latency under 50 concurrent clients (autocannon) over aggregated low-zoom tiles
 *    with a time window and feature tiles at zoom 10, against sirv serving the same tile bytes;
 *  - export: the server's peak RSS while streaming the whole layer as GeoJSON, against its RSS at rest.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateAcled } from '../acled';
import { entry, type Entry } from '../metrics';
import { startApp, startStatic } from '../servers';

export interface DbBenchOptions {
	rows: number;
	work: string;
	dbUrl: string;
	port: number;
	staticPort: number;
	seconds: number;
	/** Measure tiles and export on the data already imported (no load, no size). */
	skipLoad?: boolean;
}

const secs = (t0: number) => (performance.now() - t0) / 1000;

function tsx(script: string, args: string[], env: Record<string, string>): void {
	const r = spawnSync('npx', ['tsx', script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
	if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr || r.stdout}`);
	process.stdout.write(r.stdout.split('\n').slice(0, 3).join('\n') + '\n');
}

async function latency(urls: string[], seconds: number): Promise<{ p50: number; p99: number; rps: number; errors: number }> {
	const u = new URL(urls[0]);
	return new Promise((resolve, reject) =>
		autocannon(
			{ url: `${u.protocol}//${u.host}`, connections: 50, duration: seconds, requests: urls.map((x) => ({ method: 'GET', path: new URL(x).pathname + new URL(x).search })) },
			(err, res) => (err ? reject(err) : resolve({ p50: res.latency.p50, p99: res.latency.p99, rps: res.requests.average, errors: res.errors + res.non2xx }))
		)
	);
}

/** Tile paths over the frame: z5–8 counts for a half-year window, z10 features. */
function tilePaths(): string[] {
	const tile = (z: number, lon: number, lat: number) => {
		const n = 2 ** z;
		const x = Math.floor(((lon + 180) / 360) * n);
		const y = Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * n);
		return `${z}/${x}/${y}`;
	};
	const out: string[] = [];
	for (const z of [5, 6, 7, 8]) for (const [lon, lat] of [[40.5, 34.5], [42, 36], [38, 33]]) out.push(`/tiles/acled/${tile(z, lon, lat)}.pbf?from=2023-01&to=2023-06`);
	for (const [lon, lat] of [[40.9, 34.45], [41.8, 36.3], [39, 35.9], [43.1, 36.3]]) out.push(`/tiles/acled/${tile(10, lon, lat)}.pbf`);
	return out;
}

export async function dbGroup(o: DbBenchOptions): Promise<Record<string, Entry>> {
	const results: Record<string, Entry> = {};
	mkdirSync(o.work, { recursive: true });
	const env = { DATABASE_URL: o.dbUrl };
	if (!o.skipLoad) await loadAndSize(o, env, results);
	return serve(o, env, results);
}

async function loadAndSize(o: DbBenchOptions, env: Record<string, string>, results: Record<string, Entry>): Promise<void> {
	const csv = await generateAcled(o.rows, join(o.work, `acled-${o.rows}.csv`));
	console.log(`bench:db: ${csv.path} ${(csv.bytes / 1e6).toFixed(0)} MB${csv.reused ? ' (reused)' : ''}`);

	// Baseline: PostgreSQL's own COPY of the same bytes into text columns.
	const c = new pg.Client({ connectionString: o.dbUrl });
	await c.connect();
	const header = execFileSync('head', ['-1', csv.path], { encoding: 'utf8' }).trim().split(',');
	await c.query(`DROP TABLE IF EXISTS bench_raw; CREATE TABLE bench_raw (${header.map((h) => `"${h}" text`).join(', ')})`);
	let t0 = performance.now();
	execFileSync('psql', [o.dbUrl, '-q', '-c', `\\copy bench_raw FROM '${csv.path}' WITH (FORMAT csv, HEADER true)`]);
	const rawS = secs(t0);
	t0 = performance.now();
	tsx('tools/db-import.ts', ['--acled', csv.path], env);
	const loadS = secs(t0);
	results.db_load_s = entry(loadS, 's', rawS, { kind: 'none', text: 'recorded: db:import vs psql \\copy of the same file' }, { baseline_name: 'psql \\copy into text columns', note: `${o.rows} rows` });
	const size = async (sql: string) => Number((await c.query(sql)).rows[0].b) / 1e6;
	const dbMb = await size(`SELECT sum(pg_total_relation_size(c.oid)) AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'acled' AND c.relkind = 'r'`);
	const rawMb = await size(`SELECT pg_total_relation_size('bench_raw') AS b`);
	results.db_size_mb = entry(dbMb, 'MB', rawMb, { kind: 'none', text: 'recorded: acled schema (table + indexes) vs the raw text table' }, { baseline_name: 'bench_raw', note: `CSV ${(csv.bytes / 1e6).toFixed(0)} MB` });
	await c.query('DROP TABLE bench_raw');
	await c.end();
	// The atlas too: `near` targets and the page's layers.
	tsx('tools/db-load.ts', [], env);
}

async function serve(o: DbBenchOptions, env: Record<string, string>, results: Record<string, Entry>): Promise<Record<string, Entry>> {

	const app = await startApp('geodata', o.port, env);
	const paths = tilePaths();
	const dir = join(o.work, 'tiles');
	for (const p of paths) {
		const r = await fetch(`${app.url}${p}`);
		if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
		const file = join(dir, new URL(p, 'http://x').pathname + (p.includes('?') ? '.window' : ''));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, Buffer.from(await r.arrayBuffer()));
	}
	const same = await startStatic(o.staticPort, { '/': dir });
	try {
		const a = await latency(paths.map((p) => `${app.url}${p}`), o.seconds);
		const b = await latency(paths.map((p) => `${same.url}${new URL(p, 'http://x').pathname}${p.includes('?') ? '.window' : ''}`), o.seconds);
		const note = `50 connections, ${o.seconds} s, ${paths.length} tiles; app ${a.rps.toFixed(0)} req/s, ${a.errors} errors; static ${b.rps.toFixed(0)} req/s`;
		results.db_tile_p50_ms = entry(a.p50, 'ms', b.p50, { kind: 'none', text: 'recorded: PostGIS tiles vs the same bytes from sirv' }, { baseline_name: 'sirv, same tile bytes', note });
		results.db_tile_p99_ms = entry(a.p99, 'ms', b.p99, { kind: 'none', text: 'recorded: PostGIS tiles vs the same bytes from sirv' }, { baseline_name: 'sirv, same tile bytes', note });
	} finally {
		same.server.close();
	}

	// Export RSS: sampled every 100 ms while the whole layer streams to a client that discards it.
	await new Promise((r) => setTimeout(r, 1000));
	const rest = app.rssMb();

	let peak = rest;
	const timer = setInterval(() => (peak = Math.max(peak, app.rssMb())), 100);
	const t0 = performance.now();
	let bytes = 0;
	const res = await fetch(`${app.url}/api/layers/acled`, { headers: { 'accept-encoding': 'identity' } });
	for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
	clearInterval(timer);
	const exportS = secs(t0);
	results.db_export_rss_mb = entry(peak, 'MB', rest, { kind: 'ratio', value: 1.5, text: '≤ 1.5× the server at rest (flat: streamed)' }, {
		baseline_name: 'server RSS at rest',
		note: `${(bytes / 1e6).toFixed(0)} MB of GeoJSON in ${exportS.toFixed(1)} s`
	});
	await app.stop();
	return results;
}
