/**
 * The database for the DB specs: DATABASE_URL, or the one `npm run db:start` starts (ATLAS_TEST_DATABASE_URL
 * wins). Never skipped: when no database answers, the specs fail with the reason.
 */
import pg from 'pg';

export const TEST_DB_URL = process.env.ATLAS_TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://atlas:atlas@127.0.0.1:5433/atlas';

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
