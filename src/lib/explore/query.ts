/**
 * The explore query: what the page's URL and `/api/layers/{id}?…` both say about which features
 * to show. One codec for both, so a page link and an API request with the same query string mean
 * the same thing. Parsing is strict (the API answers 400 on the first problem); the page shows the
 * problems and ignores the parameters that have them.
 *
 * | param | value | meaning |
 * |---|---|---|
 * | `from`, `to` | `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (years 0001–9999) | inclusive range: `from` a month means its first day, `to` a month its last |
 * | `type`, `actor`, `article`, `outlet`, `kind` | comma-separated ids (slugs) | any of them (OR); different params combine with AND |
 * | `sources` | a whole number 1–999 | incidents reported by at least that many distinct outlets and relayed agencies (places are not filtered) |
 * | `near` | `<gazetteer id>:<km>` | within km of that feature, e.g. `iraq-syria-border:25` |
 * | `bbox` | `w,s,e,n` decimal degrees | features meeting the box; `w <= e` (no box across the antimeridian) |
 * | `layers` | comma-separated layer ids | the layers shown on the page (page only; absent = the defaults) |
 */
import { firstDay, lastDay } from '$lib/corpus/dates';
import { isQueryDate, MAX_NEAR_KM, MAX_SOURCES, SLUG, type BBox, type ExploreQuery, type Near, type PageQuery } from '$lib/model/query';

// The parsed query's schema and types live in $lib/model/query; they are re-exported for the codec's callers.
export { isQueryDate, MAX_NEAR_KM, MAX_SOURCES };
export type { BBox, ExploreQuery, Near, PageQuery };

export const LIST_KEYS = ['type', 'actor', 'article', 'outlet', 'kind'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** Parameters of the query, in the order a serialised query lists them. */
export const QUERY_KEYS = ['from', 'to', ...LIST_KEYS, 'sources', 'near', 'bbox', 'layers'] as const;

export class QueryError extends Error {
	constructor(
		readonly code: string,
		readonly param: string,
		message: string
	) {
		super(message);
	}
}

const DECIMAL = /^-?\d{1,3}(?:\.\d{1,12})?$/;
const KM = /^\d{1,5}(?:\.\d{1,6})?$/;

const show = (v: string) => JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);

function parseDate(key: 'from' | 'to', v: string): string {
	if (!isQueryDate(v))
		throw new QueryError('bad_date', key, `"${key}" must be a date as YYYY-MM-DD, YYYY-MM or YYYY (years 0001–9999), got ${show(v)}.`);
	return v;
}

function parseList(key: string, v: string): string[] {
	const items = v.split(',');
	for (const it of items)
		if (!SLUG.test(it)) throw new QueryError(`bad_${key}`, key, `"${key}" must be comma-separated ids (letters, digits, . _ -), got ${show(v)}.`);
	return [...new Set(items)].sort();
}

function parseSources(v: string): number {
	if (!/^[1-9]\d{0,2}$/.test(v))
		throw new QueryError('bad_sources', 'sources', `"sources" must be a whole number from 1 to ${MAX_SOURCES} (at least that many sources), got ${show(v)}.`);
	return +v;
}

function parseNear(v: string): Near {
	const i = v.lastIndexOf(':');
	const target = i > 0 ? v.slice(0, i) : '';
	const km = v.slice(i + 1);
	if (i < 0 || !SLUG.test(target) || !KM.test(km) || +km <= 0 || +km > MAX_NEAR_KM)
		throw new QueryError(
			'bad_near',
			'near',
			`"near" must be <id>:<km> with km above 0 and at most ${MAX_NEAR_KM}, e.g. iraq-syria-border:25, got ${show(v)}.`
		);
	return { target, km: +km };
}

function parseBBox(v: string): BBox {
	const parts = v.split(',');
	if (parts.length !== 4 || !parts.every((p) => DECIMAL.test(p)))
		throw new QueryError('bad_bbox', 'bbox', `"bbox" must be four decimal numbers w,s,e,n, got ${show(v)}.`);
	const [w, s, e, n] = parts.map(Number);
	if (w < -180 || e > 180 || s < -90 || n > 90 || w > 180 || e < -180 || s > 90 || n < -90)
		throw new QueryError('bad_bbox', 'bbox', '"bbox" is outside longitude -180..180 / latitude -90..90.');
	if (w > e) throw new QueryError('bad_bbox', 'bbox', '"bbox" must have west <= east (a box across the antimeridian is not supported).');
	if (s > n) throw new QueryError('bad_bbox', 'bbox', '"bbox" must have south <= north.');
	return [w, s, e, n];
}

/** Parameters seen more than once: their meaning would depend on which one is read. */
export function repeatedParams(params: URLSearchParams): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const k of params.keys()) (seen.has(k) ? twice : seen).add(k);
	return [...twice];
}

/**
 * Every problem with the query, and the query made of the parameters that have none. Parameters
 * that are not part of the query (`place`, `q`, `download`…) are left to their owners, except
 * that none may be repeated.
 * @example parseQuery(new URLSearchParams('from=2025-07&to=2025-10&near=iraq-syria-border:25')).query
 * // { from: '2025-07', to: '2025-10', near: { target: 'iraq-syria-border', km: 25 } }
 */
export function parseQuery(params: URLSearchParams): { query: PageQuery; errors: QueryError[] } {
	const query: PageQuery = {};
	const errors: QueryError[] = [];
	const repeated = new Set(repeatedParams(params));
	for (const k of repeated) errors.push(new QueryError('repeated_parameter', k, `"${k}" is given more than once; give it once.`));
	for (const key of QUERY_KEYS) {
		const v = params.get(key);
		if (v === null || repeated.has(key)) continue;
		try {
			if (key === 'from' || key === 'to') query[key] = parseDate(key, v);
			else if (key === 'near') query.near = parseNear(v);
			else if (key === 'sources') query.sources = parseSources(v);
			else if (key === 'bbox') query.bbox = parseBBox(v);
			else if (key === 'layers' && v === '') query.layers = [];
			else query[key] = parseList(key, v);
		} catch (e) {
			if (e instanceof QueryError) errors.push(e);
			else throw e;
		}
	}
	if (query.from && query.to && firstDay(query.from) > lastDay(query.to)) {
		errors.push(new QueryError('bad_date_range', 'to', `"from" (${query.from}) is after "to" (${query.to}).`));
		delete query.to;
	}
	return { query, errors };
}

/** The query or the first problem with it, thrown: for the API. */
export function parseQueryStrict(params: URLSearchParams): PageQuery {
	const { query, errors } = parseQuery(params);
	if (errors.length) throw errors[0];
	return query;
}

/**
 * The query as URL parameters in a fixed order, values canonical: `parseQuery` of the result
 * gives the same query back.
 */
export function serialiseQuery(q: PageQuery): URLSearchParams {
	const out = new URLSearchParams();
	for (const key of QUERY_KEYS) {
		const v = q[key];
		if (v === undefined) continue;
		if (key === 'near') out.set(key, `${q.near!.target}:${q.near!.km}`);
		else if (key === 'bbox') out.set(key, q.bbox!.join(','));
		else if (typeof v === 'string' || typeof v === 'number') out.set(key, String(v));
		else if (Array.isArray(v) && (v.length || key === 'layers')) out.set(key, [...new Set(v as string[])].sort().join(','));
	}
	return out;
}

/** The filters only (no `layers`): what decides the features of an export. */
export function filtersOf(q: PageQuery): ExploreQuery {
	const { layers: _layers, ...rest } = q;
	void _layers;
	return rest;
}

/** Whether the query filters anything at all. */
export function isFiltered(q: ExploreQuery): boolean {
	return serialiseQuery(filtersOf(q)).size > 0;
}

/** The inclusive day range of the query's dates: `from` a month starts on its first day, `to` a month ends on its last. */
export function dayRange(q: ExploreQuery): { from?: string; to?: string } {
	return { from: q.from ? firstDay(q.from) : undefined, to: q.to ? lastDay(q.to) : undefined };
}
