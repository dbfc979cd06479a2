/**
 * Fills in `[start, end)` for quotes in geodata/incidents.json and geodata/articles/*.json that
 * give only `text`, and re-checks those that already have offsets. A quote must appear verbatim
 * in its article; when it appears more than once the first occurrence is taken and reported.
 * Run after editing those files: npm run anchor
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'geodata');
const articles = new Map<string, string>();
for (const f of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')))
	articles.set(f.replace(/\.txt$/, ''), new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, 'articles', f))));

let failures = 0;
function anchor(q: { text: string; start?: number; end?: number }, article: string, where: string) {
	const body = articles.get(article);
	if (body === undefined) return fail(`${where}: unknown article ${article}`);
	if (q.start !== undefined && q.end !== undefined && body.slice(q.start, q.end) === q.text) return;
	const at = body.indexOf(q.text);
	if (at < 0) return fail(`${where}: quote not found verbatim in ${article}: ${q.text}`);
	if (body.indexOf(q.text, at + 1) >= 0) console.warn(`${where}: quote occurs more than once in ${article}; first taken`);
	q.start = at;
	q.end = at + q.text.length;
}
function fail(msg: string) {
	console.error(msg);
	failures++;
}

const incPath = join(dir, 'incidents.json');
const inc = JSON.parse(readFileSync(incPath, 'utf8'));
const incBefore = JSON.stringify(inc);
for (const i of inc.incidents)
	i.excerpts = i.excerpts.map((e: { article: string; text: string; start?: number; end?: number }) => {
		anchor(e, e.article, i.id);
		return { article: e.article, start: e.start, end: e.end, text: e.text };
	});
// Written only when an offset changed, so a file in any layout is left alone otherwise.
if (JSON.stringify(inc) !== incBefore) writeFileSync(incPath, JSON.stringify(inc, null, '\t') + '\n');

for (const id of articles.keys()) {
	const path = join(dir, 'articles', `${id}.json`);
	let meta: Record<string, { evidence?: { text: string; start?: number; end?: number }[] } | string | null>;
	try {
		meta = JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		fail(`${id}: no readable metadata file ${path}`);
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
	if (JSON.stringify(meta) !== metaBefore) writeFileSync(path, JSON.stringify(meta, null, '\t') + '\n');
}
if (failures) {
	console.error(`${failures} quote(s) could not be anchored`);
	process.exit(1);
}
console.log('all quotes anchored');
