/**
 * One writer at a time on a data folder. Every command that writes geodata/ runs its work inside
 *
 *     await withDataLock(dataDir, 'add', async () => { … });
 *
 * The lock is proper-lockfile's (an atomic mkdir of `<dataDir>/.lock`); beside it,
 * `.lock-holder.json` names who holds it (pid, command, start time, host), so a second writer that
 * gives up can say whom it waited for. A second writer waits up to `ATLAS_LOCK_WAIT` seconds
 * (default 10), then stops with a LockBusyError. Stale locks: a holder whose process is gone
 * (same host) is broken at once; a lock not refreshed for 10 minutes (another host) is stale.
 * Once it holds the lock, it first completes or rolls back any plan an interrupted command left
 * (tools/lib/journal.ts) and says so, so every writer starts from a consistent folder.
 */
import { existsSync, readFileSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import lockfile from 'proper-lockfile';
import { writeDurable } from '../../src/lib/atlas/durable';

export const LOCK_DIR = '.lock';
export const HOLDER_FILE = '.lock-holder.json';

export interface Holder {
	pid: number;
	command: string;
	argv: string[];
	started: string;
	host: string;
	token: string;
}

export class LockBusyError extends Error {}

export interface LockOptions {
	/** How long to wait for another writer, in ms (default: ATLAS_LOCK_WAIT seconds, else 10 s). */
	waitMs?: number;
	/** Called once when the lock is busy and this command starts waiting. */
	onWait?: (holder: Holder | null) => void;
	/** false: leave interrupted journals alone (for `data --check`, which only reports them). */
	recover?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function readHolder(dataDir: string): Holder | null {
	try {
		return JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as Holder;
	} catch {
		return null;
	}
}

/** "add (pid 123, started 2025-…, node tools/add.ts x.txt)" */
export function describeHolder(h: Holder | null): string {
	if (!h) return 'another command (it has not said which yet)';
	return `${h.command} (pid ${h.pid} on ${h.host}, started ${h.started}: ${h.argv.join(' ')})`;
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Breaks the lock when its holder's process is gone; true when it did. */
async function breakIfDead(dataDir: string): Promise<boolean> {
	const h = readHolder(dataDir);
	if (!h) return breakIfNameless(dataDir);
	if (h.host !== hostname() || alive(h.pid)) return false;
	// A new holder writes its file right after taking the lock: look again, so a lock taken in
	// the meantime (with a leftover file of a dead one beside it) is not broken.
	await sleep(300);
	const again = readHolder(dataDir);
	if (!again || again.token !== h.token || alive(h.pid)) return false;
	console.error(`lock: ${describeHolder(h)} is gone without releasing the data folder's lock; taking it over.`);
	rmSync(join(dataDir, HOLDER_FILE), { force: true });
	try {
		rmdirSync(join(dataDir, LOCK_DIR));
	} catch {
		/* someone else broke it first */
	}
	return true;
}

/**
 * A holder writes its file right after taking the lock; a lock that has had no holder file for
 * 2 s was left by a command killed in between, and is broken.
 */
function breakIfNameless(dataDir: string): boolean {
	try {
		if (Date.now() - statSync(join(dataDir, LOCK_DIR)).mtimeMs < 2000 || readHolder(dataDir)) return false;
		rmdirSync(join(dataDir, LOCK_DIR));
		console.error("lock: the data folder's lock was left without a holder by a command that was stopped; taking it over.");
		return true;
	} catch {
		return false;
	}
}

/** Env var by which a command run inside a locked one knows the lock is already its own. */
const HELD = 'ATLAS_DATA_LOCK_TOKEN';

export async function withDataLock<T>(dataDir: string, command: string, work: () => Promise<T> | T, opts: LockOptions = {}): Promise<T> {
	const dir = resolve(dataDir);
	if (!existsSync(dir)) throw new LockBusyError(`the data folder ${dir} does not exist`);
	// Already held by the command that started this one (same token): no second lock.
	if (process.env[HELD] && readHolder(dir)?.token === process.env[HELD]) return await work();

	const waitMs = opts.waitMs ?? (Number(process.env.ATLAS_LOCK_WAIT) >= 0 && process.env.ATLAS_LOCK_WAIT ? Number(process.env.ATLAS_LOCK_WAIT) * 1000 : 10_000);
	const deadline = Date.now() + waitMs;
	const options = { lockfilePath: join(dir, LOCK_DIR), stale: 600_000, update: 30_000, realpath: false, onCompromised: (e: Error) => console.error(`lock: the data folder's lock was lost (${e.message}); another writer may have started.`) };
	let release: (() => Promise<void>) | null = null;
	let waited = false;
	while (!release) {
		try {
			release = await lockfile.lock(dir, options);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
			if (await breakIfDead(dir)) continue;
			if (!waited) opts.onWait?.(readHolder(dir));
			waited = true;
			if (Date.now() >= deadline) {
				throw new LockBusyError(`the data folder ${dir} is in use by ${describeHolder(readHolder(dir))}; waited ${Math.round(waitMs / 1000)} s. Try again when it has finished (ATLAS_LOCK_WAIT=<seconds> waits longer).`);
			}
			await sleep(200);
		}
	}
	const holder: Holder = { pid: process.pid, command, argv: process.argv.slice(1), started: new Date().toISOString(), host: hostname(), token: randomUUID() };
	const before = process.env[HELD];
	try {
		writeDurable(join(dir, HOLDER_FILE), JSON.stringify(holder, null, '\t') + '\n');
		process.env[HELD] = holder.token;
		if (opts.recover !== false) await (await import('./journal')).recoverJournals(dir);
		return await work();
	} finally {
		if (before === undefined) delete process.env[HELD];
		else process.env[HELD] = before;
		rmSync(join(dir, HOLDER_FILE), { force: true });
		await release();
	}
}

/**
 * A CLI's whole run under the lock: `work` returns the exit code; a busy lock is a clear message
 * and exit code 1, never a stack trace. The lock is released before the process exits.
 */
export async function runWriter(dataDir: string, command: string, work: () => Promise<number> | number, opts: LockOptions = {}): Promise<void> {
	try {
		process.exitCode = await withDataLock(dataDir, command, work, { onWait: (h) => console.error(`${command}: waiting for ${describeHolder(h)}…`), ...opts });
	} catch (e) {
		if (!(e instanceof LockBusyError)) throw e;
		console.error(`${command}: nothing was changed: ${e.message}`);
		process.exitCode = 1;
	}
}
