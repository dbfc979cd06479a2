/**
 * `npm run data -- --check`: is the data folder consistent? Texts ↔ SHA256SUMS ↔ metadata ↔ build:
 * every text has its checksum line with the right sum and a metadata file that fits the schema,
 * every line and metadata file has its text, no interrupted command is pending, and build/ is
 * whole (MANIFEST.json) and built from these inputs. Reads only; returns each inconsistency.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMeta } from '../../src/lib/atlas/load';
import { verifyBuild } from '../../src/lib/atlas/manifest';
import type { Problem } from '../../src/lib/schema/parse';
import { pendingJournals } from './journal';

export function checkCorpus(dir: string): string[] {
	const out: string[] = [];
	const { journals, staged } = pendingJournals(dir);
	for (const j of journals) out.push(`.journal/${j.command}.json: an interrupted ${j.command} (started ${j.started}) is not finished; any writing command (e.g. npm run data) completes it`);
	for (const s of staged) out.push(`.journal/${s}/: files staged by an interrupted ${s}; any writing command removes them`);

	const articles = join(dir, 'articles');
	const names = existsSync(articles) ? readdirSync(articles) : [];
	if (!existsSync(articles)) out.push('articles/ is missing');
	const texts = new Set(names.filter((n) => n.endsWith('.txt')));
	const sums = new Map<string, string>();
	if (existsSync(join(articles, 'SHA256SUMS'))) {
		for (const line of readFileSync(join(articles, 'SHA256SUMS'), 'utf8').split('\n')) {
			if (!line.trim()) continue;
			const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
			if (!m) out.push(`articles/SHA256SUMS: a line that is not "<sha256>  <file>": ${line.slice(0, 80)}`);
			else sums.set(m[2], m[1]);
		}
	} else if (texts.size) out.push('articles/SHA256SUMS is missing');
	for (const t of [...texts].sort()) {
		const want = sums.get(t);
		if (!want) out.push(`articles/${t} has no line in SHA256SUMS`);
		else if (createHash('sha256').update(readFileSync(join(articles, t))).digest('hex') !== want) out.push(`articles/${t} does not match its SHA-256 in SHA256SUMS`);
		const id = t.slice(0, -4);
		if (!names.includes(`${id}.json`)) out.push(`articles/${t} has no metadata file ${id}.json`);
		else {
			const problems: Problem[] = [];
			readMeta(join(articles, `${id}.json`), id, problems);
			for (const p of problems) out.push(`${p.where}: ${p.message}`);
		}
	}
	for (const f of [...sums.keys()].sort()) if (!texts.has(f)) out.push(`articles/SHA256SUMS lists ${f}, which is not in articles/`);
	for (const n of names.filter((n) => n.endsWith('.json')).sort()) if (!texts.has(`${n.slice(0, -5)}.txt`)) out.push(`articles/${n} is metadata for a text that is not there (${n.slice(0, -5)}.txt)`);
	for (const n of names.filter((n) => n.endsWith('.tmp'))) out.push(`articles/${n}: a temporary file left by an interrupted write`);

	out.push(...verifyBuild(dir, join(dir, 'build')));
	return out;
}
