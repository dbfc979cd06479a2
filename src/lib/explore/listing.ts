/**
 * The answers a page asks of a layer beside its features, one shape for both backends (the files,
 * $lib/server/layerAnswers; PostgreSQL, $lib/server/db/answers): a page of the result list sorted
 * by the server, the timeline's histogram and the filter counts. Each backend only finds the
 * kept features and counts; the shaping, ordering and paging rules live here once.
 *
 * - list: `sort=date` (newest `date_from` first, features that are not events last), `name` or
 *   `kind` (type of an event, kind of a gazetteer feature); ties by name, then layer order. Names
 *   compare by code point (what PostgreSQL's C collation does with UTF-8), so both orders agree.
 * - timeline: the histogram of the events the query keeps leaving out time (as the page's timeline
 *   does): day-dated events per month over the whole months from the layer's first event (or the
 *   query's `from`) to its last (or `to`); others one entry per distinct span; and how many events
 *   the whole query keeps (the window).
 * - facets: per facet, each value with how many features pass every other filter ($lib/explore/select
 *   `facetOptions`, whose order is `optionOrder`).
 */
import type { Feature } from 'geojson';
import { facetValues, isEvent } from './facets';
import { QueryError, type ListKey } from './query';
import { sourceCount, type FacetOption } from './select';
import { addMonths } from './days';

export const LIST_SORTS = ['date', 'name', 'kind'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const LIST_DEFAULT_LIMIT = 100;
export const LIST_MAX_LIMIT = 1000;

export interface ListPage {
	sort: ListSort;
	offset: number;
	limit: number;
}

export interface ListItem {
	id: string;
	layer: string;
	name_en: string | null;
	name_ar: string | null;
	date: string | null;
	date_precision: string | null;
	date_from: string | null;
	date_to: string | null;
	kind: string | null;
	source_count: number | null;
	/** An event's outlets (and relayed agencies), as the files' rows name them: "Reported by …". */
	outlets: string[] | null;
}

export interface ListBody extends ListPage {
	layer: string;
	/** Features the query keeps (all pages). */
	total: number;
	items: ListItem[];
}

const whole = (key: string, v: string | null, def: number, max: number): number => {
	if (v === null || v === '') return def;
	if (!/^\d{1,10}$/.test(v) || +v > max) throw new QueryError(`bad_${key}`, key, `"${key}" must be a whole number from 0 to ${max}, got ${JSON.stringify(v.slice(0, 40))}.`);
	return +v;
};

/** `sort`, `offset`, `limit` of a list request; throws QueryError on a bad value. */
export function listPage(params: URLSearchParams): ListPage {
	const s = params.get('sort') ?? 'date';
	if (!(LIST_SORTS as readonly string[]).includes(s)) throw new QueryError('bad_sort', 'sort', `"sort" must be one of ${LIST_SORTS.join(', ')}, got ${JSON.stringify(s.slice(0, 40))}.`);
	const limit = whole('limit', params.get('limit'), LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT);
	if (limit === 0) throw new QueryError('bad_limit', 'limit', `"limit" must be a whole number from 1 to ${LIST_MAX_LIMIT}, got "0".`);
	return { sort: s as ListSort, offset: whole('offset', params.get('offset'), 0, 1e9), limit };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A feature as a row of the list: what a row shows and is sorted by. */
export function listItem(layer: string, f: Feature): ListItem {
	const p = f.properties ?? {};
	const ev = isEvent(f);
	return {
		id: String(p.id ?? f.id),
		layer,
		name_en: str(ev ? p.title_en : p.name_en),
		name_ar: str(ev ? p.title_ar : p.name_ar),
		date: ev ? str(p.date) : null,
		date_precision: ev ? str(p.date_precision) : null,
		date_from: ev ? p.date_from : null,
		date_to: ev ? p.date_to : null,
		kind: str(ev ? p.type : p.kind),
		source_count: ev && typeof p.source_count === 'number' ? p.source_count : null,
		outlets: ev ? facetValues(f, 'outlet').map(([, label]) => label) : null
	};
}

/** Code-point order (UTF-8 byte order, PostgreSQL's C collation), not UTF-16 unit order. */
export function codePointCompare(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	for (let i = 0; i < Math.min(x.length, y.length); i++) {
		if (x[i] !== y[i]) return x[i].codePointAt(0)! - y[i].codePointAt(0)!;
	}
	return x.length - y.length;
}

/** The order of `sort` over items with their layer order (`ord`): what the SQL ORDER BY says too. */
export function listOrder(sort: ListSort): (a: { item: ListItem; ord: number }, b: { item: ListItem; ord: number }) => number {
	const name = (a: ListItem, b: ListItem) => codePointCompare(a.name_en ?? '', b.name_en ?? '');
	return ({ item: a, ord: i }, { item: b, ord: j }) => {
		let c = 0;
		if (sort === 'date') {
			const da = a.date_from ?? '';
			const db = b.date_from ?? '';
			c = da === db ? 0 : da === '' ? 1 : db === '' ? -1 : codePointCompare(db, da);
		} else if (sort === 'kind') c = codePointCompare(a.kind ?? '', b.kind ?? '');
		return c || name(a, b) || i - j;
	};
}

export interface TimelineBody {
	layer: string;
	/** Events the whole query keeps, and the query's day range. */
	window: { from: string | null; to: string | null; count: number };
	/** The histogram's months (`YYYY-MM`), first to last, with day-dated events kept leaving out time. */
	months: { month: string; count: number }[];
	/** Events dated to a span (a month, approximately), one entry per distinct span. */
	spans: { from: string; to: string; count: number }[];
}

/**
 * The timeline body from a backend's counts: `extent` the first and last day of the layer's events
 * (all of them, as the page's domain), `months` day-dated counts by month, `spans` by span.
 */
export function timelineBody(
	layer: string,
	range: { from?: string; to?: string },
	extent: { from: string; to: string } | null,
	months: Map<string, number>,
	spans: { from: string; to: string; count: number }[],
	count: number
): TimelineBody {
	const ends = [extent?.from, extent?.to, range.from, range.to].filter((d): d is string => !!d).sort();
	const out: TimelineBody['months'] = [];
	if (ends.length)
		for (let m = ends[0].slice(0, 7); m <= ends[ends.length - 1].slice(0, 7); m = addMonths(`${m}-01`, 1).slice(0, 7)) out.push({ month: m, count: months.get(m) ?? 0 });
	const sorted = [...spans].sort((a, b) => codePointCompare(a.from, b.from) || codePointCompare(a.to, b.to));
	return { layer, window: { from: range.from ?? null, to: range.to ?? null, count }, months: out, spans: sorted };
}

export interface FacetsBody {
	layer: string;
	facets: Record<ListKey, FacetOption[]>;
	/** "Reported by at least N sources": per source count any of the layer's events has, how many the other filters keep with exactly that count. */
	sources: SourceCount[];
}

export interface SourceCount {
	n: number;
	count: number;
}

/** The source counts of `features`' events (`keep`: the other filters), in order of n: what both backends send as `sources`. */
export function sourceCounts(features: Feature[], keep: (f: Feature) => boolean): SourceCount[] {
	const by = new Map<number, number>();
	for (const f of features) if (isEvent(f)) by.set(sourceCount(f), (by.get(sourceCount(f)) ?? 0) + (keep(f) ? 1 : 0));
	return [...by].map(([n, count]) => ({ n, count })).sort((a, b) => a.n - b.n);
}

/**
 * The options of "reported by at least N sources" from source counts (several layers' or backends'
 * added together): 2 up to the most any event has (or the query's own N), each with how many events it keeps.
 */
export function sourceOptions(counts: SourceCount[], least?: number): { n: number; kept: number }[] {
	const most = Math.max(2, least ?? 0, ...counts.map((c) => c.n));
	return Array.from({ length: most - 1 }, (_, i) => i + 2).map((n) => ({ n, kept: counts.reduce((s, c) => s + (c.n >= n ? c.count : 0), 0) }));
}
