/**
 * `npm run add -- <file.txt | folder> [more…] [--data-dir dir]`: adds Arabic texts to the corpus
 * (a folder stands for the .txt files in it, in name order).
 * Each is copied byte for byte into articles/ with its SHA-256 recorded and a draft metadata file
 * (or the <name>.json beside it, checked); then the quotes are anchored, the atlas is rebuilt and a
 * short review list is printed. Adding the same file again changes nothing and says so; any refusal
 * (missing file, over 1 MB, not UTF-8 text, the same text under another name or with a BOM or other
 * line ends, bad metadata) writes nothing. What it is doing goes to stderr, a line per file and step.
 * The whole run holds the data folder's lock, so two adds never see each other half-done.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toolArgs } from './lib/args';
import { AddError, planAdd, writeAdd } from './lib/add';
import { buildCandidates } from '../src/lib/atlas/candidates';
import { reviewList } from './lib/review';
import { runWriter } from './lib/lock';
import { readDrafts } from './lib/drafts';
import { anchorAndWrite, rebuild } from './lib/rebuild';

const { dir, positionals: args } = toolArgs('add', 'usage: npm run add -- <file.txt | folder> [more…] [--data-dir <dir>]');
/** A folder is its .txt files (a missing path stays as given, for planAdd to refuse by name). */
const isFolder = (p: string) => {
	try {
		return statSync(p).isDirectory();
	} catch {
		return false;
	}
};
const files = args.flatMap((a) => (isFolder(a) ? readdirSync(a).filter((f) => f.toLowerCase().endsWith('.txt')).sort().map((f) => join(a, f)) : [a]));

const empty = args.filter((a) => isFolder(a) && !files.some((f) => f.startsWith(join(a, '/'))));
if (empty.length) {
	console.error(`add: nothing was added.\n${empty.map((a) => `${a}: a folder with no .txt file in it`).join('\n')}`);
	process.exit(1);
}

/** Progress, on stderr so that stdout stays the result and the review list. */
const say = (line: string) => process.stderr.write(`add: ${line}\n`);

await runWriter(dir, 'add', () => {
	let plan;
	try {
		plan = planAdd(files, dir, say);
	} catch (e) {
		if (!(e instanceof AddError)) throw e;
		console.error(`add: nothing was added.\n${e.message}`);
		return 1;
	}
	for (const u of plan.unchanged) console.log(`${u.path}: already in the corpus as articles/${u.id}.txt, byte for byte; nothing changed.`);
	if (!plan.incoming.length) return 0;

	const candidates = buildCandidates(plan.raw);
	say(`writing ${plan.incoming.length} article(s)…`);
	const journal = writeAdd(plan);
	say('anchoring quotes and rebuilding the atlas…');
	const clean = anchorAndWrite(dir) && rebuild(dir);
	journal.done();
	if (!clean) {
		console.error('add: the articles are written, but anchoring or `npm run data` reports a problem (above).');
		return 1;
	}
	console.log(`added ${plan.incoming.length} article(s) to ${join(dir, 'articles')}. Review:`);
	console.log(reviewList({ added: plan.incoming, atlas: plan.atlas, glosses: plan.raw.glosses, candidates, drafts: readDrafts(dir) }));
	return 0;
});
