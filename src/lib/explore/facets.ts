/**
 * What the filters read from a feature: the values of each facet (type, actor, article, outlet,
 * kind), as ids for the URL and labels for the screen. Incidents carry `type`, `actors` and a date
 * span; gazetteer features carry `kind`; both carry the articles and outlets of their excerpts.
 */
import type { Feature } from 'geojson';
import type { ListKey } from './query';
import { slug } from '$lib/model/slug';

/**
 * A stable id for a free-text value (an actor, an outlet): the model's slug, `unnamed` when the
 * value has no Latin letters.
 * @example facetId('Iraqi News Agency (وكالة الأنباء العراقية)') // 'iraqi-news-agency'
 */
export function facetId(s: string): string {
	return slug(s) || 'unnamed';
}

interface ExcerptLike {
	article?: string;
	outlet_en?: string | null;
	reported_via?: string | null;
	headline_en?: string | null;
}

/** Who reported an excerpt: the outlet, or when the article names none, the agency it relays. */
export function outletLabel(e: ExcerptLike): string | null {
	return e.outlet_en ?? e.reported_via ?? null;
}

/** Whether a feature is a dated event (an incident): the time, type and actor filters apply to these. */
export function isEvent(f: Feature): boolean {
	const p = f.properties ?? {};
	return typeof p.date_from === 'string' && typeof p.date_to === 'string';
}

function excerpts(f: Feature): ExcerptLike[] {
	const e = f.properties?.excerpts;
	return Array.isArray(e) ? e : [];
}

/** `[id, label]` pairs of a feature's values for one facet. */
export function facetValues(f: Feature, key: ListKey): [string, string][] {
	// Counted for every feature at every step of the timeline: worked out once per feature and key
	// (features are never changed once loaded).
	let known = facetCache.get(f);
	if (!known) facetCache.set(f, (known = {}));
	return (known[key] ??= valuesOf(f, key));
}

const facetCache = new WeakMap<Feature, Partial<Record<ListKey, [string, string][]>>>();

function valuesOf(f: Feature, key: ListKey): [string, string][] {
	const p = f.properties ?? {};
	switch (key) {
		case 'type':
			return isEvent(f) && typeof p.type === 'string' ? [[p.type, p.type]] : [];
		case 'actor':
			return isEvent(f) && Array.isArray(p.actors) ? p.actors.map((a: string) => [facetId(a), a]) : [];
		case 'kind':
			return !isEvent(f) && typeof p.kind === 'string' ? [[p.kind, p.kind]] : [];
		case 'article': {
			// Labelled by headline where the excerpt carries one; `articles` (places) lists them all.
			const out = new Map<string, string>();
			for (const e of excerpts(f)) if (e.article) out.set(e.article, e.headline_en ?? out.get(e.article) ?? e.article);
			if (Array.isArray(p.articles)) for (const a of p.articles as string[]) if (!out.has(a)) out.set(a, a);
			return [...out.entries()];
		}
		case 'outlet': {
			// The map model (/api/map/{id}) carries `outlets` instead of the excerpts.
			const labels = (Array.isArray(p.outlets) ? (p.outlets as (string | null)[]) : excerpts(f).map(outletLabel)).filter((l): l is string => !!l);
			return [...new Map(labels.map((l) => [facetId(l), l])).entries()];
		}
	}
}

/** Whether a facet applies to a feature at all (type and actor only to incidents, kind only to gazetteer features). */
export function facetApplies(f: Feature, key: ListKey): boolean {
	if (key === 'type' || key === 'actor') return isEvent(f);
	if (key === 'kind') return !isEvent(f);
	return true;
}
