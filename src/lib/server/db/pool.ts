/**
 * The connection pool to `DATABASE_URL`, made on first use; null when the variable is unset (the
 * files are then the only backend, exactly as without this module). `DbUnavailable` is what every
 * caller turns into the one 503 error body when the database cannot be reached.
 */
import pg from 'pg';

let pool: pg.Pool | null = null;
let poolUrl: string | null = null;

export class DbUnavailable extends Error {}

export function databaseUrl(): string | null {
	const u = process.env.DATABASE_URL;
	return u && u.trim() ? u.trim() : null;
}

export function getPool(): pg.Pool | null {
	const url = databaseUrl();
	if (!url) return null;
	if (pool && poolUrl !== url) {
		// Pointed elsewhere (a test, a reconfigured process): the old pool closes when idle.
		void pool.end().catch(() => {});
		pool = null;
	}
	if (!pool) {
		poolUrl = url;
		pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL ?? 10), connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 });
		// An idle client whose server went away must not take the process down with it.
		pool.on('error', (e) => console.warn('[db] idle connection lost: %s', JSON.stringify(e.message)));
	}
	return pool;
}

/** Connection-level failures (refused, reset, timed out, server shutting down), as opposed to a bad query. */
export function isConnectionError(e: unknown): boolean {
	const err = e as { code?: string; message?: string };
	if (!err) return false;
	if (err.code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EPIPE|57P01|57P02|57P03|08\d\d\d|3D000|28P01)$/.test(err.code)) return true;
	return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(err.message ?? '');
}

const lost = (e: Error) => console.warn('[db] connection lost: %s', JSON.stringify(e.message));

/**
 * A client of the pool, with an error listener while it is checked out: a connection cut between
 * two queries would otherwise be an uncaught 'error' event (the query that follows fails instead).
 * `release` gives it back (broken: dropped from the pool).
 */
export async function checkout(): Promise<{ client: pg.PoolClient; release: (broken?: boolean) => void }> {
	const p = getPool();
	if (!p) throw new DbUnavailable('DATABASE_URL is not set');
	let client: pg.PoolClient;
	try {
		client = await p.connect();
	} catch (e) {
		throw new DbUnavailable((e as Error).message || String(e));
	}
	client.on('error', lost);
	let done = false;
	return {
		client,
		release(broken) {
			if (done) return;
			done = true;
			client.off('error', lost);
			client.release(broken);
		}
	};
}

/** Runs `f` with a pooled client; a connection failure becomes DbUnavailable with the reason. */
export async function withClient<T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> {
	const { client: c, release } = await checkout();
	let broken = false;
	try {
		return await f(c);
	} catch (e) {
		broken = isConnectionError(e);
		if (broken) throw new DbUnavailable((e as Error).message);
		throw e;
	} finally {
		release(broken);
	}
}

/** Closes the pool (tests, tools): the next use opens a new one. */
export async function closePool(): Promise<void> {
	const p = pool;
	pool = null;
	poolUrl = null;
	await p?.end();
}
