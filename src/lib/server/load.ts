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

export const REFERENCE_FILES = ['countries', 'governorates', 'border', 'rivers', 'lakes', 'places', 'pipeline', 'pipeline-waypoints'];

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
		gazetteer: { entries: Array.isArray(gaz?.entries) ? gaz.entries : [], stop_phrases: gaz?.stop_phrases ?? [] },
		incidents: Array.isArray(inc?.incidents) ? inc.incidents : [],
		references,
		glosses: glosses ?? {},
		problems
	};
}
