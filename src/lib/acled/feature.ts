/**
 * One row of an ACLED export (their column names) as a feature of the `acled` layer, or the reason
 * it is refused. Precision is mapped to ours:
 *  - geo_precision: ACLED's 1 (the town), 2 (near a town, or part of a region) and 3 (a region; the
 *    coordinates are the region's centroid) are our 1, 2 and 3. A 3 is never drawn as a point (the
 *    product's rule, $lib/model/precision): it is listed and exported, its point said to be the
 *    region's centroid (`point_is`), but no tile draws it as a marker.
 *  - time_precision: 1 (the day) → that day; 2 (the week around the date) → the seven days centred
 *    on it, `approximate`; 3 (the month) → the whole month, `month`.
 * Every feature carries ACLED's attribution (`source`, `license`) as the atlas' own features do.
 * Pure and browser-safe: `npm run db:import -- --acled` (tools/db-import.ts) and the page's import
 * (./csv.ts, in the import worker) map rows with this one module, read by csv-parse with the
 * same options (`ACLED_CSV_OPTIONS`), so a row is the same feature, or the same refusal on the
 * same line, either way.
 */
import type { Feature } from 'geojson';
import { isIsoDay, firstDay, lastDay } from '$lib/corpus/dates';
import { facetId } from '$lib/explore/facets';

export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'latitude', 'longitude', 'geo_precision'] as const;
export const ACLED_ATTRIBUTION = 'Armed Conflict Location & Event Data (ACLED), acleddata.com';
export const ACLED_LICENSE = 'ACLED terms of use (acleddata.com/terms-of-use): attribution required';
const MAX_FIELD = 20_000;

/**
 * csv-parse's options for an ACLED export: the header checked (`acledColumns`), a byte-order mark
 * dropped, each record with where it ends (`info.lines`), a broken record skipped (and reported), not fatal.
 */
export const ACLED_CSV_OPTIONS = { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true } as const;

/** The header's column names as the mapping reads them; throws when a required one is missing. */
export function acledColumns(h: string[]): string[] {
	const names = h.map((s) => s.trim().toLowerCase());
	const missing = ACLED_REQUIRED.filter((c) => !names.includes(c));
	if (missing.length) throw new Error(`not an ACLED export: the header lacks ${missing.join(', ')}`);
	return names;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED writes `2024-01-15` or `15 January 2024`; the ISO day, or null. */
export function acledDay(s: string): string | null {
	const t = s.trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDay(t) ? t : null;
	const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
	if (!m) return null;
	const mo = MONTHS.indexOf(m[2].toLowerCase());
	if (mo < 0) return null;
	const iso = `${m[3]}-${String(mo + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
	return isIsoDay(iso) ? iso : null;
}

const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The feature for one CSV record (keys: ACLED's column names), or why it is refused. */
export function acledFeature(r: Record<string, string | undefined>): Feature | { error: string } {
	for (const [k, v] of Object.entries(r)) {
		if (typeof v !== 'string') continue;
		if (v.includes('\0')) return { error: `${k} holds a NUL character` };
		if (v.length > MAX_FIELD) return { error: `${k} is longer than ${MAX_FIELD} characters` };
	}
	const id = (r.event_id_cnty ?? '').trim();
	if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id)) return { error: `event_id_cnty ${JSON.stringify(id.slice(0, 40))} is not an ACLED event id` };
	const day = acledDay(r.event_date ?? '');
	if (!day) return { error: `event_date ${JSON.stringify((r.event_date ?? '').slice(0, 40))} is not a date (YYYY-MM-DD or "15 January 2024")` };
	const tp = Number(r.time_precision);
	if (![1, 2, 3].includes(tp)) return { error: `time_precision must be 1, 2 or 3, got ${JSON.stringify((r.time_precision ?? '').slice(0, 20))}` };
	const gp = Number(r.geo_precision);
	if (![1, 2, 3].includes(gp)) return { error: `geo_precision must be 1, 2 or 3, got ${JSON.stringify((r.geo_precision ?? '').slice(0, 20))}` };
	const lat = Number(r.latitude);
	const lon = Number(r.longitude);
	if (!/\S/.test(r.latitude ?? '') || !Number.isFinite(lat) || lat < -90 || lat > 90) return { error: `latitude ${JSON.stringify((r.latitude ?? '').slice(0, 20))} is not a latitude` };
	if (!/\S/.test(r.longitude ?? '') || !Number.isFinite(lon) || lon < -180 || lon > 180) return { error: `longitude ${JSON.stringify((r.longitude ?? '').slice(0, 20))} is not a longitude` };
	const fat = (r.fatalities ?? '').trim();
	if (fat && !/^\d{1,7}$/.test(fat)) return { error: `fatalities ${JSON.stringify(fat.slice(0, 20))} is not a whole number` };
	const type = (r.event_type ?? '').trim();
	if (!type) return { error: 'event_type is empty' };
	const [from, to, precision] =
		tp === 1 ? [day, day, 'day'] : tp === 2 ? [shift(day, -3), shift(day, 3), 'approximate'] : [firstDay(day.slice(0, 7)), lastDay(day.slice(0, 7)), 'month'];
	const actors = [r.actor1, r.actor2].map((a) => (a ?? '').trim()).filter(Boolean);
	const sources = (r.source ?? '').split(';').map((s) => s.trim()).filter(Boolean);
	const location = (r.location ?? '').trim();
	const sub = (r.sub_event_type ?? '').trim();
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [lon, lat] },
		properties: {
			id,
			title_en: [sub || type, location].filter(Boolean).join(' — '),
			date: precision === 'month' ? day.slice(0, 7) : day,
			date_end: null,
			date_precision: precision,
			date_from: from,
			date_to: to,
			type: facetId(type),
			acled_event_type: type,
			acled_sub_event_type: sub || null,
			actors,
			geo_precision: gp,
			point_is: gp === 3 ? 'the centroid of the region ACLED names (geo_precision 3): not a location inside it' : 'the coordinates ACLED gives',
			admin1: r.admin1?.trim() || null,
			admin2: r.admin2?.trim() || null,
			location: location || null,
			fatalities: fat ? Number(fat) : null,
			notes: r.notes ?? null,
			sources,
			source_count: sources.length,
			source_scale: r.source_scale?.trim() || null,
			acled_time_precision: tp,
			source: ACLED_ATTRIBUTION,
			license: ACLED_LICENSE
		}
	};
}
