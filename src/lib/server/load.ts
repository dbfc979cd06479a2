/**
 * Reads geodata/ from disk. Nothing here throws on bad data: every problem (a broken article, a
 * metadata file that does not parse, a quote that is not verbatim) becomes a `Problem` and the rest
 * is kept, so one bad file never blanks the map.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { ArticleMeta, IncidentProperties } from '$lib/types';
import type { Recipe } from '$lib/geo/recipe';
import type { NameVariant } from '$lib/corpus/match';

export interface Problem {
	where: string;
	message: string;
}

export interface GazetteerEntry {
	id: string;
	name_en: string;
	name_ar: string;
	kind: string;
	scope: 'frontier' | 'outside';
	variants: (string | NameVariant)[];
	contains?: string[];
	geometry: Recipe | null;
	geometry_basis?: 'source' | 'derived' | 'drawn';
	drawn_how?: string;
	precision_km?: number | null;
	note?: string | null;
}

export interface QuoteRef {
	article: string;
	start: number;
	end: number;
	text: string;
}

/** An incident as reviewed in geodata/incidents.json; the served properties add what is computed. */
export type IncidentRecord = Pick<
	IncidentProperties,
	| 'id' | 'title_en' | 'date' | 'date_end' | 'date_precision' | 'date_note' | 'type' | 'acled_event_type' | 'acled_sub_event_type'
	| 'actors' | 'place_ids' | 'geo_precision' | 'location_note' | 'quantities' | 'summary_en' | 'source' | 'license'
> & {
	/** The gazetteer entry drawn as the footprint (precision 2 and 3); null: the first place's point. */
	footprint: string | null;
	excerpts: QuoteRef[];
};

export interface RawArticle {
	id: string;
	text: string;
	meta: ArticleMeta;
}

export interface RawData {
	articles: RawArticle[];
	gazetteer: { entries: GazetteerEntry[]; stop_phrases: string[] };
	incidents: IncidentRecord[];
	references: Record<string, FeatureCollection>;
	glosses: Record<string, string>;
	problems: Problem[];
}

export const REFERENCE_FILES = ['countries', 'governorates', 'border', 'rivers', 'lakes', 'places', 'pipeline', 'pipeline-waypoints', 'pipeline-kirkuk-ceyhan'];

const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;

function readJson<T>(path: string, where: string, problems: Problem[]): T | null {
	if (!existsSync(path)) {
		problems.push({ where, message: `missing file ${path}` });
		return null;
	}
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch (e) {
		problems.push({ where, message: `not valid JSON: ${(e as Error).message}` });
		return null;
	}
}

export function unknownMeta(id: string, note: string): ArticleMeta {
	const u = { value: null, evidence: [], note };
	return {
		id,
		language: { ...u },
		outlet_ar: { ...u },
		outlet_en: { ...u },
		reported_via: { ...u },
		headline_ar: { ...u },
		headline_en: null,
		date: { ...u, precision: 'unknown', not_before: null, not_after: null },
		dateline: { ...u }
	};
}

export function loadArticles(dir: string, problems: Problem[]): RawArticle[] {
	const out: RawArticle[] = [];
	if (!existsSync(dir)) {
		problems.push({ where: 'articles', message: `missing folder ${dir}` });
		return out;
	}
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
		const id = file.slice(0, -4);
		if (!ARTICLE_ID.test(id)) {
			problems.push({ where: `articles/${file}`, message: 'article ids may hold only letters, digits, _ and -; skipped' });
			continue;
		}
		let text: string;
		try {
			text = decoder.decode(readFileSync(join(dir, file)));
		} catch {
			problems.push({ where: `articles/${file}`, message: 'not valid UTF-8; skipped' });
			continue;
		}
		const metaProblems: Problem[] = [];
		const meta = readJson<ArticleMeta>(join(dir, `${id}.json`), `articles/${id}.json`, metaProblems);
		problems.push(...metaProblems);
		if (!meta || typeof meta !== 'object' || !meta.date) {
			if (meta) problems.push({ where: `articles/${id}.json`, message: 'metadata lacks the required fields; treated as unknown' });
			out.push({ id, text, meta: unknownMeta(id, 'No usable metadata file for this article.') });
			continue;
		}
		out.push({ id, text, meta: { ...unknownMeta(id, ''), ...meta, id } });
	}
	return out;
}

export function loadRaw(dataDir: string): RawData {
	const problems: Problem[] = [];
	const articles = loadArticles(join(dataDir, 'articles'), problems);
	const gaz = readJson<{ entries: GazetteerEntry[]; stop_phrases?: string[] }>(join(dataDir, 'gazetteer.json'), 'gazetteer.json', problems);
	const inc = readJson<{ incidents: IncidentRecord[] }>(join(dataDir, 'incidents.json'), 'incidents.json', problems);
	const glosses = existsSync(join(dataDir, 'glosses.json'))
		? (readJson<Record<string, string>>(join(dataDir, 'glosses.json'), 'glosses.json', problems) ?? {})
		: {};
	const references: Record<string, FeatureCollection> = {};
	for (const name of REFERENCE_FILES) {
		const fc = readJson<FeatureCollection>(join(dataDir, 'reference', `${name}.geojson`), `reference/${name}.geojson`, problems);
		references[name] = fc && Array.isArray(fc.features) ? fc : { type: 'FeatureCollection', features: [] };
	}
	return {
		articles,
		gazetteer: {
			entries: keepValid(gaz?.entries, 'gazetteer', validEntry, problems),
			stop_phrases: Array.isArray(gaz?.stop_phrases) ? gaz.stop_phrases.filter((s) => typeof s === 'string') : []
		},
		incidents: keepValid(inc?.incidents, 'incidents', validIncident, problems),
		references,
		glosses: glosses ?? {},
		problems
	};
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** What is wrong with a gazetteer entry, or null. */
function validEntry(e: Record<string, unknown>): string | null {
	if (!isStr(e.id) || !isStr(e.name_en) || !isStr(e.name_ar) || !isStr(e.kind)) return 'needs id, name_en, name_ar and kind';
	if (!Array.isArray(e.variants) || !e.variants.every((v) => isStr(v) || (v && typeof v === 'object' && isStr((v as NameVariant).text))))
		return 'variants must be a list of names';
	if (e.scope !== 'frontier' && e.scope !== 'outside') return 'scope must be "frontier" or "outside"';
	return null;
}

/** What is wrong with an incident record, or null. */
function validIncident(i: Record<string, unknown>): string | null {
	if (!isStr(i.id) || !isStr(i.date) || !isStr(i.type)) return 'needs id, date and type';
	if (!Array.isArray(i.place_ids) || !i.place_ids.every(isStr)) return 'place_ids must be a list of gazetteer ids';
	if (![1, 2, 3].includes(i.geo_precision as number)) return 'geo_precision must be 1, 2 or 3';
	if (!Array.isArray(i.excerpts)) return 'excerpts must be a list';
	return null;
}

/** The records that pass `check`; each one that does not becomes a problem naming it. */
function keepValid<T>(list: unknown, where: string, check: (r: Record<string, unknown>) => string | null, problems: Problem[]): T[] {
	if (list === undefined) return [];
	if (!Array.isArray(list)) {
		problems.push({ where, message: 'expected a list' });
		return [];
	}
	return list.filter((r, i) => {
		const why = r && typeof r === 'object' ? check(r as Record<string, unknown>) : 'not an object';
		if (why) problems.push({ where: `${where}/${(r as { id?: unknown })?.id ?? `#${i}`}`, message: `${why}; skipped` });
		return !why;
	}) as T[];
}
