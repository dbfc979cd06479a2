import { formatDate, humanise } from '$lib/ui/format';
import { PICKABLE, type PickKind } from '../layers/registry';

/** One thing a click or a list can select. */
export interface Hit {
	kind: PickKind;
	id: string;
	/** API layer id: places, areas, lines, incidents, countries. */
	layer: string;
	tier: number;
	name_en: string;
	name_ar: string | null;
	/** A short qualifier: the place kind, or the incident's date and type. */
	detail: string;
}

/** What a click on the map found. */
export interface Pick {
	top: Hit[];
	rest: Hit[];
	/** Where the click was, in CSS pixels relative to the map container. */
	point: { x: number; y: number };
}

/** The part of a rendered feature a pick reads (MapLibre's MapGeoJSONFeature fits). */
export interface Rendered {
	layer: { id: string };
	properties: Record<string, unknown> | null;
}

/** An incident's sources: an array on our own features, JSON text on those MapLibre hands back. */
function sourcesOf(v: unknown): string[] {
	let a = v;
	if (typeof v === 'string') {
		try {
			a = JSON.parse(v);
		} catch {
			a = [v];
		}
	}
	return Array.isArray(a) ? a.filter((s): s is string => typeof s === 'string' && s !== '') : [];
}

function str(v: unknown): string | null {
	return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * A rendered feature as a Hit, or null when it is not pickable: a basemap layer, a cluster, or a
 * region's count label (its incidents are listed by the picker), or a
 * footprint shared by many incidents (at scale, ./layers/incidentGeometry.ts): its id is the
 * footprint's, no incident's; its incidents are reached through their markers, and the named area
 * it outlines is picked as that area.
 */
export function toHit(f: Rendered, tier?: number): Hit | null {
	const found = PICKABLE[f.layer.id];
	// A region-only incident reached through its region's count label ranks with the label, not the region.
	const rule = found && tier !== undefined ? { ...found, tier } : found;
	const p = f.properties ?? {};
	const id = str(p.id);
	if (!rule || !id || p.cluster || p.shared) return null;
	if (rule.kind === 'incident') {
		const date = str(p.date);
		const type = str(p.type);
		return {
			kind: 'incident',
			id,
			layer: rule.layer,
			tier: rule.tier,
			name_en: str(p.title_en) ?? id,
			name_ar: str(p.title_ar),
			// Date, type and sources: what tells incidents at one place apart in the chooser.
			detail: ['incident', date && formatDate(date), type && humanise(type), sourcesOf(p.sources).join(', ')].filter(Boolean).join(' · ')
		};
	}
	return {
		kind: 'place',
		id,
		layer: rule.layer,
		tier: rule.tier,
		name_en: str(p.name_en) ?? id,
		name_ar: str(p.name_ar),
		detail: humanise(str(p.kind) ?? rule.layer)
	};
}

/**
 * Distinct hits, best first: by tier (markers and lines, areas, countries), keeping the first of
 * duplicates (an incident's marker and its footprint are one incident).
 * `top` is what the click meant: the hits of the highest tier present. When it holds more than
 * one, the UI must ask (a chooser), never pick silently.
 * @example const { top, rest } = rankHits(map.queryRenderedFeatures(box).map(toHit))
 */
export function rankHits(hits: (Hit | null)[]): { top: Hit[]; rest: Hit[] } {
	const seen = new Set<string>();
	const unique: Hit[] = [];
	for (const h of [...hits].filter((h): h is Hit => h !== null).sort((a, b) => a.tier - b.tier)) {
		const key = `${h.kind}:${h.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		unique.push(h);
	}
	if (unique.length === 0) return { top: [], rest: [] };
	const best = unique[0].tier;
	return { top: unique.filter((h) => h.tier === best), rest: unique.filter((h) => h.tier !== best) };
}
