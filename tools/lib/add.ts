/**
 * `npm run add -- <file.txt> [more…]`: checks every file first (exists, at most 1 MB, text, UTF-8,
 * not already in the corpus under another name or in another form), drafts its metadata, builds the atlas in memory with the new
 * articles to prove they add no data problem, and only then writes: each text byte for byte, its
 * metadata and its SHA-256, through temporary files renamed into place. A refusal writes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import * as v from 'valibot';
import { draftMeta } from '$lib/corpus/draft';
import { describeUtf16, utf16Of } from '$lib/encoding';
import { ArticleMetaSchema, type ArticleMeta } from '$lib/schema/article';
import { describeIssues } from '$lib/schema/parse';
import { buildAtlas, type Atlas } from '../../src/lib/atlas/build';
import { ARTICLE_ID, loadRaw, type RawData } from '../../src/lib/atlas/load';
import { findMentions } from '../../src/lib/atlas/stages/mentions';
import { Plan } from './journal';

export class AddError extends Error {}

export interface Incoming {
	path: string;
	id: string;
	bytes: Buffer;
	text: string;
	sha256: string;
	meta: ArticleMeta;
	/** `draft`: written by draftMeta; `file`: the <name>.json found beside the text, checked. */
	metaFrom: 'draft' | 'file';
}

export interface AddPlan {
	dir: string;
	incoming: Incoming[];
	/** Files already in the corpus, byte for byte under the same id: nothing to do. */
	unchanged: { path: string; id: string }[];
	raw: RawData;
	atlas: Atlas;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/**
 * The largest text `add` takes, in bytes. A long news report is 20–50 kB; a 4 MB text took two
 * minutes and 1.3 GB to anchor and build, and is almost certainly several articles or not one.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Reports what `planAdd` is doing, one line at a time (the CLI writes them to stderr). */
export type Progress = (line: string) => void;

/**
 * What makes two files the same text to a reader, whatever their bytes: the decoded characters,
 * with no UTF-8 byte-order mark (TextDecoder drops it) and every line end as LF. A copy saved on
 * Windows (BOM, CRLF) has the same words, so its mentions and incidents would be counted twice;
 * its offsets differ, so it cannot stand in for the original either — it is refused as a duplicate.
 */
export function sameTextKey(bytes: Buffer): string {
	return sha256(new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n'));
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why `bytes` is not UTF-8 text, or null when it is. */
export function notText(bytes: Buffer): string | null {
	if (bytes.length === 0) return 'is empty';
	const u16 = utf16Of(bytes);
	if (u16) return `is ${describeUtf16(u16)}, not UTF-8; convert it first, e.g. iconv -f ${u16.encoding} -t UTF-8 in.txt > out.txt`;
	if (bytes.includes(0)) return 'is a binary file (it holds NUL bytes), not text';
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		// C0 controls other than tab, line feed, form feed and carriage return mark a binary file.
		let control = 0;
		for (const ch of text) {
			const c = ch.charCodeAt(0);
			if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) control++;
		}
		if (control > 0) return `is not plain text (${control} control characters)`;
	} catch {
		return 'is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8 in.txt > out.txt';
	}
	return null;
}

/** Quotes that give only `text` get their offsets; every quote must be verbatim in the article. */
function anchorEvidence(raw: Record<string, unknown>, text: string, where: string): string[] {
	const problems: string[] = [];
	for (const [k, f] of Object.entries(raw)) {
		if (!f || typeof f !== 'object' || !Array.isArray((f as { evidence?: unknown }).evidence)) continue;
		for (const e of (f as { evidence: { text?: unknown; start?: number; end?: number }[] }).evidence) {
			if (typeof e?.text !== 'string') continue;
			if (e.start !== undefined && text.slice(e.start, e.end) === e.text) continue;
			const at = text.indexOf(e.text);
			if (at < 0) problems.push(`${where}: ${k}.evidence «${e.text}» is not in the text verbatim`);
			else Object.assign(e, { start: at, end: at + e.text.length });
		}
	}
	return problems;
}

function metaBeside(path: string, id: string, text: string): { meta: ArticleMeta | null; problems: string[] } {
	const jsonPath = path.slice(0, path.length - extname(path).length) + '.json';
	if (!existsSync(jsonPath)) return { meta: null, problems: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(jsonPath, 'utf8'));
	} catch (e) {
		return { meta: null, problems: [`${jsonPath}: not valid JSON (${(e as Error).message})`] };
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { meta: null, problems: [`${jsonPath}: metadata must be a JSON object`] };
	const problems = anchorEvidence(raw as Record<string, unknown>, text, jsonPath);
	const r = v.safeParse(ArticleMetaSchema, { ...raw, id });
	if (!r.success) problems.push(`${jsonPath}: ${describeIssues(r.issues)}`);
	return { meta: r.success && !problems.length ? r.output : null, problems };
}

function nextNumber(ids: string[]): string {
	const n = Math.max(-1, ...ids.map((id) => Number(/^(\d+)_/.exec(id)?.[1] ?? -1)));
	return String(n + 1).padStart(3, '0');
}

/** Checks every file and drafts its metadata; throws an AddError listing every problem. Writes nothing. */
export function planAdd(paths: string[], dir: string, progress: Progress = () => {}): AddPlan {
	if (!paths.length) throw new AddError('usage: npm run add -- <file.txt | folder> [more…]');
	const articlesDir = join(dir, 'articles');
	const existing = new Map<string, string>(); // sha of the bytes → id
	const existingText = new Map<string, string>(); // sameTextKey → id
	const ids: string[] = [];
	for (const f of existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith('.txt')) : []) {
		const bytes = readFileSync(join(articlesDir, f));
		ids.push(f.slice(0, -4));
		existing.set(sha256(bytes), f.slice(0, -4));
		existingText.set(sameTextKey(bytes), f.slice(0, -4));
	}
	const problems: string[] = [];
	const incoming: Omit<Incoming, 'meta' | 'metaFrom'>[] = [];
	const given = new Map<string, { path: string; sha256: string }>(); // sameTextKey → a file of this run
	const unchanged: AddPlan['unchanged'] = [];
	for (const [n, path] of paths.entries()) {
		progress(`reading ${n + 1}/${paths.length} ${basename(path)}…`);
		if (!existsSync(path)) {
			problems.push(`${path}: no such file`);
			continue;
		}
		const stat = statSync(path);
		if (!stat.isFile()) {
			problems.push(`${path}: not a file`);
			continue;
		}
		// Checked before reading: a huge file is refused without being loaded.
		if (stat.size > MAX_ARTICLE_BYTES) {
			problems.push(`${path} is ${mb(stat.size)} (${stat.size} bytes); the limit for one article is ${mb(MAX_ARTICLE_BYTES)} (${MAX_ARTICLE_BYTES} bytes). Split it into its separate articles, or check that it is one news text.`);
			continue;
		}
		const bytes = readFileSync(path);
		const why = notText(bytes);
		if (why) {
			problems.push(`${path} ${why}`);
			continue;
		}
		const sum = sha256(bytes);
		const key = sameTextKey(bytes);
		const stem = basename(path, extname(path));
		const twin = given.get(key);
		if (twin) {
			problems.push(`${path}: the same text as ${twin.path}, given twice${twin.sha256 === sum ? '' : ' (they differ only in a byte-order mark or line ends)'}`);
			continue;
		}
		const id = ARTICLE_ID.test(stem) && stem.length <= 80 ? stem : `${nextNumber([...ids, ...incoming.map((i) => i.id)])}_${sum.slice(0, 16)}`;
		if (existing.get(sum) === id) {
			unchanged.push({ path, id });
			continue;
		}
		const already = existing.get(sum) ?? existingText.get(key);
		if (already)
			problems.push(
				`${path}: the same text is already in the corpus as articles/${already}.txt${existing.has(sum) ? '' : ' (this copy differs only in a byte-order mark or line ends)'}; not added again`
			);
		else if (ids.includes(id) || incoming.some((i) => i.id === id)) problems.push(`${path}: an article "${id}" already exists with a different text; rename the file`);
		else incoming.push({ path, id, bytes, text: new TextDecoder('utf-8').decode(bytes), sha256: sum });
		given.set(key, { path, sha256: sum });
	}

	if (incoming.length) progress('loading the corpus…');
	const raw = loadRaw(dir);
	const full: Incoming[] = [];
	for (const [n, i] of incoming.entries()) {
		progress(`finding places ${n + 1}/${incoming.length} ${basename(i.path)}…`);
		const beside = metaBeside(i.path, i.id, i.text);
		problems.push(...beside.problems);
		if (beside.problems.length) continue;
		const places = findMentions([i], raw.gazetteer).get(i.id) ?? [];
		const names = new Map(raw.gazetteer.entries.map((e) => [e.id, e.name_en]));
		const meta = beside.meta ?? draftMeta(i.id, i.text, { places: places.map((m) => ({ start: m.start, end: m.end, name_en: names.get(m.ref) ?? m.ref })) });
		full.push({ ...i, meta, metaFrom: beside.meta ? 'file' : 'draft' });
	}
	if (problems.length) throw new AddError(problems.join('\n'));

	// The corpus with the new articles, built in memory: any new data problem refuses the whole add.
	progress(`building the atlas with ${full.length} new article(s)…`);
	const before = new Set(buildAtlas(raw).problems.map((p) => `${p.where}: ${p.message}`));
	const grown: RawData = { ...raw, articles: [...raw.articles, ...full.map((i) => ({ id: i.id, text: i.text, meta: i.meta }))], problems: [...raw.problems] };
	const atlas = buildAtlas(grown);
	const added = atlas.problems.map((p) => `${p.where}: ${p.message}`).filter((p) => !before.has(p));
	if (added.length) throw new AddError(`adding would create data problems:\n${added.join('\n')}`);
	return { dir, incoming: full, unchanged, raw: grown, atlas };
}

/**
 * Writes the plan through a journal (tools/lib/journal.ts): texts byte for byte, metadata,
 * SHA256SUMS staged and fsynced, then renamed into place; anchoring and the rebuild follow, and a
 * kill anywhere is finished by the next writing command. Call `.done()` on the result after them.
 */
export function writeAdd(plan: AddPlan): Plan {
	const articles = join(plan.dir, 'articles');
	const files: [string, Buffer | string][] = [];
	for (const i of plan.incoming) {
		files.push([join('articles', `${i.id}.txt`), i.bytes]);
		files.push([join('articles', `${i.id}.json`), JSON.stringify(i.meta, null, '\t') + '\n']);
	}
	const sumsPath = join(articles, 'SHA256SUMS');
	const sums = existsSync(sumsPath) ? readFileSync(sumsPath, 'utf8').split('\n').filter((l) => l.trim()) : [];
	for (const i of plan.incoming) sums.push(`${i.sha256}  ${i.id}.txt`);
	sums.sort((a, b) => a.split(/\s+\*?/)[1].localeCompare(b.split(/\s+\*?/)[1]));
	files.push([join('articles', 'SHA256SUMS'), sums.join('\n') + '\n']);
	const journal = new Plan(plan.dir, 'add');
	for (const [path, body] of files) journal.stage(path, body);
	journal.commit({ then: ['anchor', 'data'] });
	return journal;
}
