/**
 * The database backend's answers: the one JSON error body ($lib/server/http `apiError`) with 503
 * when the database cannot be reached or holds no data yet, and the near-target check in SQL.
 */
import type { PoolClient } from 'pg';
import { apiError } from '../http';
import { unknownNear } from '../layerQuery';
import type { ExploreQuery } from '$lib/explore/query';
import { DbUnavailable } from './pool';

export class DbNotLoaded extends Error {}

export function dbErrorResponse(e: unknown): Response | null {
	if (e instanceof DbUnavailable) {
		console.warn('[db] unavailable: %s', JSON.stringify(e.message));
		return apiError(503, 'database_unavailable', 'The database cannot be reached; try again shortly.', { 'retry-after': '10' });
	}
	if (e instanceof DbNotLoaded) return apiError(503, 'database_not_loaded', `The database holds no data for this yet (${e.message}); run npm run db:load.`);
	return null;
}

/** Throws QueryError when `near` names no target in the loaded atlas. */
export async function checkNear(db: PoolClient, q: ExploreQuery): Promise<void> {
	if (!q.near) return;
	const ok = await db.query('SELECT 1 FROM atlas.targets WHERE id = $1', [q.near.target]).catch(() => ({ rowCount: 0 }));
	if (!ok.rowCount) throw unknownNear(q.near.target);
}
