/**
 * The list page, timeline and filter counts of a layer from the files (the embedded backend): the
 * one selector over the atlas' features, shaped by $lib/explore/listing as the database backend's
 * answers are ($lib/server/db/answers), so both give the same JSON for the same query.
 */
import type { Feature } from 'geojson';
import { isEvent } from '$lib/explore/facets';
import { dayRange, LIST_KEYS, type ExploreQuery, type ListKey } from '$lib/explore/query';
import { facetOptions, predicate, type FacetOption } from '$lib/explore/select';
import { listItem, listOrder, sourceCounts, timelineBody, type FacetsBody, type ListBody, type ListPage, type TimelineBody } from '$lib/explore/listing';
import type { Atlas } from '../atlas/build';
import { atlasContext } from './atlasContext';

export function filesList(atlas: Atlas, layer: string, features: Feature[], q: ExploreQuery, page: ListPage): ListBody {
	const keep = predicate(q, atlasContext(atlas));
	const rows = features.flatMap((f, ord) => (keep(f) ? [{ item: listItem(layer, f), ord }] : []));
	rows.sort(listOrder(page.sort));
	return { layer, ...page, total: rows.length, items: rows.slice(page.offset, page.offset + page.limit).map((r) => r.item) };
}

export function filesTimeline(atlas: Atlas, layer: string, features: Feature[], q: ExploreQuery): TimelineBody {
	const ctx = atlasContext(atlas);
	const events = features.filter(isEvent);
	const others = predicate(q, ctx, ['time']);
	const all = predicate(q, ctx);
	let lo = '';
	let hi = '';
	const months = new Map<string, number>();
	const spans = new Map<string, { from: string; to: string; count: number }>();
	let count = 0;
	for (const f of events) {
		const { date_from: a, date_to: b } = f.properties as { date_from: string; date_to: string };
		if (!lo || a < lo) lo = a;
		if (b > hi) hi = b;
		if (all(f)) count++;
		if (!others(f)) continue;
		if (a === b) months.set(a.slice(0, 7), (months.get(a.slice(0, 7)) ?? 0) + 1);
		else {
			const s = spans.get(`${a}/${b}`) ?? { from: a, to: b, count: 0 };
			s.count++;
			spans.set(`${a}/${b}`, s);
		}
	}
	return timelineBody(layer, dayRange(q), lo ? { from: lo, to: hi } : null, months, [...spans.values()], count);
}

export function filesFacets(atlas: Atlas, layer: string, features: Feature[], q: ExploreQuery): FacetsBody {
	const ctx = atlasContext(atlas);
	const facets = Object.fromEntries(LIST_KEYS.map((k) => [k, facetOptions(features, k, q, ctx)])) as Record<ListKey, FacetOption[]>;
	return { layer, facets, sources: sourceCounts(features, predicate(q, ctx, ['sources'])) };
}
