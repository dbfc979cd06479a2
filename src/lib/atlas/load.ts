/**
 * Reads geodata/ from disk. Nothing here throws on bad data: every problem (a broken article, a
 * metadata file that does not parse, a field of the wrong type) becomes a `Problem` naming the file
 * and the field's path, and the rest is kept, so one bad file never blanks the map. The shapes are
 * the schemas in $lib/schema, which are both the validators and the types.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import * as v from 'valibot';
import { ArticleMetaSchema, unknownMeta, type ArticleMeta } from '$lib/schema/article';
import { GazetteerEntrySchema, GazetteerFileSchema, type GazetteerEntry } from '$lib/schema/gazetteer';
import { IncidentRecordSchema, IncidentsFileSchema, type IncidentRecord } from '$lib/schema/incidents';
import { GlossesSchema, type Glosses } from '$lib/schema/glosses';
import { describeIssues, parseList, parseOne, type Problem } from '$lib/schema/parse';

export type { Problem } from '$lib/schema/parse';
export type { GazetteerEntry } from '$lib/schema/gazetteer';
export type { IncidentRecord, QuoteRef } from '$lib/schema/incidents';
export { unknownMeta } from '$lib/schema/article';

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
	glosses: Glosses;
	problems: Problem[];
}

export const REFERENCE_FILES = ['countries', 'governorates', 'border', 'rivers', 'lakes', 'places', 'pipeline', 'pipeline-waypoints', 'pipeline-kirkuk-ceyhan', 'geonames-accepted'];
/** Reference files that may be absent (written only once something needs them). */
const OPTIONAL_REFERENCES = new Set(['geonames-accepted']);

export const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;

/** Why a file or folder could not be read, in words: missing, permission, a folder, or the code. */
export function readCause(e: unknown, path: string): string {
	const code = (e as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return `missing: ${path} does not exist`;
	if (code === 'EACCES' || code === 'EPERM') return `cannot be read: permission denied (${path})`;
	if (code === 'EISDIR') return `is a folder, not a file (${path})`;
	if (code === 'ENOTDIR') return `is a file, not a folder (${path})`;
	return `cannot be read: ${code ?? (e as Error).message} (${path})`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text; null with a problem naming the cause (missing, permission, encoding). */
function readText(path: string, where: string, problems: Problem[]): string | null {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		problems.push({ where, message: readCause(e, path) });
		return null;
	}
	try {
		return utf8.decode(bytes);
	} catch {
		problems.push({ where, message: 'not valid UTF-8 text' });
		return null;
	}
}

function readJson(path: string, where: string, problems: Problem[]): unknown {
	const text = readText(path, where, problems);
	if (text === null) return null;
	try {
		return JSON.parse(text);
	} catch (e) {
		problems.push({ where, message: `not valid JSON: ${(e as Error).message}` });
		return null;
	}
}

/**
 * An article's metadata as the schema has it. A bad field (a date that is no calendar date, a
 * headline over the cap) is a problem naming the file and the field's path, and only that field is
 * treated as unknown; a file missing or not an object makes the whole record unknown (with a note).
 */
export function readMeta(path: string, id: string, problems: Problem[]): ArticleMeta {
	const where = `articles/${id}.json`;
	const raw = readJson(path, where, problems);
	if (raw === null) return unknownMeta(id, 'No usable metadata file for this article.');
	if (typeof raw !== 'object' || Array.isArray(raw)) {
		problems.push({ where, message: 'metadata must be a JSON object; treated as unknown' });
		return unknownMeta(id, 'The metadata file does not fit the schema; see the data problems.');
	}
	const first = v.safeParse(ArticleMetaSchema, { ...raw, id });
	if (first.success) return first.output;
	problems.push({ where, message: `${describeIssues(first.issues)}; ${[...badFields(first.issues)].join(', ')} treated as unknown` });
	const unknown = unknownMeta(id, 'The value in the metadata file is not valid; see the data problems.');
	const patched: Record<string, unknown> = { ...raw, id };
	for (const k of badFields(first.issues)) patched[k] = unknown[k as keyof ArticleMeta];
	const second = v.safeParse(ArticleMetaSchema, patched);
	return second.success ? second.output : unknownMeta(id, 'The metadata file does not fit the schema; see the data problems.');
}

/** The top-level fields the issues are about. */
function badFields(issues: readonly v.BaseIssue<unknown>[]): Set<string> {
	return new Set(issues.map((i) => String(i.path?.[0]?.key ?? '')).filter((k) => k && k !== 'id'));
}

export function loadArticles(dir: string, problems: Problem[]): RawArticle[] {
	const out: RawArticle[] = [];
	let files: string[];
	try {
		files = readdirSync(dir);
	} catch (e) {
		problems.push({ where: 'articles', message: readCause(e, dir) });
		return out;
	}
	for (const file of files.filter((f) => f.endsWith('.txt')).sort()) {
		const id = file.slice(0, -4);
		if (!ARTICLE_ID.test(id)) {
			problems.push({ where: `articles/${file}`, message: 'article ids may hold only letters, digits, _ and -; skipped' });
			continue;
		}
		const text = readText(join(dir, file), `articles/${file}`, problems);
		if (text === null) {
			problems[problems.length - 1].message += '; skipped';
			continue;
		}
		out.push({ id, text, meta: readMeta(join(dir, `${id}.json`), id, problems) });
	}
	return out;
}

export function loadRaw(dataDir: string): RawData {
	const problems: Problem[] = [];
	try {
		readdirSync(dataDir);
	} catch (e) {
		// No data folder (or an unreadable one): one problem that says so, and an empty atlas.
		problems.push({ where: 'data folder', message: `${readCause(e, dataDir)}; set ATLAS_DATA_DIR to the geodata folder` });
		const references = Object.fromEntries(REFERENCE_FILES.map((n) => [n, { type: 'FeatureCollection', features: [] } as FeatureCollection]));
		return { articles: [], gazetteer: { entries: [], stop_phrases: [] }, incidents: [], references, glosses: {}, problems };
	}
	const articles = loadArticles(join(dataDir, 'articles'), problems);
	const gaz = parseOne(GazetteerFileSchema, readJson(join(dataDir, 'gazetteer.json'), 'gazetteer.json', problems) ?? {}, 'gazetteer.json', problems);
	const inc = parseOne(IncidentsFileSchema, readJson(join(dataDir, 'incidents.json'), 'incidents.json', problems) ?? {}, 'incidents.json', problems);
	const glossPath = join(dataDir, 'glosses.json');
	const glosses = existsSync(glossPath) ? (parseOne(GlossesSchema, readJson(glossPath, 'glosses.json', problems) ?? {}, 'glosses.json', problems) ?? {}) : {};
	const references: Record<string, FeatureCollection> = {};
	for (const name of REFERENCE_FILES) {
		const path = join(dataDir, 'reference', `${name}.geojson`);
		const fc = OPTIONAL_REFERENCES.has(name) && !existsSync(path) ? null : (readJson(path, `reference/${name}.geojson`, problems) as FeatureCollection | null);
		references[name] = fc && Array.isArray(fc.features) ? fc : { type: 'FeatureCollection', features: [] };
	}
	return {
		articles,
		gazetteer: { entries: parseList(GazetteerEntrySchema, gaz?.entries, 'gazetteer', problems), stop_phrases: gaz?.stop_phrases ?? [] },
		incidents: parseList(IncidentRecordSchema, inc?.incidents, 'incidents', problems),
		references,
		glosses,
		problems
	};
}
