/**
 * An ACLED event (./feature.ts) as the incident panel's body (`/api/incidents/{id}`, $lib/model/panel
 * `IncidentWire`), so a click on an imported event opens the same panel as the atlas' incidents: what
 * ACLED says (type, actors, sources, fatalities, notes as the summary, its location and precision,
 * its attribution) and no excerpt or place of ours — ACLED's events come with none.
 */
import type { Feature, Point } from 'geojson';
import type { IncidentWire } from '$lib/model/panel';
import type { DatePrecision } from '$lib/types';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function acledIncidentWire(f: Feature): IncidentWire {
	const p = f.properties ?? {};
	const [lon, lat] = (f.geometry as Point).coordinates;
	const where = text(p.location) || text(p.admin2) || text(p.admin1);
	const sources = texts(p.sources);
	const incident = {
		type: 'Feature' as const,
		id: text(p.id),
		geometry: f.geometry as Point,
		properties: {
			id: text(p.id),
			name_en: where,
			name_ar: '',
			kind: text(p.type),
			title_en: text(p.title_en),
			title_ar: null,
			sources,
			source_count: sources.length,
			fatalities: typeof p.fatalities === 'number' ? p.fatalities : null,
			footprint_id: '',
			footprint_name_en: where,
			date: text(p.date),
			date_end: null,
			date_from: text(p.date_from),
			date_to: text(p.date_to),
			date_precision: text(p.date_precision) as DatePrecision,
			date_note: null,
			type: text(p.type),
			acled_event_type: text(p.acled_event_type),
			acled_sub_event_type: text(p.acled_sub_event_type),
			actors: texts(p.actors),
			place_ids: [],
			geo_precision: ([1, 2, 3].includes(p.geo_precision) ? p.geo_precision : 3) as 1 | 2 | 3,
			location_note: [where, text(p.point_is)].filter(Boolean).join(': '),
			anchor_lon: lon,
			anchor_lat: lat,
			radius_km: null,
			quantities: {},
			summary_en: text(p.notes),
			source: text(p.source),
			license: text(p.license)
		}
	};
	return { incident, excerpts: [], places: [] } as IncidentWire;
}
