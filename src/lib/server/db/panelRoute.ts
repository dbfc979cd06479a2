/**
 * `/api/incidents/{id}` and `/api/places/{id}` with DATABASE_URL set: the panel from PostgreSQL
 * (./panels.ts), 404 in the one error shape for an unknown id, the one 503 when the database is
 * away or holds no atlas.
 */
import { notFound } from '../http';
import { dbErrorResponse, DbNotLoaded } from './http';
import { hasLayer } from './layers';
import { dbIncidentPanel, dbPlacePanel } from './panels';
import { withClient } from './pool';

export async function dbPanel(kind: 'incident' | 'place', id: string): Promise<Response> {
	try {
		const body = await withClient(async (db) => {
			if (!(await hasLayer(db, 'incidents'))) throw new DbNotLoaded('the atlas');
			return kind === 'incident' ? dbIncidentPanel(db, id) : dbPlacePanel(db, id);
		});
		if (!body) return notFound(kind, id);
		return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' } });
	} catch (e) {
		return dbErrorResponse(e) ?? Promise.reject(e);
	}
}
