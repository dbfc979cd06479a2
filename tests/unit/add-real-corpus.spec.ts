/**
 * Adding an article needs no test edit: on a copy of the real geodata/, `npm run add` one more
 * article, then run the real-corpus test files on that copy (ATLAS_DATA_DIR). They must pass as
 * they stand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CORPUS, removeDir, run } from './fixture-corpus';

/** Colour codes off, in case the child ignores NO_COLOR: ESC [ … m. */
const ESC = String.fromCharCode(27);
const stripAnsi = (s: string) => s.split(ESC).map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, ''))).join('');

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'atlas-real-'));
	cpSync('geodata', dir, { recursive: true, filter: (src) => !src.includes('.cache') });
});
afterAll(() => removeDir(dir));

describe('adding an article to the real corpus', { timeout: 300_000 }, () => {
	it('leaves every real-corpus test passing without an edit', () => {
		const added = run('tools/add.ts', [join(FIXTURE_CORPUS, 'add', 'fx_003.txt'), '--data-dir', dir]);
		expect(added.status, added.stderr).toBe(0);
		const r = (() => {
			try {
				const stdout = execFileSync('npx', ['vitest', 'run', 'tests/unit/corpus.spec.ts', 'tests/unit/corpus-invariants.spec.ts'], {
					env: { ...process.env, ATLAS_DATA_DIR: dir, NO_COLOR: '1', FORCE_COLOR: '0' },
					encoding: 'utf8',
					stdio: 'pipe'
				});
				return { status: 0, stdout };
			} catch (e) {
				const err = e as { status: number; stdout: string };
				return { status: err.status, stdout: String(err.stdout) };
			}
		})();
		const out = stripAnsi(r.stdout);
		const status = r.status;
		expect(status, out.slice(-3000)).toBe(0);
		expect(out).toMatch(/Tests\s+[1-9]\d* passed/);
		// The copy really holds the new article, built.
		expect(JSON.parse(readFileSync(join(dir, 'build', 'mentions.json'), 'utf8'))).toHaveProperty('fx_003');
	});
});
