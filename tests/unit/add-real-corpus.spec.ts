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

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'atlas-real-'));
	cpSync('geodata', dir, { recursive: true, filter: (src) => !src.includes('.cache') });
});
afterAll(() => removeDir(dir));

describe('adding an article to the real corpus', { timeout: 300_000 }, () => {
	it('leaves every real-corpus test passing without an edit', () => {
		const added = run('scripts/add.ts', [join(FIXTURE_CORPUS, 'add', 'fx_003.txt'), '--data-dir', dir]);
		expect(added.status, added.stderr).toBe(0);
		let out: string;
		let status = 0;
		try {
			out = execFileSync('npx', ['vitest', 'run', 'tests/unit/corpus.spec.ts', 'tests/unit/corpus-invariants.spec.ts'], {
				env: { ...process.env, ATLAS_DATA_DIR: dir, ATLAS_CACHE: '0', NO_COLOR: '1', FORCE_COLOR: '0' },
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (e) {
			const err = e as { status: number; stdout: string };
			status = err.status;
			out = String(err.stdout);
		}
		expect(status, out.slice(-3000)).toBe(0);
		// eslint-disable-next-line no-control-regex -- strips the ANSI colours of vitest's output
		expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/Tests\s+[1-9]\d* passed/);
		// The copy really holds the new article, built.
		expect(JSON.parse(readFileSync(join(dir, 'build', 'mentions.json'), 'utf8'))).toHaveProperty('fx_003');
	});
});
