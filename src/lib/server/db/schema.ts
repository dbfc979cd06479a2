/**
 * The database's tables, created in a schema of their own so a load can build the next copy beside
 * the one serving and swap it in by rename inside one transaction (`swapIn`): a load that fails
 * or is killed half-way rolls back whole and the previous data keeps serving.
 *
 * Schemas: `atlas` (the built atlas: every layer's features, articles, excerpts, sources, near
 * targets) and `acled` (an ACLED import: its `features`, same columns, layer `acled`).
 * Geometries are SRID 4326; GiST indexes on the geometry, on the point anchors and on the geometry
 * as geography (what `near` reads with ST_DWithin), btree on the dates; `counts` (./counts.ts) for
 * the low-zoom tiles, built at the swap.
 */
import type { ClientBase, PoolClient } from 'pg';
import { buildCounts } from './counts';

/** The schemas a load writes; the server reads `features` from both. */
export const SCHEMAS = ['atlas', 'acled'] as const;
export type SchemaName = (typeof SCHEMAS)[number];

export function featuresDdl(s: string): string {
	return `
CREATE TABLE ${s}.features (
	layer text NOT NULL,
	ord integer NOT NULL,
	id text,
	geom geometry(Geometry, 4326),
	anchor geometry(Point, 4326),
	is_event boolean NOT NULL,
	date_from text COLLATE "C",
	date_to text COLLATE "C",
	geo_precision smallint,
	source_count integer NOT NULL DEFAULT 0,
	type_ids text[] NOT NULL DEFAULT '{}',
	actor_ids text[] NOT NULL DEFAULT '{}',
	article_ids text[] NOT NULL DEFAULT '{}',
	outlet_ids text[] NOT NULL DEFAULT '{}',
	kind_ids text[] NOT NULL DEFAULT '{}',
	props jsonb NOT NULL,
	feature json NOT NULL,
	PRIMARY KEY (layer, ord)
);
CREATE TABLE ${s}.meta (key text PRIMARY KEY, value text NOT NULL);`;
}

/** Indexes made after the rows are in (faster than maintaining them row by row). */
export function featureIndexes(s: string): string {
	return `
CREATE INDEX ON ${s}.features (layer, id);
CREATE INDEX ON ${s}.features USING gist (geom);
CREATE INDEX ON ${s}.features USING gist (anchor);
CREATE INDEX ON ${s}.features USING gist ((geom::geography));
-- Narrow: a time-window count reads this index alone, not the wide rows (index-only scan).
CREATE INDEX ON ${s}.features (layer, date_from, date_to) INCLUDE (is_event, anchor);
CREATE INDEX ON ${s}.features USING gin (actor_ids);
-- A place's panel lists the incidents naming it or drawn at it (./panels.ts): a BitmapOr of these
-- two instead of a scan of every incident (at a million, 1.9 s → 0.12 s for 2,500 incidents).
CREATE INDEX ON ${s}.features USING gin ((props->'place_ids')) WHERE layer = 'incidents';
CREATE INDEX ON ${s}.features ((props->>'footprint_id')) WHERE layer = 'incidents';
ANALYZE ${s}.features;`;
}

export const ATLAS_EXTRA_DDL = (s: string) => `
CREATE TABLE ${s}.articles (id text PRIMARY KEY, text text NOT NULL, meta jsonb NOT NULL);
CREATE TABLE ${s}.excerpts (feature_id text NOT NULL, article text NOT NULL, start_at integer NOT NULL, end_at integer NOT NULL, excerpt json NOT NULL);
CREATE TABLE ${s}.sources (id text PRIMARY KEY, label text NOT NULL, excerpts integer NOT NULL);
CREATE TABLE ${s}.targets (id text PRIMARY KEY, geom geometry(Geometry, 4326) NOT NULL);
CREATE VIEW ${s}.places AS SELECT * FROM ${s}.features WHERE layer = 'places';
CREATE VIEW ${s}.areas AS SELECT * FROM ${s}.features WHERE layer = 'areas';
CREATE VIEW ${s}.lines AS SELECT * FROM ${s}.features WHERE layer = 'lines';
CREATE VIEW ${s}.incidents AS SELECT * FROM ${s}.features WHERE layer = 'incidents';`;

export const ATLAS_EXTRA_INDEXES = (s: string) => `
CREATE INDEX ON ${s}.excerpts (feature_id);
CREATE INDEX ON ${s}.excerpts (article);
CREATE INDEX ON ${s}.targets USING gist ((geom::geography));`;

/** The name of the schema a load builds in before it is swapped in. */
export const nextName = (s: SchemaName) => `${s}_next`;

/** Starts building the next copy of `s` (inside the caller's transaction). */
export async function createNext(db: ClientBase, s: SchemaName, extra = ''): Promise<string> {
	const next = nextName(s);
	await db.query(`DROP SCHEMA IF EXISTS ${next} CASCADE; CREATE SCHEMA ${next};${featuresDdl(next)}${extra}`);
	return next;
}

/**
 * Replaces `s` by its next copy (inside the caller's transaction, which the caller commits):
 * readers see the old copy until COMMIT, then the new one.
 */
export async function swapIn(db: PoolClient, s: SchemaName, version: string): Promise<void> {
	const next = nextName(s);
	// The low zooms' counts, from the features as they are now: never older than what they count.
	await buildCounts(db, next);
	await db.query(`INSERT INTO ${next}.meta VALUES ('version', $1), ('loaded_at', $2)`, [version, new Date().toISOString()]);
	await db.query(`DROP SCHEMA IF EXISTS ${s} CASCADE; ALTER SCHEMA ${next} RENAME TO ${s};`);
}
