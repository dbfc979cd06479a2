/**
 * The two follow-up steps of every writing command, printed as they go; each true when clean.
 * Called by `npm run anchor` / `npm run data` and, under their lock, by add and gazetteer accept.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { anchorQuotes } from './anchor';
import { buildInto } from './build';
import { writeDurable } from './durable';

export function rebuild(dir: string): boolean {
	const out = join(dir, 'build');
	rmSync(out, { recursive: true, force: true });
	const { problems, summary } = buildInto(dir, out);
	console.log(`${summary} → ${out}`);
	for (const p of problems) console.error(`problem: ${p.where}: ${p.message}`);
	return problems.length === 0;
}

/** Anchors the quotes and writes the files whose offsets changed. */
export function anchorAndWrite(dir: string): boolean {
	const { writes, failures, warnings } = anchorQuotes(dir);
	for (const w of warnings) console.warn(w);
	for (const f of failures) console.error(f);
	for (const [path, body] of writes) writeDurable(path, body);
	if (failures.length) console.error(`${failures.length} quote(s) could not be anchored`);
	else console.log('all quotes anchored');
	return failures.length === 0;
}
