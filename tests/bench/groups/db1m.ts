/**
 * A million incidents from PostgreSQL (`npm run bench -- --only db1m`; optional): the app served
 * with DATABASE_URL on the 1,000,000-row ACLED-shaped layer `npm run bench:db` loads, against a
 * bare MapLibre page drawing the same vector tiles with the app's own style (captured from the
 * app, its GeoJSON sources written to files), both in the same run, interleaved:
 *  - map ready: the app's map-status idle vs the bare page's first `idle`;
 *  - a timeline step from rest to idle (a new window: new count tiles from the server), the app's
 *    explore update vs the bare page setting the same tile URLs (the URL the app's query makes);
 *  - a low-zoom count tile alone (in-process), from the precomputed counts vs the live query.
 * With no PostgreSQL, or nothing loaded, the group is skipped with a note saying so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import pg from 'pg';
import sirv from 'sirv';
import { atRest, captureStyle, idleAfter, openPage } from '../browser';
import { interleave, PORTS, type Ctx } from '../context';
import { entry, sample, type Entry } from '../metrics';
import { STEP_WINDOWS } from '../probes';
import { startApp, type AppServer } from '../servers';
import { serialiseQuery } from '../../../src/lib/explore/query';
import { tile } from '../../../src/lib/server/db/tiles';

const PORT = PORTS.db1m;
const BARE_PORT = PORTS.db1mBare;
export const DB_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://atlas:atlas@127.0.0.1:5433/atlas_bench';
/** The frontier at zoom 5.6, the app's own first view at a laptop's size: count tiles. */
const VIEW = '#5.6/34.6/41.2';

/** How many ACLED rows the bench database holds, or why it cannot be used. */
async function loaded(): Promise<{ rows: number; counts: boolean } | { why: string }> {
	const c = new pg.Client({ connectionString: DB_URL, connectionTimeoutMillis: 3000 });
	try {
		await c.connect();
		const ok = (await c.query(`SELECT to_regclass('acled.features') IS NOT NULL AS f, to_regclass('acled.counts') IS NOT NULL AS c`)).rows[0];
		if (!ok.f) return { why: `no ACLED layer in ${DB_URL} (npm run bench:db loads it)` };
		return { rows: Number((await c.query('SELECT count(*) AS n FROM acled.features')).rows[0].n), counts: ok.c };
	} catch (e) {
		return { why: `no PostgreSQL at ${DB_URL} (npm run db:start, then npm run bench:db): ${(e as Error).message}` };
	} finally {
		await c.end().catch(() => {});
	}
}

/** The bare page's origin: the bench pages and the captured style, and /tiles/ relayed to the app (same origin, as the app's own page has them). */
function bareServer(ctx: Ctx, app: AppServer): Promise<Server> {
	const mounts = Object.entries({ '/bench/': resolve('tests/bench/pages'), '/ml/': resolve('node_modules/maplibre-gl/dist'), '/glyphs/': resolve('static/glyphs'), '/data/': ctx.pages }).map(
		([p, dir]) => [p, sirv(dir, { dev: true })] as const
	);
	const server = createServer(async (req, res) => {
		if (req.url?.startsWith('/tiles/')) {
			const r = await fetch(app.url + req.url);
			res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/octet-stream' });
			return res.end(Buffer.from(await r.arrayBuffer()));
		}
		const hit = mounts.find(([p]) => req.url?.startsWith(p));
		if (!hit) return res.writeHead(404).end();
		req.url = req.url!.slice(hit[0].length - 1) || '/';
		hit[1](req, res, () => void res.writeHead(404).end());
	});
	return new Promise((done) => server.listen(BARE_PORT, '127.0.0.1', () => done(server)));
}

/** The app's style with its tile URLs moved to the bare page's origin (the relay), written where the bare page reads it. */
async function capture(ctx: Ctx, app: AppServer): Promise<void> {
	const p = await openPage(ctx.browser, `${app.url}/${VIEW}`, true);
	try {
		await captureStyle(p.page, join(ctx.pages, 'db1m'), `http://127.0.0.1:${BARE_PORT}`, app.url);
	} finally {
		await p.close();
	}
	const file = join(ctx.pages, 'db1m', 'style.json');
	writeFileSync(file, readFileSync(file, 'utf8').replaceAll(app.url, `http://127.0.0.1:${BARE_PORT}`));
}

/** A step to window k: the app through its explore state; the bare page by giving each count source the URL that query makes. */
function step(page: import('@playwright/test').Page, app: boolean, k: number): Promise<number> {
	const [from, to] = STEP_WINDOWS[k % STEP_WINDOWS.length];
	if (app) return idleAfter(page, '__atlasMap', `return window.__atlasExplore.update({ from: ${JSON.stringify(from)}, to: ${JSON.stringify(to)} })`);
	const qs = serialiseQuery({ from, to }).toString();
	return idleAfter(page, '__map', `for (const [id, s] of Object.entries(map.getStyle().sources)) if (id.endsWith('-counts')) map.getSource(id).setTiles(s.tiles.map((u) => u.split('?')[0] + '?${qs}'));`);
}

/** A count tile alone, in-process, from the counts table and live: the median of 3 each. */
async function tileTimes(results: Record<string, Entry>): Promise<void> {
	const pool = new pg.Pool({ connectionString: DB_URL, max: 1 });
	const db = await pool.connect();
	try {
		for (const [z, x, y] of [[5, 19, 12], [7, 78, 50]]) {
			const q = { from: '2023-01', to: '2023-06' };
			const ms = async (live: boolean) => {
				const xs: number[] = [];
				for (let i = 0; i < 3; i++) {
					const t0 = performance.now();
					await tile(db, 'acled', z, x, y, q, { live });
					xs.push(performance.now() - t0);
				}
				return sample(xs);
			};
			const [table, live] = [await ms(false), await ms(true)];
			results[`db_count_tile_z${z}_ms`] = entry(table, 'ms', live, { kind: 'none', text: 'recorded: precomputed counts vs the live query' }, {
				baseline_name: 'live query over the features',
				note: `tile ${z}/${x}/${y}, window 2023-01…2023-06, 1M ACLED rows; the same bytes either way`
			});
		}
	} finally {
		db.release();
		await pool.end();
	}
}

export async function db1mGroup(ctx: Ctx): Promise<void> {
	const state = await loaded();
	if ('why' in state) {
		console.log(`bench: db1m skipped: ${state.why}`);
		ctx.results.map_ready_1m = entry(NaN, 'ms', null, { kind: 'none', text: 'skipped' }, { note: `skipped: ${state.why}` });
		return;
	}
	const app = await startApp('geodata', PORT, { DATABASE_URL: DB_URL });
	const bare = await bareServer(ctx, app);
	try {
		await capture(ctx, app);
		const ready: Record<'app' | 'bare', number[]> = { app: [], bare: [] };
		const steps: Record<'app' | 'bare', number[]> = { app: [], bare: [] };
		const fetched = new Set<string>();
		await interleave(ctx.quick ? 2 : Math.max(3, ctx.runs - 2), ['app', 'bare'] as const, async (v, i) => {
			const url = v === 'app' ? `${app.url}/${VIEW}` : `http://127.0.0.1:${BARE_PORT}/bench/bare.html?set=db1m`;
			const p = await openPage(ctx.browser, url, v === 'app', 240_000, (page) => page.on('request', (r) => v === 'app' && /\/api\/map\//.test(r.url()) && fetched.add(new URL(r.url()).pathname)));
			try {
				console.log(`bench: 1M ${v} run ${i}: ready in ${Math.round(p.ready)} ms`);
				if (i >= 0) ready[v].push(p.ready);
				for (let k = 0; k < 3; k++) {
					await atRest(p.page, v === 'app' ? '__atlasMap' : '__map');
					const ms = await step(p.page, v === 'app', k);
					console.log(`bench: 1M ${v} run ${i}: time step ${k}: ${Math.round(ms)} ms`);
					if (i >= 0 && k > 0 && Number.isFinite(ms)) steps[v].push(ms);
				}
			} finally {
				await p.close();
			}
		});
		const note = `${state.rows.toLocaleString('en')} ACLED rows in PostGIS${state.counts ? ' with the precomputed counts' : ' (no counts table: live count tiles)'}, view ${VIEW}; the app's page also downloaded ${[...fetched].join(', ') || 'no /api/map/ model'}${fetched.has('/api/map/incidents') ? '' : ' (not /api/map/incidents: the list, timeline and filter counts are the server answers)'}`;
		const r = ctx.results;
		r.map_ready_1m = entry(sample(ready.app), 'ms', sample(ready.bare), { kind: 'ratio', value: 1.1, text: '≤ 1.1× bare MapLibre on the same tiles' }, { baseline_name: 'bare MapLibre, same vector tiles and style', note });
		r.time_filter_step_1m = entry(sample(steps.app), 'ms', sample(steps.bare), { kind: 'none', text: 'recorded: against the same step on the bare page' }, {
			baseline_name: 'bare page setTiles to the same URLs',
			note: `90-day window moved by 3 months at zoom 5.6 (new count tiles from the server) → MapLibre idle; ${note}`
		});
		await tileTimes(r);
	} finally {
		bare.close();
		await app.stop();
	}
}
