/**
 * What `npm run anchor` does: fills in `[start, end)` for quotes in incidents.json and
 * articles/*.json that give only `text`, and re-checks those that have offsets. A quote must appear
 * verbatim in its article; when it appears more than once the first occurrence is taken and said.
 * Returns the files to rewrite (only those whose offsets changed) instead of writing them, so the
 * caller writes them through its journal.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Anchored {
	/** [path, new body] for each file whose offsets changed. */
	writes: [string, string][];
	failures: string[];
	warnings: string[];
}

type Quote = { text: string; start?: number; end?: number };

export function anchorQuotes(dir: string): Anchored {
	const out: Anchored = { writes: [], failures: [], warnings: [] };
	const articles = new Map<string, string>();
	for (const f of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')))
		articles.set(f.replace(/\.txt$/, ''), new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, 'articles', f))));

	function anchor(q: Quote, article: string, where: string) {
		const body = articles.get(article);
		if (body === undefined) return void out.failures.push(`${where}: unknown article ${article}`);
		if (q.start !== undefined && q.end !== undefined && body.slice(q.start, q.end) === q.text) return;
		const at = body.indexOf(q.text);
		if (at < 0) return void out.failures.push(`${where}: quote not found verbatim in ${article}: ${q.text}`);
		if (body.indexOf(q.text, at + 1) >= 0) out.warnings.push(`${where}: quote occurs more than once in ${article}; first taken`);
		q.start = at;
		q.end = at + q.text.length;
	}

	const incPath = join(dir, 'incidents.json');
	const inc = JSON.parse(readFileSync(incPath, 'utf8'));
	const incBefore = JSON.stringify(inc);
	for (const i of inc.incidents)
		i.excerpts = i.excerpts.map((e: Quote & { article: string }) => {
			anchor(e, e.article, i.id);
			return { article: e.article, start: e.start, end: e.end, text: e.text };
		});
	// Written only when an offset changed, so a file in any layout is left alone otherwise.
	if (JSON.stringify(inc) !== incBefore) out.writes.push([incPath, JSON.stringify(inc, null, '\t') + '\n']);

	for (const id of articles.keys()) {
		const path = join(dir, 'articles', `${id}.json`);
		let meta: Record<string, { evidence?: Quote[] } | string | null>;
		try {
			meta = JSON.parse(readFileSync(path, 'utf8'));
		} catch {
			out.failures.push(`${id}: no readable metadata file ${path}`);
			continue;
		}
		const metaBefore = JSON.stringify(meta);
		for (const [field, value] of Object.entries(meta)) {
			if (!value || typeof value !== 'object' || !Array.isArray(value.evidence)) continue;
			value.evidence = value.evidence.map((e) => {
				anchor(e, id, `${id}.${field}`);
				return { start: e.start, end: e.end, text: e.text };
			});
		}
		if (JSON.stringify(meta) !== metaBefore) out.writes.push([path, JSON.stringify(meta, null, '\t') + '\n']);
	}
	return out;
}
