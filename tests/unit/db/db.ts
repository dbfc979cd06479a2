/**
 * The database for the DB specs: ATLAS_TEST_DATABASE_URL, else `atlas_test` of the cluster
 * `npm run db:start` starts (never DATABASE_URL: the specs load the fixture corpus, and must not
 * replace the data a developer loaded). Never skipped: with no database, they fail with the reason.
 */
import pg from 'pg';
import { loadRaw } from '$lib/atlas/load';
import { buildAtlas, type Atlas } from '$lib/atlas/build';
import { loadAtlas } from '$lib/server/db/load';
import { fixtureDataDir, removeDir } from '../fixture-corpus';

export const TEST_DB_URL = process.env.ATLAS_TEST_DATABASE_URL ?? 'postgres://atlas:atlas@127.0.0.1:5433/atlas_test';

export async function requireDb(): Promise<void> {
	const c = new pg.Client({ connectionString: TEST_DB_URL, connectionTimeoutMillis: 3000 });
	try {
		await c.connect();
		await c.query('SELECT postgis_version()');
	} catch (e) {
		throw new Error(`The DB specs need PostgreSQL + PostGIS at ${TEST_DB_URL} (npm run db:start): ${(e as Error).message}`, { cause: e });
	} finally {
		await c.end().catch(() => {});
	}
}

/** Runs `f` with DATABASE_URL set (the server's backend switch), then restores it. */
export async function withDatabase<T>(url: string | null, f: () => Promise<T>): Promise<T> {
	const before = process.env.DATABASE_URL;
	if (url === null) delete process.env.DATABASE_URL;
	else process.env.DATABASE_URL = url;
	try {
		return await f();
	} finally {
		if (before === undefined) delete process.env.DATABASE_URL;
		else process.env.DATABASE_URL = before;
	}
}

/** The fixture corpus' atlas, built and loaded into the test database. */
export async function loadFixtureAtlas(): Promise<Atlas> {
	const dir = fixtureDataDir();
	let atlas: Atlas;
	try {
		atlas = buildAtlas(loadRaw(dir));
	} finally {
		removeDir(dir);
	}
	const c = new pg.Pool({ connectionString: TEST_DB_URL, max: 1 });
	const db = await c.connect();
	try {
		await loadAtlas(db, atlas);
	} finally {
		db.release();
		await c.end();
	}
	return atlas;
}
