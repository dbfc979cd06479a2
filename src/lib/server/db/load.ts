/**
 * `npm run db:load`'s work: the built atlas into the database in one transaction. Rows are COPYed
 * into a staging table with GeoJSON geometry text, turned into geometries by one INSERT … SELECT,
 * indexed, then the new schema is swapped in for the old (./schema.ts). Anything failing, or the
 * process dying, before COMMIT leaves the previous data serving.
 */
import { createHash } from 'node:crypto';
import type { Feature } from 'geojson';
import type { PoolClient } from 'pg';
import type { Atlas } from '$lib/atlas/build';
import { facetId, outletLabel } from '$lib/explore/facets';
import { GAZETTEER_LAYERS } from '$lib/model/layers';
import { copyRows } from './copy';
import { featureRow, FEATURE_COLUMNS, rowValues, type FeatureRow } from './rows';
import { ATLAS_EXTRA_DDL, ATLAS_EXTRA_INDEXES, createNext, featureIndexes, swapIn, type SchemaName } from './schema';

/** Staging columns: the features' own, geometry as GeoJSON text (anchor as EWKT). */
const STAGING = (s: string) => `CREATE UNLOGGED TABLE ${s}.staging (LIKE ${s}.features); ALTER TABLE ${s}.staging ALTER geom TYPE text, ALTER anchor TYPE text, ALTER props TYPE text, ALTER feature TYPE text;`;

/** COPY the rows into staging, then into `features` as geometries; returns the version hash of what was written. */
export async function copyFeatures(db: PoolClient, s: string, rows: AsyncIterable<FeatureRow> | Iterable<FeatureRow>): Promise<{ count: number; version: string }> {
	await db.query(STAGING(s));
	const hash = createHash('sha256');
	async function* values() {
		for await (const r of rows) {
			hash.update(r.layer).update('\0').update(r.feature).update('\n');
			yield rowValues(r);
		}
	}
	const count = await copyRows(db, `${s}.staging`, FEATURE_COLUMNS, values());
	const cols = FEATURE_COLUMNS.join(', ');
	const sel = FEATURE_COLUMNS.map((c) =>
		c === 'geom' ? 'ST_SetSRID(ST_GeomFromGeoJSON(geom), 4326)' : c === 'anchor' ? 'anchor::geometry' : c === 'props' ? 'props::jsonb' : c === 'feature' ? 'feature::json' : c
	).join(', ');
	await db.query(`INSERT INTO ${s}.features (${cols}) SELECT ${sel} FROM ${s}.staging; DROP TABLE ${s}.staging;`);
	await db.query(featureIndexes(s));
	return { count, version: hash.digest('hex').slice(0, 32) };
}

/** The layers the gazetteer's features are drawn on (./panels.ts reads a place's panel from these). */
export { GAZETTEER_LAYERS };
/** Gazetteer features on no layer (a country named only as a near target): no map draws them, their panels still open. */
export const UNLAYERED = 'unlayered';

function* atlasRows(atlas: Atlas): Iterable<FeatureRow> {
	for (const [layer, fc] of atlas.layers) {
		let ord = 0;
		for (const f of fc.features) yield featureRow(layer, ord++, f);
	}
	let ord = 0;
	for (const p of atlas.places.values())
		if (!(GAZETTEER_LAYERS as readonly string[]).includes(p.properties.layer ?? '')) yield featureRow(UNLAYERED, ord++, p as Feature);
}

/** Runs `work` in one transaction that swaps schema `s` in at the end; rolls back on any failure. */
export async function inOneTransaction<T>(db: PoolClient, s: SchemaName, work: (next: string) => Promise<{ version: string } & T>): Promise<T> {
	await db.query('BEGIN');
	try {
		// One load of a schema at a time: a second waits here, then builds on what the first swapped in.
		await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`atlas-load:${s}`]);
		const out = await work(`${s}_next`);
		await swapIn(db, s, out.version);
		await db.query('COMMIT');
		return out;
	} catch (e) {
		await db.query('ROLLBACK').catch(() => {});
		throw e;
	}
}

export interface LoadSummary {
	features: number;
	articles: number;
	excerpts: number;
	sources: number;
	version: string;
}

export async function loadAtlas(db: PoolClient, atlas: Atlas, hooks: { afterFeatures?: () => Promise<void> } = {}): Promise<LoadSummary> {
	return inOneTransaction(db, 'atlas', async () => {
		const s = await createNext(db, 'atlas', ATLAS_EXTRA_DDL('atlas_next'));
		const { count, version } = await copyFeatures(db, s, atlasRows(atlas));
		await hooks.afterFeatures?.();
		const articles = await copyRows(db, `${s}.articles`, ['id', 'text', 'meta'], [...atlas.articles.values()].map((a) => [a.id, a.text.replace(/\0/g, ''), JSON.stringify(a.meta)]));
		const excerptRows: unknown[][] = [];
		const sources = new Map<string, { label: string; n: number }>();
		for (const f of [...atlas.places.values(), ...atlas.incidents.values()])
			for (const e of f.properties.excerpts) {
				excerptRows.push([f.id, e.article, e.start, e.end, JSON.stringify(e)]);
				const label = outletLabel(e);
				if (!label) continue;
				const o = sources.get(facetId(label)) ?? { label, n: 0 };
				o.n++;
				sources.set(facetId(label), o);
			}
		const excerpts = await copyRows(db, `${s}.excerpts`, ['feature_id', 'article', 'start_at', 'end_at', 'excerpt'], excerptRows);
		await copyRows(db, `${s}.sources`, ['id', 'label', 'excerpts'], [...sources].map(([id, o]) => [id, o.label, o.n]));
		const targets = [...atlas.places.values()].filter((p) => p.geometry).map((p) => [p.id, JSON.stringify(p.geometry)]);
		await db.query(`CREATE TEMP TABLE t_in (id text, g text) ON COMMIT DROP`);
		await copyRows(db, 't_in', ['id', 'g'], targets);
		await db.query(`INSERT INTO ${s}.targets SELECT id, ST_SetSRID(ST_GeomFromGeoJSON(g), 4326) FROM t_in;${ATLAS_EXTRA_INDEXES(s)}`);
		return { features: count, articles, excerpts, sources: sources.size, version };
	});
}
