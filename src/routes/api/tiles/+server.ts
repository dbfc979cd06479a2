import { json } from '@sveltejs/kit';
import { getPool, withClient } from '$lib/server/db/pool';
import { dbErrorResponse } from '$lib/server/db/http';
import { AGGREGATE_BELOW, MAX_ZOOM } from '$lib/server/db/tiles';
import type { RequestHandler } from './$types';

/**
 * Whether this server has vector tiles (only with DATABASE_URL), their URL template, the layers
 * loaded and the zoom below which event layers are counts per cell. `{available: false}` on files.
 */
export const GET: RequestHandler = async () => {
	if (!getPool()) return json({ available: false });
	try {
		const layers = await withClient(async (db) => {
			const out: string[] = [];
			for (const s of ['atlas', 'acled']) {
				const ok = await db.query('SELECT to_regclass($1) IS NOT NULL AS ok', [`${s}.features`]);
				if (ok.rows[0].ok) out.push(...(await db.query(`SELECT DISTINCT layer FROM ${s}.features ORDER BY 1`)).rows.map((r) => r.layer as string));
			}
			return out;
		});
		return json({ available: layers.length > 0, template: '/tiles/{layer}/{z}/{x}/{y}.pbf', layers, aggregate_below_zoom: AGGREGATE_BELOW, max_zoom: MAX_ZOOM }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		return dbErrorResponse(e) ?? Promise.reject(e);
	}
};
