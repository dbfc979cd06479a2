/**
 * The lookup's answer for a name the atlas does not draw (GET /api/lookup?q=): the GeoNames towns
 * it may be — matched whole by the search's own keys, so every spelling the search forgives is
 * forgiven here («الموصل», "Mosul", "Mossoul") — each with the governorate it lies in and the drawn
 * places nearest to it, and what the atlas does hold (places named in N articles). Pure: the
 * server (src/lib/server/lookup.ts) gives it the towns and the atlas layers.
 *
 * @example lookup(index, 'Palmyra', layers).towns[0].name // 'Tadmur'
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { buildIndex, search, type SearchIndex } from '$lib/search/engine';
import type { SearchDoc } from '$lib/search/documents';
import { distanceKm } from '$lib/geo/distance';
import type { Town } from './towns';
import { norm } from '$lib/arabic/normalize';

export interface Named {
	id: string;
	name_en: string;
	name_ar: string | null;
}

export interface TownAnswer {
	geonameid: number;
	name: string;
	name_ar: string | null;
	lon: number;
	lat: number;
	country: string;
	/** The governorate polygon (reference layer) the town lies in, with its bounds to fly to. */
	governorate: (Named & { bbox: [number, number, number, number] }) | null;
	/** The drawn places, areas and lines nearest to it, nearest first. */
	nearest: (Named & { km: number })[];
	/**
	 * The drawn place that is this town, if any: a drawn point within SAME_TOWN_KM of it. The search
	 * may have found it by a fragment of its name («Dimashq» by the consonants of «دمشق»); the town
	 * then confirms it, and the box keeps it rather than saying nothing is drawn.
	 */
	drawn: (Named & { km: number }) | null;
}

export interface LookupAnswer {
	query: string;
	towns: TownAnswer[];
	/** What the atlas holds: drawn places (points, areas, lines) and the articles naming them. */
	atlas: { places: number; articles: number };
	source: string;
}

export interface LookupLayers {
	/** Drawn places, areas and lines (the atlas' own features). */
	drawn: FeatureCollection[];
	governorates: FeatureCollection;
}

export const MAX_TOWNS = 3;
export const NEAREST = 3;
/** A drawn point this near a GeoNames town of the name is that town (both are town centres). */
export const SAME_TOWN_KM = 3;

export function townIndex(towns: Town[]): { index: SearchIndex; byId: Map<string, Town> } {
	const byId = new Map<string, Town>();
	const docs: SearchDoc[] = towns.map((t) => {
		const id = `geonames:${t.geonameid}`;
		byId.set(id, t);
		return { id, group: 'place', target: { kind: 'place', id }, title: t.name, titleAr: t.arabic[0] ?? null, detail: {}, names: [t.name, ...t.latin, ...t.arabic], forms: [] };
	});
	// Names only: a town's names are short, and two words written together are enough.
	return { index: buildIndex(docs), byId };
}

const props = (f: Feature) => (f.properties ?? {}) as Record<string, unknown>;
const named = (f: Feature): Named => ({ id: String(props(f).id ?? f.id ?? ''), name_en: String(props(f).name_en ?? props(f).id ?? ''), name_ar: (props(f).name_ar as string) || null });

export function lookup(towns: { index: SearchIndex; byId: Map<string, Town> }, query: string, layers: LookupLayers, source = ''): LookupAnswer {
	// A town is offered only for its whole name (as typed, folded, phonetic, or one typo away): not
	// for the first letters of one ("Mo"), which the search's own results are for.
	const hits = search(towns.index, query, 20).filter((h) => h.found.key === 'name' || h.found.key === 'core');
	const best = hits[0]?.score ?? 0;
	const found = hits
		.filter((h) => h.score >= best * 0.8)
		.map((h) => towns.byId.get(h.doc.id)!)
		.sort((a, b) => b.population - a.population)
		.slice(0, MAX_TOWNS);
	const drawn = layers.drawn.flatMap((fc) => fc.features).filter((f) => f.geometry);
	const articles = new Set(drawn.flatMap((f) => (Array.isArray(props(f).articles) ? (props(f).articles as string[]) : [])));
	return {
		query,
		towns: found.map((t) => answerFor(t, drawn, layers.governorates, query)),
		atlas: { places: drawn.length, articles: articles.size },
		source
	};
}

/** `query`: the Arabic name answered is the spelling asked for when the town has it («كوباني» for ‘Ayn al ‘Arab), else its first. */
function answerFor(t: Town, drawn: Feature[], governorates: FeatureCollection, query: string): TownAnswer {
	const pt: Point = { type: 'Point', coordinates: [t.lon, t.lat] };
	const gov = governorates.features.find((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && turf.booleanPointInPolygon(pt, f as Feature<never>));
	const byDistance = drawn
		.map((f) => ({ ...named(f), km: Math.round(distanceKm(pt, f.geometry) * 10) / 10, point: f.geometry.type === 'Point' }))
		.sort((a, b) => a.km - b.km);
	const same = byDistance.find((d) => d.point && d.km <= SAME_TOWN_KM);
	const bare = ({ point: _, ...d }: (typeof byDistance)[number]) => d;
	return {
		geonameid: t.geonameid,
		name: t.name,
		name_ar: t.arabic.find((n) => norm(n) === norm(query.trim())) ?? t.arabic[0] ?? null,
		lon: t.lon,
		lat: t.lat,
		country: t.country,
		governorate: gov ? { ...named(gov), bbox: turf.bbox(gov) as [number, number, number, number] } : null,
		nearest: byDistance.slice(0, NEAREST).map(bare),
		drawn: same ? bare(same) : null
	};
}
