/**
 * The list page, timeline and filter counts of a layer from PostgreSQL: filtered, counted, sorted
 * and paged in the database (the WHERE of ./where.ts, the explore query's one meaning), shaped by
 * $lib/explore/listing exactly as the files backend's ($lib/server/layerAnswers).
 */
import type { Feature } from 'geojson';
import type { PoolClient } from 'pg';
import { facetValues } from '$lib/explore/facets';
import { dayRange, LIST_KEYS, type ExploreQuery, type ListKey } from '$lib/explore/query';
import { optionOrder, type FacetOption } from '$lib/explore/select';
import { listItem, timelineBody, type FacetsBody, type ListBody, type ListPage, type TimelineBody } from '$lib/explore/listing';
import { schemaOf, whereOf } from './where';

// The sort keys as listItem reads them from a feature (title of an event, name of anything else).
const NAME = `COALESCE(CASE WHEN f.is_event THEN f.props->>'title_en' ELSE f.props->>'name_en' END, '') COLLATE "C"`;
const KIND = `COALESCE(CASE WHEN f.is_event THEN f.props->>'type' ELSE f.props->>'kind' END, '') COLLATE "C"`;
const ORDER: Record<ListPage['sort'], string> = {
	date: `f.date_from DESC NULLS LAST, ${NAME}, f.ord`,
	name: `${NAME}, f.ord`,
	kind: `${KIND}, ${NAME}, f.ord`
};

export async function dbList(db: PoolClient, layer: string, q: ExploreQuery, page: ListPage): Promise<ListBody> {
	const s = schemaOf(layer);
	const w = whereOf(layer, q);
	const total = (await db.query(`SELECT count(*)::int AS n FROM ${s}.features f WHERE ${w.sql}`, w.params)).rows[0].n as number;
	const n = w.params.length;
	// The light properties (what the map reads) hold every field of a row; the wide feature stays unread.
	const r = await db.query(
		`SELECT f.id, f.props FROM ${s}.features f WHERE ${w.sql} ORDER BY ${ORDER[page.sort]} LIMIT $${n + 1} OFFSET $${n + 2}`,
		[...w.params, page.limit, page.offset]
	);
	const items = r.rows.map((row) => listItem(layer, { type: 'Feature', id: row.id ?? undefined, geometry: null as never, properties: row.props }));
	return { layer, ...page, total, items };
}

export async function dbTimeline(db: PoolClient, layer: string, q: ExploreQuery): Promise<TimelineBody> {
	const s = schemaOf(layer);
	const ext = (await db.query(`SELECT min(date_from) AS a, max(date_to) AS b FROM ${s}.features WHERE layer = $1 AND is_event`, [layer])).rows[0];
	const all = whereOf(layer, q);
	const count = (await db.query(`SELECT count(*)::int AS n FROM ${s}.features f WHERE ${all.sql} AND f.is_event`, all.params)).rows[0].n as number;
	const o = whereOf(layer, q, 'f', ['time']);
	const months = await db.query(
		`SELECT substr(f.date_from, 1, 7) AS m, count(*)::int AS n FROM ${s}.features f WHERE ${o.sql} AND f.is_event AND f.date_from = f.date_to GROUP BY 1`,
		o.params
	);
	const spans = await db.query(
		`SELECT f.date_from AS "from", f.date_to AS "to", count(*)::int AS count FROM ${s}.features f WHERE ${o.sql} AND f.is_event AND f.date_from <> f.date_to GROUP BY 1, 2`,
		o.params
	);
	return timelineBody(
		layer,
		dayRange(q),
		ext.a ? { from: ext.a, to: ext.b } : null,
		new Map(months.rows.map((r) => [r.m as string, r.n as number])),
		spans.rows,
		count
	);
}

/** One facet's options: counts of features passing the other filters, labels from each value's first feature. */
async function facet(db: PoolClient, layer: string, q: ExploreQuery, key: ListKey): Promise<FacetOption[]> {
	const s = schemaOf(layer);
	const others = whereOf(layer, q, 'f', [key], [layer]);
	const r = await db.query(
		`SELECT v AS id, (count(*) FILTER (WHERE ${others.sql}))::int AS count, min(f.ord) AS first FROM ${s}.features f, unnest(f.${key}_ids) v WHERE f.layer = $1 GROUP BY v`,
		others.params
	);
	if (!r.rowCount) return [];
	const firsts = await db.query(`SELECT ord, feature FROM ${s}.features WHERE layer = $1 AND ord = ANY($2::int[])`, [layer, [...new Set(r.rows.map((x) => x.first))]]);
	const byOrd = new Map<number, Feature>(firsts.rows.map((x) => [x.ord, x.feature]));
	const out = r.rows.map((x) => ({ id: x.id as string, label: facetValues(byOrd.get(x.first)!, key).find(([id]) => id === x.id)?.[1] ?? x.id, count: x.count as number }));
	return out.sort(optionOrder);
}

export async function dbFacets(db: PoolClient, layer: string, q: ExploreQuery): Promise<FacetsBody> {
	const facets = {} as Record<ListKey, FacetOption[]>;
	for (const k of LIST_KEYS) facets[k] = await facet(db, layer, q, k);
	// Per source count any event has, the events the other filters keep with it (listing `sourceCounts`).
	const others = whereOf(layer, q, 'f', ['sources'], [layer]);
	const sources = await db.query(
		`SELECT f.source_count AS n, (count(*) FILTER (WHERE ${others.sql}))::int AS count FROM ${schemaOf(layer)}.features f WHERE f.layer = $1 AND f.is_event GROUP BY 1 ORDER BY 1`,
		others.params
	);
	return { layer, facets, sources: sources.rows };
}
