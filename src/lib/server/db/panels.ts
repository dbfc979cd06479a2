/**
 * `/api/incidents/{id}` and `/api/places/{id}` from PostgreSQL: the features as loaded (their
 * exported JSON, byte for byte), shaped by the files backend's own functions ($lib/server/featureApi),
 * so both panels are the same JSON. Null for an id the database does not hold.
 */
import type { PoolClient } from 'pg';
import type { IncidentFeature, PlaceFeature } from '$lib/types';
import type { IncidentWire, PlaceWire } from '$lib/model/panel';
import { incidentWire, placeWire } from '../featureApi';
import { GAZETTEER_LAYERS, UNLAYERED } from './load';
import { hasLayer } from './layers';
import { acledIncidentWire } from '$lib/acled/panel';

/** Gazetteer features (not the reference layers' features of the same id), the first where an id repeats. */
const PLACES = `SELECT DISTINCT ON (id) id, feature FROM atlas.features WHERE layer IN (${[...GAZETTEER_LAYERS, UNLAYERED].map((l) => `'${l}'`).join(', ')}) AND id = ANY($1::text[]) ORDER BY id, layer, ord`;

export async function dbIncidentPanel(db: PoolClient, id: string): Promise<IncidentWire | null> {
	const r = await db.query(`SELECT feature FROM atlas.features WHERE layer = 'incidents' AND id = $1 LIMIT 1`, [id]);
	const incident = r.rows[0]?.feature as IncidentFeature | undefined;
	if (!incident) return acledPanel(db, id);
	const ids = incident.properties.place_ids;
	const found = new Map((await db.query(PLACES, [ids])).rows.map((x) => [x.id as string, x.feature as PlaceFeature]));
	return incidentWire(incident, ids.map((p) => found.get(p)).filter((p): p is PlaceFeature => !!p));
}

export async function dbPlacePanel(db: PoolClient, id: string): Promise<PlaceWire | null> {
	const place = (await db.query(PLACES, [[id]])).rows[0]?.feature as PlaceFeature | undefined;
	if (!place) return null;
	// The incidents that name the place or are drawn at it (props: the light properties, indexed jsonb).
	const r = await db.query(
		`SELECT feature FROM atlas.features WHERE layer = 'incidents' AND (props->'place_ids' ? $1 OR props->>'footprint_id' = $1) ORDER BY ord`,
		[id]
	);
	return placeWire(place, r.rows.map((x) => x.feature as IncidentFeature));
}

/** An event of the ACLED import (its own layer, schema `acled`), as an incident's panel; null when none is imported or it lacks the id. */
async function acledPanel(db: PoolClient, id: string): Promise<IncidentWire | null> {
	if (!(await hasLayer(db, 'acled'))) return null;
	const r = await db.query(`SELECT feature FROM acled.features WHERE layer = 'acled' AND id = $1 LIMIT 1`, [id]);
	return r.rows[0] ? acledIncidentWire(r.rows[0].feature) : null;
}
