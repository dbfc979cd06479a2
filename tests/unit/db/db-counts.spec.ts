/**
 * The low-zoom count tiles from the precomputed counts (src/lib/server/db/counts.ts) are the live
 * query's tiles: the same cells, counts and points, for several windows (one empty, one open-ended,
 * one of a few days) and type filters, at every level's zooms, on a generated ACLED export and the
 * fixture atlas, both loaded by their own commands (so the counts are the ones a load builds).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { dayRange, type ExploreQuery } from '$lib/explore/query';
import { tile } from '$lib/server/db/tiles';
import { COUNT_LEVELS, countCellsSql, countsAnswer, levelFor } from '$lib/server/db/counts';
import { generateAcled } from '../../bench/acled';
import { runAsync } from '../fixture-corpus';
import { loadFixtureAtlas, requireDb, TEST_DB_URL } from './db';

const dir = mkdtempSync(join(tmpdir(), 'atlas-counts-'));
let pool: pg.Pool;
let db: pg.PoolClient;
let type: string;

beforeAll(async () => {
	await requireDb();
	const csv = await generateAcled(3000, join(dir, 'acled.csv'), 7);
	const r = await runAsync('tools/db-import.ts', ['--acled', csv.path], { DATABASE_URL: TEST_DB_URL });
	if (r.status !== 0) throw new Error(r.stderr || r.stdout);
	await loadFixtureAtlas();
	pool = new pg.Pool({ connectionString: TEST_DB_URL, max: 1 });
	db = await pool.connect();
	type = (await db.query(`SELECT type_ids[1] AS t FROM acled.features GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].t;
}, 120_000);
afterAll(async () => {
	db?.release();
	await pool?.end();
	rmSync(dir, { recursive: true, force: true });
});

/** A tile's cells as [count, x, y], sorted (x, y in tile units). */
async function cells(layer: string, z: number, x: number, y: number, q: ExploreQuery, live: boolean): Promise<number[][]> {
	const t = new VectorTile(new PbfReader(new Uint8Array(await tile(db, layer, z, x, y, q, { live }))));
	const l = t.layers.cells;
	if (!l) return [];
	return Array.from({ length: l.length }, (_, i) => {
		const f = l.feature(i);
		const [pt] = f.loadGeometry()[0];
		return [Number(f.properties.count), pt.x, pt.y];
	}).sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0] - b[0]);
}

/** Tiles over the frame (lon 35–48, lat 31–38) at zoom z. */
function tilesAt(z: number): [number, number][] {
	const n = 2 ** z;
	const tx = (lon: number) => Math.floor(((lon + 180) / 360) * n);
	const ty = (lat: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * n);
	const out = new Set<string>();
	for (const lon of [35.5, 41, 47.5]) for (const lat of [31.5, 35, 37.5]) out.add(`${tx(lon)},${ty(lat)}`);
	return [...out].map((s) => s.split(',').map(Number) as [number, number]);
}

const QUERIES: [string, () => ExploreQuery][] = [
	['no filter', () => ({})],
	['half a year', () => ({ from: '2023-01', to: '2023-06' })],
	['a few days', () => ({ from: '2021-03-14', to: '2021-03-30' })],
	['open-ended', () => ({ from: '2024-07' })],
	['a type', () => ({ type: [type] })],
	['a type in a year', () => ({ from: '2019', to: '2019', type: [type] })],
	['an empty window', () => ({ from: '2031-01', to: '2031-12' })]
];

describe('count tiles from the precomputed counts', () => {
	it('the load built them: every anchored event counted once at each level, by span and for all time', async () => {
		const r = await db.query(`SELECT level, whole, sum(n)::int AS n FROM acled.counts GROUP BY level, whole ORDER BY level, whole`);
		const all = (await db.query(`SELECT count(*)::int AS n FROM acled.features WHERE anchor IS NOT NULL`)).rows[0].n;
		expect(all).toBeGreaterThan(2000);
		// Each level twice: the groups by span and the same without it (all time).
		expect(r.rows.map((x) => x.level)).toEqual(COUNT_LEVELS.flatMap((l) => [l, l]));
		expect(r.rows.map((x) => x.n)).toEqual(COUNT_LEVELS.flatMap(() => [all, all]));
	});

	it('answer the time window and type, and leave every other filter to the live query', () => {
		for (const [, q] of QUERIES) expect(countsAnswer(q())).toBe(true);
		for (const q of [{ actor: ['x'] }, { sources: 2 }, { bbox: [40, 34, 41, 35] }, { near: { target: 'x', km: 5 } }, { from: '2023-06', to: '2023-01' }] as ExploreQuery[])
			expect(countsAnswer(q)).toBe(false);
	});

	it('a tile in a window reads its own cells and window through one index (cell and span together), at every zoom', async () => {
		expect.hasAssertions();
		// Whatever the planner would choose on these few rows: the index must be able to answer the tile's tests.
		await db.query('SET enable_seqscan = off');
		try {
			for (const z of [2, 4, 5, 6, 7, 8]) {
				const [[x, y]] = tilesAt(z);
				const params: unknown[] = [];
				const sql = countCellsSql('acled', 'acled', z, x, y, { from: '2023-01', to: '2023-06' }, `ST_TileEnvelope(${z}, ${x}, ${y})`, (v) => `$${params.push(v)}`);
				const plan = JSON.stringify((await db.query(`EXPLAIN (FORMAT JSON) WITH ${sql} SELECT * FROM c`, params)).rows[0]);
				expect(plan, `zoom ${z}`).toContain(`counts_cell_days_${levelFor(z)}`);
				expect(COUNT_LEVELS).toContain(levelFor(z));
			}
		} finally {
			await db.query('RESET enable_seqscan');
		}
	});

	it('a schema without a level (loaded before it existed) counts that zoom live, never an empty tile', async () => {
		const [[x, y]] = tilesAt(6);
		const q = { from: '2023-01', to: '2023-06' };
		await db.query('BEGIN');
		try {
			await db.query('DROP INDEX acled.counts_cell_days_6; DELETE FROM acled.counts WHERE level = 6');
			const [fromTable, live] = [await tile(db, 'acled', 6, x, y, q), await tile(db, 'acled', 6, x, y, q, { live: true })];
			expect(fromTable.length).toBeGreaterThan(0);
			expect(fromTable.equals(live)).toBe(true);
		} finally {
			await db.query('ROLLBACK');
		}
	});

	for (const [name, query] of QUERIES)
		it(`equal the live query's cells: ${name}`, async () => {
			expect.hasAssertions();
			const q = query();
			let total = 0;
			for (const layer of ['acled', 'incidents'])
				for (const z of [1, 3, 5, 6, 7, 8])
					for (const [x, y] of tilesAt(z)) {
						const [fromTable, live] = [await cells(layer, z, x, y, q, false), await cells(layer, z, x, y, q, true)];
						expect(fromTable.map((c) => c[0]), `${layer} ${z}/${x}/${y}`).toEqual(live.map((c) => c[0]));
						// The same points, up to the tile grid's rounding of the same average.
						fromTable.forEach((c, i) => expect(Math.abs(c[1] - live[i][1]) + Math.abs(c[2] - live[i][2])).toBeLessThanOrEqual(2));
						if (layer === 'acled' && z === 1) total += fromTable.reduce((s, c) => s + c[0], 0);
					}
			// And a plain count over the same window: the one zoom-1 tile holds the whole frame.
			const { from, to } = dayRange(q);
			const w = await db.query(
				`SELECT count(*)::int AS n FROM acled.features WHERE anchor IS NOT NULL AND ($1::text IS NULL OR date_to >= $1) AND ($2::text IS NULL OR date_from <= $2) AND ($3::text[] IS NULL OR type_ids && $3)`,
				[from ?? null, to ?? null, q.type ?? null]
			);
			expect(total).toBe(w.rows[0].n);
			if (name === 'an empty window') expect(total).toBe(0);
			else expect(total).toBeGreaterThan(0);
		});
});
