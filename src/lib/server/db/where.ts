/**
 * The explore query ($lib/explore/query) as SQL over `features`: the same rules as the one
 * selector ($lib/explore/select), clause for clause, so both backends keep the same features.
 *  - time: an event is kept when its span meets the inclusive day range (text dates, C collation:
 *    the same string comparison as `overlaps`); features that are not events are never time-filtered;
 *  - type, actor: events only; kind: non-events only; article, outlet: all (ids worked out at load
 *    time by the page's facet rules, ./rows.ts); values of one parameter OR, parameters AND;
 *  - sources: events with at least that many; near: ST_DWithin on geography over the sphere, as the
 *    page's Turf distances; bbox: the geometry meets the box.
 */
import { dayRange, type ExploreQuery, type ListKey } from '$lib/explore/query';

export interface Where {
	sql: string;
	params: unknown[];
}

/** `near` targets live in the atlas schema, whichever layer is filtered. */
const TARGETS = 'atlas.targets';

/**
 * The WHERE clause for `layer` under `q` (`alias` names the features table in the query);
 * `except` leaves facets out, as the filter counts do.
 */
export function whereOf(layer: string, q: ExploreQuery, alias = 'f', except: string[] = [], params: unknown[] = []): Where {
	const p = (v: unknown) => `$${params.push(v)}`;
	const parts = [`${alias}.layer = ${p(layer)}`];
	const { from, to } = dayRange(q);
	if (!except.includes('time') && (from || to)) {
		const t: string[] = [];
		if (from) t.push(`${alias}.date_to >= ${p(from)}`);
		if (to) t.push(`${alias}.date_from <= ${p(to)}`);
		parts.push(`(NOT ${alias}.is_event OR (${t.join(' AND ')}))`);
	}
	const list = (k: ListKey, applies: string) => {
		if (except.includes(k) || !q[k]?.length) return;
		const test = `${alias}.${k}_ids && ${p(q[k])}::text[]`;
		parts.push(applies ? `(NOT (${applies}) OR ${test})` : test);
	};
	list('type', `${alias}.is_event`);
	list('actor', `${alias}.is_event`);
	list('article', '');
	list('outlet', '');
	list('kind', `NOT ${alias}.is_event`);
	if (q.sources && !except.includes('sources')) parts.push(`(NOT ${alias}.is_event OR ${alias}.source_count >= ${p(q.sources)})`);
	if (q.near && !except.includes('near'))
		parts.push(
			`EXISTS (SELECT 1 FROM ${TARGETS} t WHERE t.id = ${p(q.near.target)} AND ST_DWithin(${alias}.geom::geography, t.geom::geography, ${p(q.near.km * 1000)}, false))`
		);
	if (q.bbox && !except.includes('bbox')) {
		const [w, s, e, n] = q.bbox;
		parts.push(`ST_Intersects(${alias}.geom, ST_MakeEnvelope(${p(w)}, ${p(s)}, ${p(e)}, ${p(n)}, 4326))`);
	}
	return { sql: parts.join(' AND '), params };
}

/** The schema that holds a layer's features. */
export const schemaOf = (layer: string) => (layer === 'acled' ? 'acled' : 'atlas');
