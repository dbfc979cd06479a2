/**
 * A start-up that cannot die of one file (issue 20): an unreadable file or folder, or a data folder
 * that does not exist, is a named problem with its cause, and everything else still loads.
 * Regression: one unreadable file stopped the server with a stack trace, and a permission error
 * was reported as "not valid UTF-8". Permissions are tested as a non-root user: root reads anything.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadRaw } from '../../src/lib/atlas/load';
import { fixtureDataDir, removeDir } from './fixture-corpus';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** `runuser -u nobody` when root (where chmod does not deny reads); else this user. */
function asUser(args: string[]) {
	const cmd = [process.execPath, '--import', 'tsx', resolve('tests/unit/faults/load-problems.ts'), ...args];
	const root = process.getuid?.() === 0;
	const r = root ? spawnSync('runuser', ['-u', 'nobody', '--', ...cmd], { encoding: 'utf8', env: { ...process.env, HOME: tmpdir() } }) : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
	return r;
}
const nobody = process.getuid?.() !== 0 || spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;

describe('start-up problems', { timeout: 120_000 }, () => {
	it('a data folder that does not exist is one named problem, not a crash', () => {
		const raw = loadRaw(join(tmpdir(), 'no-such-atlas-data'));
		expect(raw.problems).toEqual([{ where: 'data folder', message: expect.stringMatching(/^missing: .*no-such-atlas-data does not exist; set ATLAS_DATA_DIR/) }]);
	});

	it('a file that is not UTF-8 or not JSON is named with that cause', () => {
		const d = fixtureDataDir();
		dirs.push(d);
		writeFileSync(join(d, 'articles', 'fx_001.txt'), Buffer.from([0xff, 0xfe, 0x00]));
		writeFileSync(join(d, 'glosses.json'), '{');
		const raw = loadRaw(d);
		expect(raw.problems).toEqual(expect.arrayContaining([{ where: 'articles/fx_001.txt', message: 'not valid UTF-8 text; skipped' }, { where: 'glosses.json', message: expect.stringMatching(/^not valid JSON/) }]));
		expect(raw.articles.map((a) => a.id)).toEqual(['fx_002']);
	});

	it.skipIf(!nobody)('unreadable files and folders are "permission denied", and the rest loads (as user nobody)', () => {
		const f = fixtureDataDir();
		dirs.push(f);
		chmodSync(f, 0o755);
		chmodSync(join(f, 'articles', 'fx_001.txt'), 0o000);
		chmodSync(join(f, 'reference'), 0o000);
		const r = asUser([f]);
		expect(r.status, r.stderr).toBe(0);
		const { articles, problems } = JSON.parse(r.stdout);
		expect(articles).toEqual(['fx_002']);
		expect(problems).toEqual(expect.arrayContaining([{ where: 'articles/fx_001.txt', message: expect.stringMatching(/^cannot be read: permission denied .*; skipped$/) }, { where: 'reference/countries.geojson', message: expect.stringMatching(/^cannot be read: permission denied/) }]));
		expect(JSON.stringify(problems)).not.toMatch(/UTF-8/);
		chmodSync(join(f, 'reference'), 0o755);

		chmodSync(join(f, 'articles'), 0o000);
		const whole = asUser([f]);
		expect(JSON.parse(whole.stdout).problems).toEqual(expect.arrayContaining([{ where: 'articles', message: expect.stringMatching(/^cannot be read: permission denied/) }]));
		chmodSync(join(f, 'articles'), 0o755);
	});
});
