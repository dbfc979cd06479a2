/**
 * The explore query ($lib/explore/query, the one codec) for the tiled event layers
 * (./TiledEventsLayer.svelte), split the way issue 21 asks:
 *  - low zooms are counts per grid cell made by the server, so the whole query travels in the
 *    count tiles' URL (`countParams`): a changed query is a new source URL;
 *  - high zooms carry the features themselves, so what a MapLibre expression can test (time window,
 *    type, actor, article, outlet, sources) is a filter (`featureFilter`): a timeline step needs no
 *    round trip. `near` and `bbox` need geometry the tiles do not carry: those stay in the URL
 *    (`featureParams`), as the server applies them (src/lib/server/db/where.ts).
 * The tests the filter makes are the selector's ($lib/explore/select `predicate`), clause for clause,
 * on the light properties the tiles carry (src/lib/server/db/rows.ts: comma-wrapped id lists).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { dayRange, filtersOf, serialiseQuery, type ExploreQuery, type PageQuery } from '$lib/explore/query';
import { dayNumber } from '$lib/explore/days';

/** The query string of the count tiles: every filter (not `layers`), canonical, so equal queries share tiles (and a CDN's cache). */
export function countParams(q: PageQuery): string {
	return serialiseQuery(filtersOf(q)).toString();
}

/** The query string of the feature tiles: only what the page cannot test on a tile's features. */
export function featureParams(q: PageQuery): string {
	return serialiseQuery({ near: q.near, bbox: q.bbox }).toString();
}

/** A feature's comma-wrapped id list (`,a,b,`) holds one of `ids`. */
const holdsOne = (prop: string, ids: string[]): ExpressionSpecification => ['any', ...ids.map((id): ExpressionSpecification => ['in', `,${id},`, ['coalesce', ['get', prop], '']])] as ExpressionSpecification;

/**
 * The MapLibre filter keeping the events of a feature tile that `q` keeps (time, type, actor,
 * article, outlet, sources), or null when it keeps them all. Every feature of an event layer is an event.
 */
export function featureFilter(q: ExploreQuery): ExpressionSpecification | null {
	const parts: ExpressionSpecification[] = [];
	const { from, to } = dayRange(q);
	// Inclusive ends, string comparison of ISO days: the selector's `overlaps`.
	if (from) parts.push(['>=', ['coalesce', ['get', 'date_to'], ''], from]);
	if (to) parts.push(['<=', ['coalesce', ['get', 'date_from'], ''], to]);
	if (q.type?.length) parts.push(['in', ['coalesce', ['get', 'type'], ''], ['literal', q.type]]);
	if (q.actor?.length) parts.push(holdsOne('actor_ids', q.actor));
	if (q.article?.length) parts.push(holdsOne('article_ids', q.article));
	if (q.outlet?.length) parts.push(holdsOne('outlet_ids', q.outlet));
	if (q.sources) parts.push(['>=', ['coalesce', ['get', 'source_count'], 0], q.sources]);
	return parts.length ? (['all', ...parts] as ExpressionSpecification) : null;
}

/**
 * A marker's opacity under the time window, as the files' markers (../layers/IncidentsLayer `fade`,
 * $lib/explore/playback `fadeWeight`): 0.25 + 0.75 × the share of its days inside the window, so
 * an incident dated only to a month fades in over that month; 1 without a window or a span. The
 * feature tiles carry the span as day numbers (`day_from`, `day_to`: src/lib/server/db/rows.ts).
 */
export function fadeOpacity(q: ExploreQuery): ExpressionSpecification | number {
	const { from, to } = dayRange(q);
	if (!from && !to) return 1;
	const a: ExpressionSpecification = ['get', 'day_from'];
	const b: ExpressionSpecification = ['get', 'day_to'];
	const lo: ExpressionSpecification = from ? ['max', a, dayNumber(from)] : a;
	const hi: ExpressionSpecification = to ? ['min', b, dayNumber(to)] : b;
	const share: ExpressionSpecification = ['/', ['max', 0, ['+', 1, ['-', hi, lo]]], ['+', 1, ['-', b, a]]];
	return ['case', ['all', ['has', 'day_from'], ['has', 'day_to']], ['+', 0.25, ['*', 0.75, share]], 1];
}

/** The tile URL template of `layer` on this origin, with `params` (MapLibre needs an absolute URL: its workers have no page base). */
export function tileUrl(origin: string, template: string, layer: string, params: string): string {
	return `${origin}${template.replace('{layer}', encodeURIComponent(layer))}${params ? `?${params}` : ''}`;
}

/**
 * A MapLibre expression writing `count` with a plural message (`text(count, n)` gives the message
 * for `count` with `n` where the number goes): exact forms for 1–10, the 11 form to 99 and the 100
 * form beyond (the plural classes of English and Arabic), the number by `number-format` in `tag`.
 */
export function countText(text: (count: number, n: string) => string, tag: string): ExpressionSpecification {
	const HOLE = '\u0000';
	const count: ExpressionSpecification = ['get', 'count'];
	const form = (k: number): ExpressionSpecification | string => {
		const [before, after] = text(k, HOLE).split(HOLE);
		return after === undefined ? before : ['concat', before, ['number-format', count, { locale: tag }], after];
	};
	const exact = Array.from({ length: 10 }, (_, i) => [i + 1, form(i + 1)]).flat();
	// Built as a list: the style-spec type cannot follow a spread of match arms.
	return ['match', count, ...exact, ['step', count, form(11), 100, form(100)]] as unknown as ExpressionSpecification;
}
