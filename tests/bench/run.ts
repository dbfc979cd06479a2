/**
 * `npm run bench`: Frontier Atlas against bare MapLibre, Leaflet and a static file server, on the
 * seed data and on seeded synthetic data (1k articles + 10k incidents, 10k + 100k), in one run.
 * Prints a table and writes tests/bench/results/latest.json. Never part of `npm test`.
 *   npm run bench                    5 interleaved runs after a warm-up (about 15 min on 2 cores)
 *   npm run bench -- --quick         3 runs, shorter load tests
 *   npm run bench -- --runs 9        more runs
 *   npm run bench -- --only map,js   only these groups (map, scale, click, js, api, startup, first, seed10, db1m, drafts)
 *   db1m: a million incidents from PostgreSQL (BENCH_DATABASE_URL, loaded by `npm run bench:db`); skipped with a note without one
 *   npm run bench -- --merge         keep latest.json's entries for the groups not run
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generate } from './generate';
import { type Entry, table } from './metrics';
import { buildDir, startStatic } from './servers';
import { launch } from './browser';
import { PORTS, type Ctx } from './context';
import { mapGroup, scaleGroup } from './groups/map';
import { jsGroup } from './groups/js';
import { apiGroup } from './groups/api';
import { startupGroup } from './groups/startup';
import { seed10Group } from './groups/seed10';
import { db1mGroup } from './groups/db1m';
import { draftsGroup } from './groups/drafts';

const argv = process.argv.slice(2);
const flag = (n: string) => argv.includes(`--${n}`);
const opt = (n: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
const quick = flag('quick');
const runs = Number(opt('runs') ?? (quick ? 3 : 5));
const only = opt('only')?.split(',');
const want = (g: string) => !only || only.includes(g);
const work = resolve(opt('work') ?? '/tmp/atlas-bench');

async function main() {
	const t0 = performance.now();
	if (!existsSync(join(buildDir(), 'index.js'))) {
		console.log('bench: no ./build — running `npm run build` first');
		execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
	}
	console.log(`bench: ${runs} runs${quick ? ' (quick)' : ''}; data in ${work}`);
	// The synthetic 1k and 10k corpora, unless only the seed group runs (it makes its own, small).
	const synth = !only || only.some((g) => g !== 'seed10' && g !== 'db1m' && g !== 'drafts');
	const small = synth ? generate({ articles: 1000, incidents: 10_000, seed: 1, out: join(work, 'a1k') }) : { dir: '', reused: false };
	const large = synth ? generate({ articles: 10_000, incidents: 100_000, seed: 1, out: join(work, 'a10k') }) : { dir: '', reused: false };
	if (synth) console.log(`bench: data ${small.reused ? 'reused' : 'generated'} (1k), ${large.reused ? 'reused' : 'generated'} (10k)`);

	// --merge keeps the entries of tests/bench/results/latest.json that this run does not measure.
	const results: Record<string, Entry> = {};
	// The runs merged in say which groups they measured, beside the first run's context.
	let runs0: Record<string, unknown> = {};
	if (flag('merge') && existsSync('tests/bench/results/latest.json')) {
		const old = JSON.parse(readFileSync('tests/bench/results/latest.json', 'utf8')) as Record<string, Entry>;
		for (const [k, v] of Object.entries(old)) if (!k.startsWith('_run')) results[k] = v;
		runs0 = Object.fromEntries(Object.entries(old).filter(([k]) => k.startsWith('_run')));
	}
	const pages = join(work, 'pages');
	mkdirSync(pages, { recursive: true });
	const base = await startStatic(PORTS.static, {
		'/bench/': resolve('tests/bench/pages'),
		'/ml/': resolve('node_modules/maplibre-gl/dist'),
		'/leaflet/': resolve('node_modules/leaflet/dist'),
		'/glyphs/': resolve('static/glyphs'),
		'/data/': pages
	}, true);
	const browser = await launch();
	const ctx: Ctx = { runs, quick, work, pages, baseUrl: base.url, browser, results, dirs: { seed: resolve('geodata'), small: small.dir, large: large.dir } };
	try {
		if (want('seed10')) await seed10Group(ctx);
		if (want('startup')) await startupGroup(ctx);
		if (want('map') || want('click') || want('first') || want('js')) await mapGroup(ctx, want);
		if (want('js')) await jsGroup(ctx);
		if (want('scale') || want('api')) await scaleGroup(ctx, want, want('api') ? apiGroup : null);
		if (want('db1m')) await db1mGroup(ctx);
		if (want('drafts')) await draftsGroup(ctx);
	} finally {
		await browser.close();
		base.server.close();
	}
	mkdirSync('tests/bench/results', { recursive: true });
	const out = {
		generated: new Date().toISOString(),
		machine: { cpus: (await import('node:os')).cpus().length, node: process.version, chromium: browser.version() },
		runs,
		quick,
		minutes: Math.round((performance.now() - t0) / 600) / 100,
		metrics: results
	};
	// One entry per metric at the top level, as the issue asks, plus the run's context under "_run".
	const run = { ...out, metrics: undefined, groups: only ?? 'all' };
	const meta = runs0._run ? { ...runs0, [`_run_${(only ?? ['all']).join('_')}`]: run } : { _run: run };
	writeFileSync('tests/bench/results/latest.json', JSON.stringify({ ...results, ...meta }, null, '\t') + '\n');
	console.log(`\n${table(results)}\n\nbench: ${out.minutes} min; wrote tests/bench/results/latest.json`);
}

main().catch((e) => {
	console.error(`bench failed: ${e instanceof Error ? e.stack : e}`);
	process.exit(1);
});
