/**
 * `npm run bench:db`: the database group alone (tests/bench/groups/db.ts); needs a build and the
 * cluster `npm run db:start` starts. Writes tests/bench/results/db.json. Never part of `npm test`.
 *   npm run bench:db [-- --rows 1000000 --seconds 10 --db postgres://…/atlas_bench]
 *   npm run bench:db -- --skip-load    tiles and export only, on the data a previous run imported
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dbGroup } from './groups/db';
import { table } from './metrics';

const argv = process.argv.slice(2);
const opt = (n: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
const t0 = performance.now();
const results = await dbGroup({
	rows: Number(opt('rows') ?? 1_000_000),
	seconds: Number(opt('seconds') ?? 10),
	work: opt('work') ?? '/tmp/atlas-bench-db',
	dbUrl: opt('db') ?? process.env.BENCH_DATABASE_URL ?? 'postgres://atlas:atlas@127.0.0.1:5433/atlas_bench',
	port: Number(opt('port') ?? 4412),
	staticPort: Number(opt('static-port') ?? 4413),
	skipLoad: argv.includes('--skip-load')
});
mkdirSync('tests/bench/results', { recursive: true });
const minutes = Math.round((performance.now() - t0) / 600) / 100;
writeFileSync('tests/bench/results/db.json', JSON.stringify({ ...results, _run: { generated: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, minutes } }, null, '\t') + '\n');
console.log(`\n${table(results)}\n\nbench:db: ${minutes} min; wrote tests/bench/results/db.json`);
process.exit(0);
