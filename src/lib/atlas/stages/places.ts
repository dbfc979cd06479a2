/**
 * Stage 3, places: each gazetteer entry as a feature, its geometry evaluated from its recipe, its
 * facts computed, its excerpts attached. Only places the corpus names, or an incident uses, get a
 * layer: every feature on the map links back to words in an article.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import { norm, stripTashkeel } from '$lib/arabic/normalize';
import { evaluate, RecipeError, type References } from '$lib/geo/recipe';
import { computeFacts, type FactSources } from '$lib/geo/facts';
import { toRfc7946 } from '$lib/geo/rfc7946';
import type { GazetteerEntry } from '$lib/schema/gazetteer';
import type { Problem } from '$lib/schema/parse';
import type { Excerpt, LayerId, PlaceFeature } from '$lib/types';

const layerFor = (e: GazetteerEntry, g: Geometry | null): LayerId | null => {
	if (!g || e.scope === 'outside') return null;
	if (e.kind === 'country') return 'countries';
	if (g.type === 'Point' || g.type === 'MultiPoint') return 'places';
	if (g.type === 'LineString' || g.type === 'MultiLineString') return 'lines';
	return 'areas';
};

export function factSources(refs: References): FactSources | null {
	const border = refs.border?.features[0] as Feature<LineString | MultiLineString> | undefined;
	if (!border) return null;
	return { border, countries: refs.countries, governorates: refs.governorates };
}

export function buildPlaces(
	entries: readonly GazetteerEntry[],
	refs: References,
	byPlace: ReadonlyMap<string, Excerpt[]>,
	usedByIncidents: ReadonlySet<string>
): { places: Map<string, PlaceFeature>; problems: Problem[] } {
	const problems: Problem[] = [];
	const facts = factSources(refs);
	const places = new Map<string, PlaceFeature>();
	for (const e of entries) {
		if (places.has(e.id)) {
			problems.push({ where: `gazetteer/${e.id}`, message: 'duplicate id; the later entry is ignored' });
			continue;
		}
		let geometry: Geometry | null = null;
		if (e.geometry) {
			try {
				geometry = toRfc7946(evaluate(e.geometry, refs));
			} catch (err) {
				const msg = err instanceof RecipeError ? err.message : String(err);
				problems.push({ where: `gazetteer/${e.id}`, message: `geometry not built: ${msg}` });
			}
		}
		const ex = byPlace.get(e.id) ?? [];
		const f = geometry && facts ? computeFacts(geometry, facts) : null;
		places.set(e.id, {
			type: 'Feature',
			id: e.id,
			geometry,
			properties: {
				id: e.id,
				name_en: e.name_en,
				name_ar: e.name_ar,
				kind: e.kind,
				layer: ex.length > 0 || usedByIncidents.has(e.id) ? layerFor(e, geometry) : null,
				...spellings(e, ex),
				scope: e.scope,
				source: geometry ? sourceOf(e, refs) : 'none: not drawn',
				license: geometry ? licenseOf(e, refs) : 'n/a',
				geometry_basis: !geometry ? 'none' : (e.geometry_basis ?? (e.geometry && 'ref' in e.geometry ? 'source' : 'derived')),
				drawn_how: e.drawn_how ?? null,
				precision_km: e.precision_km ?? null,
				note: e.note ?? null,
				border_distance_km: f?.border_distance_km ?? null,
				country: f?.country ?? null,
				governorate: f?.governorate ?? null,
				length_km: f?.length_km ?? null,
				area_km2: f?.area_km2 ?? null,
				articles: [...new Set(ex.map((x) => x.article))],
				mention_count: ex.length,
				excerpts: ex
			}
		});
	}
	return { places, problems };
}

/** The spellings the texts actually use (computed from the mentions), and the other known names. */
function spellings(e: GazetteerEntry, ex: Excerpt[]): { variants: string[]; aliases: string[] } {
	const variants = [...new Set(ex.map((x) => stripTashkeel(x.text)))];
	const used = new Set(variants.map(norm));
	const aliases = e.variants.map((v) => (typeof v === 'string' ? v : v.text)).filter((v) => !used.has(norm(v)));
	return { variants, aliases };
}

function firstProps(refs: References, e: GazetteerEntry, key: 'source' | 'license'): string[] {
	const set = new Set<string>();
	for (const r of refsOf(e.geometry)) {
		const f = (refs[r] as FeatureCollection | undefined)?.features[0];
		if (f?.properties?.[key]) set.add(String(f.properties[key]));
	}
	return [...set];
}

function sourceOf(e: GazetteerEntry, refs: References): string {
	const base = firstProps(refs, e, 'source').join('; ');
	return e.geometry_basis === 'drawn' ? `Drawn by Frontier Atlas from: ${base}` : base;
}

function licenseOf(e: GazetteerEntry, refs: References): string {
	return firstProps(refs, e, 'license').join('; ');
}

/** The reference files a recipe draws on. */
export function refsOf(recipe: unknown): string[] {
	if (!recipe || typeof recipe !== 'object') return [];
	const r = recipe as Record<string, unknown>;
	if (typeof r.ref === 'string') return [r.ref];
	return Object.values(r).flatMap((v) => (Array.isArray(v) ? v.flatMap(refsOf) : refsOf(v)));
}
