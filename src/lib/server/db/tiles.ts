/**
 * `/tiles/{layer}/{z}/{x}/{y}.pbf`: Mapbox Vector Tiles made by PostGIS (ST_AsMVT over
 * ST_TileEnvelope), filtered by the explore query in the tile URL (./where.ts).
 *
 * - Event layers (incidents, acled) below AGGREGATE_BELOW are counts per grid cell (`cells`: a
 *   point per cell with `count`) for the query's window, type, actor, near…; region-only incidents
 *   are never a point: they are counted per region in `regions` (the region's polygon, `count`).
 * - From AGGREGATE_BELOW on, and for every other layer, tiles carry the features themselves with the
 *   light properties the style, the filters and the picker read (`props`, ./rows.ts): point-like
 *   incidents at their anchor in the layer's own tile layer, region-only ones as their region in
 *   `{layer}-regions`. The page filters those by MapLibre expressions, without a round trip.
 * The ETag is the data version (set by each load) with the path and the canonical query, so a
 * conditional request is answered without touching the tile, and a CDN can key on the URL.
 */
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { serialiseQuery, type ExploreQuery } from '$lib/explore/query';
import { schemaOf, whereOf } from './where';
import { AGGREGATE_BELOW, cellSize, CELLS, EVENT_LAYERS, mercX, mercY, R } from './grid';
import { countCellsSql, countsAnswer, levelFor } from './counts';

export { AGGREGATE_BELOW, EVENT_LAYERS };
export const MAX_ZOOM = 16;

export function validTile(z: number, x: number, y: number): boolean {
	return Number.isInteger(z) && Number.isInteger(x) && Number.isInteger(y) && z >= 0 && z <= MAX_ZOOM && x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z;
}

/** The data version of a layer's schema (written by each load), or null when it is not loaded. */
export async function schemaVersion(db: PoolClient, layer: string): Promise<string | null> {
	const s = schemaOf(layer);
	const ok = await db.query('SELECT to_regclass($1) IS NOT NULL AS ok', [`${s}.meta`]);
	if (!ok.rows[0].ok) return null;
	const r = await db.query(`SELECT value FROM ${s}.meta WHERE key = 'version'`);
	return r.rows[0]?.value ?? null;
}

export function tileEtag(version: string, layer: string, z: number, x: number, y: number, q: ExploreQuery): string {
	const h = createHash('sha256').update(`${version}\n${layer}/${z}/${x}/${y}\n${serialiseQuery(q)}`).digest('base64url').slice(0, 27);
	return `"${h}"`;
}

const ENV = (p: (v: unknown) => string, z: number, x: number, y: number) => `ST_TileEnvelope(${p(z)}::int, ${p(x)}::int, ${p(y)}::int)`;

/**
 * Whether schema `s` holds the precomputed counts of zoom z's level: known by that level's index
 * (./counts.ts `countIndexesSql`). A schema loaded before the counts, or before the level existed
 * (zooms 6 and 7 once read zoom 8's cells), has none: its tiles count live until the next load.
 */
async function hasCounts(db: PoolClient, s: string, z: number): Promise<boolean> {
	return (await db.query('SELECT to_regclass($1) IS NOT NULL AS ok', [`${s}.counts_cell_days_${levelFor(z)}`])).rows[0].ok;
}

/**
 * The tile's bytes (possibly empty: a tile with no features is a valid empty MVT). Count tiles come
 * from the precomputed counts (./counts.ts) when they answer the query; `live` forces the query over
 * the features (the tests and the bench compare both).
 */
export async function tile(db: PoolClient, layer: string, z: number, x: number, y: number, q: ExploreQuery, o: { live?: boolean } = {}): Promise<Buffer> {
	const params: unknown[] = [];
	const p = (v: unknown) => `$${params.push(v)}`;
	const w = whereOf(layer, q, 'f', [], params);
	const s = schemaOf(layer);
	const env = ENV(p, z, x, y);
	// A margin of one grid cell so symbols on the tile's edge are not clipped, kept inside the
	// world (beyond its edge ST_Transform wraps, and a tile on the edge, zoom 0–2, came out empty).
	const m = `((ST_XMax(${env}) - ST_XMin(${env})) / ${CELLS})`;
	const edge = (f: 'X' | 'Y', side: 'Min' | 'Max') => `${side === 'Min' ? 'greatest' : 'least'}(ST_${f}${side}(${env}) ${side === 'Min' ? '-' : '+'} ${m}, ${side === 'Min' ? -R : R})`;
	const box = `ST_Transform(ST_MakeEnvelope(${edge('X', 'Min')}, ${edge('Y', 'Min')}, ${edge('X', 'Max')}, ${edge('Y', 'Max')}, 3857), 4326)`;
	// Region-only incidents are drawn as their region's polygon, never as a point: an ACLED region
	// (geo_precision 3) comes with a centroid only, so it is left out of the tiles (it is listed and exported).
	const regionTest = layer === 'acled' ? 'false' : `f.is_event AND f.anchor IS NULL AND ST_Dimension(f.geom) = 2`;
	let sql: string;
	if (EVENT_LAYERS.has(layer) && z < AGGREGATE_BELOW) {
		const cell = cellSize(z);
		const fromTable = !o.live && countsAnswer(q) && (await hasCounts(db, s, z));
		const cells = fromTable
			? countCellsSql(s, layer, z, x, y, q, env, p)
			: `
pts AS (
	SELECT ${mercX('f.anchor')} AS x, ${mercY('f.anchor')} AS y
	FROM ${s}.features f WHERE ${w.sql} AND f.anchor && ${box}
), cells AS (
	SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(avg(x), avg(y)), 3857), ${env}) AS geom, count(*)::int AS count
	FROM pts GROUP BY floor(x / ${cell}), floor(y / ${cell})
)`;
		sql = `
WITH ${cells}, regions AS (
	SELECT ST_AsMVTGeom(ST_Transform((array_agg(f.geom ORDER BY f.ord))[1], 3857), ${env}) AS geom,
		coalesce(f.props->>'footprint_id', '') AS footprint_id, count(*)::int AS count
	FROM ${s}.features f WHERE ${w.sql} AND ${regionTest} AND f.geom && ${box}
	GROUP BY coalesce(f.props->>'footprint_id', '')
)
SELECT (SELECT coalesce(ST_AsMVT(cells, 'cells', 4096, 'geom'), '') FROM cells WHERE geom IS NOT NULL)
	|| (SELECT coalesce(ST_AsMVT(regions, 'regions', 4096, 'geom'), '') FROM regions WHERE geom IS NOT NULL) AS mvt`;
	} else {
		// Points by their anchor, other features (areas, lines) by their geometry: two tests the
		// GiST indexes answer (a coalesce of the two would be read row by row).
		sql = `
WITH pts AS (
	SELECT ord, props, ST_AsMVTGeom(ST_Transform(g, 3857), ${env}) AS geom FROM (
		SELECT f.ord, f.props, f.anchor AS g FROM ${s}.features f WHERE ${w.sql} AND f.anchor && ${box}
		UNION ALL
		SELECT f.ord, f.props, f.geom FROM ${s}.features f WHERE ${w.sql} AND NOT f.is_event AND f.anchor IS NULL AND f.geom && ${box}
	) u ORDER BY ord
), regions AS (
	SELECT f.ord, f.props, ST_AsMVTGeom(ST_Transform(f.geom, 3857), ${env}) AS geom
	FROM ${s}.features f WHERE ${w.sql} AND ${regionTest} AND f.geom && ${box} ORDER BY f.ord
)
SELECT (SELECT coalesce(ST_AsMVT(pts, ${p(layer)}, 4096, 'geom', 'ord'), '') FROM pts WHERE geom IS NOT NULL)
	|| (SELECT coalesce(ST_AsMVT(regions, ${p(`${layer}-regions`)}, 4096, 'geom', 'ord'), '') FROM regions WHERE geom IS NOT NULL) AS mvt`;
	}
	const r = await db.query(sql, params);
	return r.rows[0].mvt as Buffer;
}
