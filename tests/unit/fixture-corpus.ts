/**
 * The fixture corpus (tests/fixtures/corpus/) in a temporary data folder, with the real reference
 * data beside it, for tests that run the scripts and stages without depending on geodata/'s texts.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const FIXTURE_CORPUS = 'tests/fixtures/corpus';

/** A fresh copy of the fixture corpus (articles, gazetteer, incidents, glosses) plus geodata/reference. */
export function fixtureDataDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
	for (const f of ['articles', 'gazetteer.json', 'incidents.json', 'glosses.json']) cpSync(join(FIXTURE_CORPUS, f), join(dir, f), { recursive: true });
	cpSync('geodata/reference', join(dir, 'reference'), { recursive: true });
	return dir;
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Every file under `dir` with its bytes, to prove what a command changed and what it left alone. */
export function snapshot(dir: string): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else out.set(relative(dir, p), readFileSync(p));
		}
	};
	walk(dir);
	return out;
}

/** Files added, removed or changed between two snapshots. */
export function changed(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
	const keys = new Set([...before.keys(), ...after.keys()]);
	return [...keys].filter((k) => !before.get(k)?.equals(after.get(k) ?? Buffer.alloc(0)) || !after.has(k) || !before.has(k)).sort();
}

/** Runs an npm script's file with tsx; returns status, stdout and stderr (never throws). */
export function run(script: string, args: string[]): { status: number; stdout: string; stderr: string } {
	try {
		const stdout = execFileSync('npx', ['tsx', script, ...args], { encoding: 'utf8', stdio: 'pipe' });
		return { status: 0, stdout, stderr: '' };
	} catch (e) {
		const err = e as { status: number; stdout: string; stderr: string };
		return { status: err.status ?? 1, stdout: String(err.stdout ?? ''), stderr: String(err.stderr ?? '') };
	}
}

/** As `run`, but without blocking: for commands that must run at the same time. */
export function runAsync(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const child = spawn('npx', ['tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (code, signal) => done({ status: code ?? (signal ? 128 : 1), stdout, stderr }));
	});
}
