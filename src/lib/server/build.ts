/**
 * Builds the atlas from raw geodata: gazetteer geometry (recipes), mentions and excerpts from the
 * articles, incidents with footprints, computed facts, and the exportable layers. Runs once at
 * start-up (and in `npm run data`); the result is immutable.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import { Matcher } from '$lib/corpus/match';
import { norm, stripTashkeel } from '$lib/corpus/normalize';
import { firstDay, lastDay } from '$lib/corpus/dates';
import { evaluate, RecipeError } from '$lib/geo/recipe';
import { computeFacts, type FactSources } from '$lib/geo/facts';
import { toRfc7946 } from '$lib/geo/rfc7946';
import type { ArticleMention, Excerpt, IncidentFeature, IncidentProperties, LayerId, PlaceFeature, PlaceProperties } from '$lib/types';
import { ExcerptMaker } from './excerpts';
import type { GazetteerEntry, Problem, RawArticle, RawData } from './load';
import { referenceLayers } from './reference';

export interface Atlas {
	articles: Map<string, RawArticle>;
	places: Map<string, PlaceFeature>;
	incidents: Map<string, IncidentFeature>;
	layers: Map<LayerId, FeatureCollection>;
	mentions: Map<string, ArticleMention[]>;
	problems: Problem[];
}

const layerFor = (e: GazetteerEntry, g: Geometry | null): LayerId | null => {
	if (!g || e.scope === 'outside') return null;
	if (e.kind === 'country') return 'countries';
	if (g.type === 'Point' || g.type === 'MultiPoint') return 'places';
	if (g.type === 'LineString' || g.type === 'MultiLineString') return 'lines';
	return 'areas';
};

function factSources(raw: RawData): FactSources | null {
	const border = raw.references.border.features[0] as Feature<LineString | MultiLineString> | undefined;
	if (!border) return null;
	return { border, countries: raw.references.countries, governorates: raw.references.governorates };
}

export function buildAtlas(raw: RawData): Atlas {
	const problems = [...raw.problems];
	const articles = new Map(raw.articles.map((a) => [a.id, a]));
	const excerpts = new ExcerptMaker(articles, raw.glosses);
	const facts = factSources(raw);

	// 1. Mentions of gazetteer places in every article.
	const matcher = new Matcher(raw.gazetteer.entries, raw.gazetteer.stop_phrases);
	const mentions = new Map<string, ArticleMention[]>();
	const byPlace = new Map<string, Excerpt[]>();
	for (const a of raw.articles) {
		const found: ArticleMention[] = [];
		for (const m of matcher.find(a.text)) {
			found.push({ ref: m.ref, kind: 'place', start: m.start, end: m.end, text: m.text });
			const ex = excerpts.make(a.id, m.start, m.end, m.ref, m.confidence);
			if (!ex) continue;
			const list = byPlace.get(m.ref);
			if (list) list.push(ex);
			else byPlace.set(m.ref, [ex]);
		}
		mentions.set(a.id, found);
	}

	// 2. Gazetteer features. Only places the corpus names, or an incident uses, go into the layers:
	//    every feature on the map must link back to words in an article.
	const usedByIncidents = new Set(raw.incidents.flatMap((i) => [...(i.place_ids ?? []), ...(i.footprint ? [i.footprint] : [])]));
	const places = new Map<string, PlaceFeature>();
	for (const e of raw.gazetteer.entries) {
		if (places.has(e.id)) {
			problems.push({ where: `gazetteer/${e.id}`, message: 'duplicate id; the later entry is ignored' });
			continue;
		}
		let geometry: Geometry | null = null;
		if (e.geometry) {
			try {
				geometry = toRfc7946(evaluate(e.geometry, raw.references));
			} catch (err) {
				const msg = err instanceof RecipeError ? err.message : String(err);
				problems.push({ where: `gazetteer/${e.id}`, message: `geometry not built: ${msg}` });
			}
		}
		const ex = byPlace.get(e.id) ?? [];
		const f = geometry && facts ? computeFacts(geometry, facts) : null;
		const props: PlaceProperties = {
			id: e.id,
			name_en: e.name_en,
			name_ar: e.name_ar,
			kind: e.kind,
			layer: ex.length > 0 || usedByIncidents.has(e.id) ? layerFor(e, geometry) : null,
			...spellings(e, ex),
			scope: e.scope,
			source: geometry ? sourceOf(e, raw) : 'none: not drawn',
			license: geometry ? licenseOf(e, raw) : 'n/a',
			geometry_basis: !geometry ? 'none' : (e.geometry_basis ?? ('ref' in (e.geometry ?? {}) ? 'source' : 'derived')),
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
		};
		places.set(e.id, { type: 'Feature', id: e.id, geometry, properties: props });
	}

	// 3. Incidents.
	const incidents = new Map<string, IncidentFeature>();
	for (const r of raw.incidents) {
		const where = `incidents/${r.id}`;
		const footprintPlace = r.footprint ? places.get(r.footprint) : places.get(r.place_ids[0]);
		const missing = [...r.place_ids, ...(r.footprint ? [r.footprint] : [])].filter((p) => !places.has(p));
		if (missing.length) problems.push({ where, message: `unknown place id(s): ${missing.join(', ')}` });
		if (!footprintPlace?.geometry) {
			problems.push({ where, message: 'no geometry to place the incident; left off the map' });
			continue;
		}
		const ex: Excerpt[] = [];
		for (const q of r.excerpts) {
			const text = articles.get(q.article)?.text;
			if (text === undefined || text.slice(q.start, q.end) !== q.text) {
				problems.push({ where, message: `excerpt is not verbatim at ${q.article} [${q.start}, ${q.end}); dropped` });
				continue;
			}
			const e = excerpts.make(q.article, q.start, q.end, r.id);
			if (e) ex.push(e);
			mentions.get(q.article)?.push({ ref: r.id, kind: 'incident', start: q.start, end: q.end, text: q.text });
		}
		const geometry = footprintPlace.geometry;
		const anchor = geometry.type === 'Point' ? geometry.coordinates : turf.pointOnFeature(turf.feature(geometry)).geometry.coordinates;
		const { excerpts: _q, footprint: _f, ...rest } = r;
		const props: IncidentProperties = {
			...rest,
			name_en: r.title_en,
			name_ar: footprintPlace.properties.name_ar,
			kind: r.type,
			date_from: firstDay(r.date),
			date_to: lastDay(r.date_end ?? r.date),
			anchor_lon: Math.round(anchor[0] * 1e6) / 1e6,
			anchor_lat: Math.round(anchor[1] * 1e6) / 1e6,
			radius_km: r.geo_precision === 2 ? (footprintPlace.properties.precision_km ?? null) : null,
			footprint_id: footprintPlace.id,
			excerpts: ex
		};
		incidents.set(r.id, { type: 'Feature', id: r.id, geometry, properties: props });
	}
	for (const list of mentions.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);

	// 4. Layers.
	const layers = new Map<LayerId, FeatureCollection>();
	const gazetteerLayer = (id: LayerId) => ({
		type: 'FeatureCollection' as const,
		features: [...places.values()].filter((p) => p.properties.layer === id) as Feature[]
	});
	for (const id of ['places', 'areas', 'lines', 'countries'] as const) layers.set(id, gazetteerLayer(id));
	layers.set('incidents', {
		type: 'FeatureCollection',
		features: [...incidents.values()].sort((a, b) => a.properties.date_from.localeCompare(b.properties.date_from))
	});
	for (const [id, fc] of referenceLayers(raw.references)) layers.set(id, fc);

	return { articles, places, incidents, layers, mentions, problems };
}

/** The spellings the texts actually use (computed from the mentions), and the other known names. */
function spellings(e: GazetteerEntry, ex: Excerpt[]): { variants: string[]; aliases: string[] } {
	const variants = [...new Set(ex.map((x) => stripTashkeel(x.text)))];
	const used = new Set(variants.map(norm));
	const aliases = e.variants.map((v) => (typeof v === 'string' ? v : v.text)).filter((v) => !used.has(norm(v)));
	return { variants, aliases };
}

function sourceOf(e: GazetteerEntry, raw: RawData): string {
	const refs = refsOf(e.geometry);
	const names = new Set<string>();
	for (const r of refs) {
		const f = raw.references[r]?.features[0];
		if (f?.properties?.source) names.add(String(f.properties.source));
	}
	const base = [...names].join('; ');
	return e.geometry_basis === 'drawn' ? `Drawn by Frontier Atlas from: ${base}` : base;
}

function licenseOf(e: GazetteerEntry, raw: RawData): string {
	const set = new Set<string>();
	for (const r of refsOf(e.geometry)) {
		const f = raw.references[r]?.features[0];
		if (f?.properties?.license) set.add(String(f.properties.license));
	}
	return [...set].join('; ');
}

function refsOf(recipe: unknown): string[] {
	if (!recipe || typeof recipe !== 'object') return [];
	const r = recipe as Record<string, unknown>;
	if (typeof r.ref === 'string') return [r.ref];
	return Object.values(r).flatMap((v) => (Array.isArray(v) ? v.flatMap(refsOf) : refsOf(v)));
}
