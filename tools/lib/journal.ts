/**
 * A writing command's plan, written before it is applied, so a kill at any point can be finished.
 *
 *   const plan = new Plan(dir, 'add');
 *   plan.stage('articles/x.txt', bytes);      // into .journal/add/, fsynced
 *   plan.commit({ then: ['anchor', 'data'] }); // .journal/add.json, then the renames, in order
 *   … the follow-up steps …
 *   plan.done();                               // journal and staging removed
 *
 * Recovery (run by withDataLock before any writer's own work): a journal on disk means its files
 * were all staged and fsynced, so the renames not yet applied are applied (rolled forward) and its
 * follow-up steps run again; staging without a journal is an interrupted plan, and is removed (rolled
 * back). Renames are applied in order, so "the last rename whose source is gone" is how far it got.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fsyncDir, renameDurable, writeDurable, writeSynced } from '../../src/lib/atlas/durable';

export const JOURNAL_DIR = '.journal';

/** Steps a journal may ask to run again after its renames: each idempotent. */
export type Step = 'anchor' | 'data';

export interface Journal {
	command: string;
	started: string;
	/** Paths relative to the data folder. */
	renames: { from: string; to: string }[];
	then: Step[];
}

export class Plan {
	private renames: Journal['renames'] = [];
	readonly staging: string;
	constructor(
		readonly dir: string,
		readonly command: string
	) {
		this.staging = join(JOURNAL_DIR, command);
		rmSync(join(dir, this.staging), { recursive: true, force: true });
		mkdirSync(join(dir, this.staging), { recursive: true });
	}

	/** Writes `body` to a staging file that the commit renames to `to` (relative to the data folder). */
	stage(to: string, body: string | Buffer): void {
		const from = join(this.staging, String(this.renames.length));
		writeSynced(join(this.dir, from), body);
		this.renames.push({ from, to });
	}

	/** A rename of something already in place (a folder built beside its target, say). */
	move(from: string, to: string): void {
		this.renames.push({ from, to });
	}

	/** The journal, then every rename. After this the plan survives any kill. */
	commit(opts: { then?: Step[] } = {}): void {
		fsyncDir(join(this.dir, this.staging));
		const journal: Journal = { command: this.command, started: new Date().toISOString(), renames: this.renames, then: opts.then ?? [] };
		writeDurable(journalPath(this.dir, this.command), JSON.stringify(journal, null, '\t') + '\n');
		apply(this.dir, journal);
	}

	/** The follow-up steps have run: the plan is complete. */
	done(): void {
		finish(this.dir, this.command);
	}
}

function finish(dir: string, command: string): void {
	rmSync(journalPath(dir, command), { force: true });
	rmSync(join(dir, JOURNAL_DIR, command), { recursive: true, force: true });
	fsyncDir(join(dir, JOURNAL_DIR));
}

const journalPath = (dir: string, command: string) => join(dir, JOURNAL_DIR, `${command}.json`);

/** Applies the renames not yet applied; returns how many it applied. */
function apply(dir: string, j: Journal): number {
	let last = -1;
	j.renames.forEach((r, i) => {
		if (!existsSync(join(dir, r.from))) last = i;
	});
	let n = 0;
	for (const r of j.renames.slice(last + 1)) {
		mkdirSync(dirname(join(dir, r.to)), { recursive: true });
		renameDurable(join(dir, r.from), join(dir, r.to));
		n++;
	}
	return n;
}

/** Pending journals and staging folders, by command. */
export function pendingJournals(dir: string): { journals: Journal[]; staged: string[] } {
	const jd = join(dir, JOURNAL_DIR);
	if (!existsSync(jd)) return { journals: [], staged: [] };
	const names = readdirSync(jd);
	const journals = names.filter((n) => n.endsWith('.json')).map((n) => JSON.parse(readFileSync(join(jd, n), 'utf8')) as Journal);
	const staged = names.filter((n) => !n.endsWith('.json') && !n.endsWith('.tmp') && !journals.some((j) => j.command === n));
	return { journals, staged };
}

/**
 * Completes every interrupted plan (inner steps such as `data` first, so a rebuild that an add
 * asks for is not run over a half-switched build/), rolls back unjournalled staging, and says so.
 */
export async function recoverJournals(dir: string, say: (line: string) => void = console.log): Promise<number> {
	const { journals, staged } = pendingJournals(dir);
	for (const s of staged) {
		rmSync(join(dir, JOURNAL_DIR, s), { recursive: true, force: true });
		say(`recovered: an interrupted ${s} had not started changing anything; its staged files are removed (rolled back).`);
	}
	journals.sort((a, b) => a.then.length - b.then.length);
	for (const j of journals) {
		const n = apply(dir, j);
		say(`recovered: an interrupted ${j.command} (started ${j.started}): ${n} of its ${j.renames.length} rename(s) applied now${j.then.length ? `; running ${j.then.join(' and ')} again` : ''}.`);
		const steps = await import('./rebuild');
		for (const step of j.then) if (!(step === 'anchor' ? steps.anchorAndWrite(dir) : steps.rebuild(dir))) say(`recovered: ${step} reports problems (above).`);
		finish(dir, j.command);
		say(`recovered: the interrupted ${j.command} is complete.`);
	}
	return staged.length + journals.length;
}
