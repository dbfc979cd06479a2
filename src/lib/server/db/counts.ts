/**
 * Precomputed counts for the event layers' low-zoom tiles (issue 21): a count tile at a million
 * incidents read every row of its window (≈ 6 s at zoom 5); this table holds the rows already
 * grouped per grid cell (./grid.ts), exact span (date_from, date_to), type set and is_event, so
 * a tile sums the groups of its cells and window — for any day window, not only whole months.
 *
 * Each level also holds the same groups without their span (`whole`: the counts for all time), what
 * a view without a time window reads — the map's first view — instead of every span's group.
 * Levels: the cells of zoom LEVELS[i] answer every zoom from the previous level + 1 up to it
 * (a coarser cell is an index shift of a finer one). `buildCounts` runs in every load's transaction
 * just before the swap (./schema.ts `swapIn`), so the counts are never older than the features.
 * What the table answers: the time window and type (`countsAnswer`); any other filter (actor,
 * article, outlet, kind, sources, near, bbox) falls back to the live query over the features.
 */
import type { PoolClient } from 'pg';
import { dayRange, type ExploreQuery } from '$lib/explore/query';
import { isIsoDay } from '$lib/corpus/dates';
import { AGGREGATE_BELOW, cellSize, EVENT_LAYERS, mercX, mercY, tileCells } from './grid';
import { copyRows } from './copy';

/**
 * Grid levels kept (each a zoom's cells); the last is the last aggregated zoom. Zooms 5–8 have a
 * level each: a zoom reading a finer level's cells (zoom 6 read zoom 8's, 16 per cell) read 16
 * times the groups of its own — at a million, an all-time zoom-6 tile took 0.7–1 s against 50–75 ms at zoom 5.
 */
export const COUNT_LEVELS = [2, 5, 6, 7, AGGREGATE_BELOW - 1] as const;

/** The level whose cells answer a tile of zoom z (the first level at or above z). */
export const levelFor = (z: number) => COUNT_LEVELS.find((l) => l >= z) ?? null;

const layers = [...EVENT_LAYERS].map((l) => `'${l}'`).join(', ');

/** Builds `${s}.counts` from `${s}.features` (inside the load's transaction). */
export async function buildCounts(db: PoolClient, s: string): Promise<number> {
	await db.query(`DROP TABLE IF EXISTS ${s}.counts; CREATE TABLE ${s}.counts (
	layer text NOT NULL, level smallint NOT NULL, whole boolean NOT NULL, cx integer NOT NULL, cy integer NOT NULL, is_event boolean NOT NULL,
	date_from text COLLATE "C", date_to text COLLATE "C", days daterange NOT NULL, type_ids text[] NOT NULL,
	n integer NOT NULL, sx double precision NOT NULL, sy double precision NOT NULL)`);
	// The spans as date ranges, for a GiST index: worked out here for the few distinct spans, so a
	// malformed date (never expected, but text) only widens its range to all time instead of failing the load.
	const spans = await db.query(`SELECT DISTINCT date_from, date_to FROM ${s}.features WHERE layer IN (${layers}) AND anchor IS NOT NULL`);
	await db.query(`CREATE TEMP TABLE count_spans (date_from text COLLATE "C", date_to text COLLATE "C", days text) ON COMMIT DROP`);
	await copyRows(db, 'count_spans', ['date_from', 'date_to', 'days'], spans.rows.map((r) => {
		const ok = typeof r.date_from === 'string' && typeof r.date_to === 'string' && isIsoDay(r.date_from) && isIsoDay(r.date_to) && r.date_from <= r.date_to;
		return [r.date_from, r.date_to, ok ? `[${r.date_from},${r.date_to}]` : '(,)'];
	}));
	const level = COUNT_LEVELS.map((l) => `(${l}, ${cellSize(l)})`).join(', ');
	const r = await db.query(`
INSERT INTO ${s}.counts
WITH pts AS MATERIALIZED (
	SELECT layer, is_event, date_from, date_to, type_ids, ${mercX('anchor')} AS x, ${mercY('anchor')} AS y
	FROM ${s}.features WHERE layer IN (${layers}) AND anchor IS NOT NULL
), spans AS MATERIALIZED (
	SELECT p.layer, l.level, floor(p.x / l.size)::int AS cx, floor(p.y / l.size)::int AS cy, p.is_event, p.date_from, p.date_to,
		coalesce(sp.days, '(,)')::daterange AS days, p.type_ids, count(*)::int AS n, sum(p.x) AS sx, sum(p.y) AS sy
	FROM pts p CROSS JOIN (VALUES ${level}) AS l(level, size)
	LEFT JOIN count_spans sp ON sp.date_from IS NOT DISTINCT FROM p.date_from AND sp.date_to IS NOT DISTINCT FROM p.date_to
	GROUP BY p.layer, l.level, 3, 4, p.is_event, p.date_from, p.date_to, sp.days, p.type_ids
)
SELECT layer, level, false, cx, cy, is_event, date_from, date_to, days, type_ids, n, sx, sy FROM spans
UNION ALL
SELECT layer, level, true, cx, cy, is_event, NULL, NULL, '(,)', type_ids, sum(n)::int, sum(sx), sum(sy) FROM spans GROUP BY layer, level, cx, cy, is_event, type_ids
ORDER BY 2, 3, 7`);
	await db.query(countIndexesSql(s));
	return r.rowCount ?? 0;
}

/**
 * The counts' indexes: per level, the groups' cell and span together (a GiST over the cell as a
 * point and the span as a date range), so a tile reads the groups of its own cells in its window.
 * With the span alone, a zoom-7 tile read the window's groups of the whole map (≈ 50,000 at a
 * million) before keeping its cells. The all-time groups by level and cell.
 */
export function countIndexesSql(s: string): string {
	return (
		COUNT_LEVELS.map((l) => `CREATE INDEX counts_cell_days_${l} ON ${s}.counts USING gist (point(cx, cy), days) WHERE level = ${l} AND NOT whole;`).join('\n') +
		`CREATE INDEX counts_whole ON ${s}.counts (level, cx, cy) WHERE whole; ANALYZE ${s}.counts;`
	);
}

/** Whether the counts table answers `q` exactly (time window and type only). */
export function countsAnswer(q: ExploreQuery): boolean {
	if (q.actor?.length || q.article?.length || q.outlet?.length || q.kind?.length || q.sources || q.near || q.bbox) return false;
	const { from, to } = dayRange(q);
	// An inverted window still keeps the spans that cover it (the selector's string tests): left to the live query.
	return !(from && to && from > to);
}

/**
 * The `cells` of a count tile from the table: the same cells, counts and points as the live query
 * (./tiles.ts), summed from the level that answers zoom z. `env` is the tile envelope (SQL), `p` adds a parameter.
 */
export function countCellsSql(s: string, layer: string, z: number, x: number, y: number, q: ExploreQuery, env: string, p: (v: unknown) => string): string {
	const level = levelFor(z)!;
	const shift = level - z;
	const c = tileCells(z, x, y);
	const [x0, x1, y0, y1] = [c.x0 * 2 ** shift, (c.x1 + 1) * 2 ** shift - 1, c.y0 * 2 ** shift, (c.y1 + 1) * 2 ** shift - 1];
	const parts = [`k.level = ${level}`, `k.layer = ${p(layer)}`, `k.cx BETWEEN ${x0} AND ${x1}`, `k.cy BETWEEN ${y0} AND ${y1}`];
	const { from, to } = dayRange(q);
	parts.push(from || to ? 'NOT k.whole' : 'k.whole');
	if (from || to) {
		const t = [from && `k.date_to >= ${p(from)}`, to && `k.date_from <= ${p(to)}`].filter(Boolean).join(' AND ');
		// The cell-and-range tests are what the index reads (countIndexesSql); the text test is the live query's own, exact.
		parts.push(
			`point(k.cx, k.cy) <@ box(point(${x0}, ${y0}), point(${x1}, ${y1}))`,
			`k.days && daterange(${p(from ?? null)}::date, ${p(to ?? null)}::date, '[]')`,
			`(NOT k.is_event OR (${t}))`
		);
	}
	if (q.type?.length) parts.push(`(NOT k.is_event OR k.type_ids && ${p(q.type)}::text[])`);
	return `
c AS (
	SELECT sum(k.n)::int AS count, sum(k.sx) AS sx, sum(k.sy) AS sy FROM ${s}.counts k
	WHERE ${parts.join(' AND ')} GROUP BY k.cx >> ${shift}, k.cy >> ${shift}
), cells AS (
	SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(sx / count, sy / count), 3857), ${env}) AS geom, count FROM c
)`;
}
