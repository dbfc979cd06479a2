/**
 * The two follow-up steps of every writing command, printed as they go; each true when clean.
 * Called by `npm run anchor` / `npm run data`, by add and gazetteer accept under their lock, and by
 * the recovery of an interrupted one (tools/lib/journal.ts).
 *
 * The build is atomic as a whole: it is written into .journal/data/build, fsynced, its manifest
 * last, then switched in by two journalled renames (build → .journal/data/old, new → build), so
 * build/ is the old build or the new one, and a kill between the two is finished by the next run.
 * Then the served build (./served.ts: what the server sends) is written from the same atlas.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { anchorQuotes } from './anchor';
import { buildInto } from './build';
import { fsyncFile } from '../../src/lib/atlas/durable';
import { Plan } from './journal';
import { makeManifest, MANIFEST } from '../../src/lib/atlas/manifest';
import { writeServed } from './served';

export function rebuild(dir: string): boolean {
	const plan = new Plan(dir, 'data');
	const staged = join(plan.staging, 'build');
	const out = join(dir, staged);
	const { atlas, problems, summary } = buildInto(dir, out);
	writeFileSync(join(out, MANIFEST), JSON.stringify(makeManifest(dir, out), null, '\t') + '\n');
	for (const n of readdirSync(out)) fsyncFile(join(out, n));
	if (existsSync(join(dir, 'build'))) plan.move('build', join(plan.staging, 'old'));
	plan.move(staged, 'build');
	plan.commit();
	plan.done();
	console.log(`${summary} → ${join(dir, 'build')}`);
	const s = writeServed(dir, atlas);
	console.log(`served build: ${s.answers} answers, ${s.bytes} bytes with their compressed copies → ${s.dir}`);
	for (const p of problems) console.error(`problem: ${p.where}: ${p.message}`);
	return problems.length === 0;
}

/** Anchors the quotes and writes the files whose offsets changed, through a journal. */
export function anchorAndWrite(dir: string): boolean {
	const { writes, failures, warnings } = anchorQuotes(dir);
	for (const w of warnings) console.warn(w);
	for (const f of failures) console.error(f);
	if (writes.length) {
		const plan = new Plan(dir, 'anchor');
		for (const [path, body] of writes) plan.stage(relative(dir, path), body);
		plan.commit();
		plan.done();
	}
	if (failures.length) console.error(`${failures.length} quote(s) could not be anchored`);
	else console.log('all quotes anchored');
	return failures.length === 0;
}
