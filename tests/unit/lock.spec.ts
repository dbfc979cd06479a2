/**
 * One writer at a time (issue 20): concurrent writers on a copy of the fixture corpus never lose
 * each other's work, a busy lock names its holder, and a lock left by a killed command is taken over.
 * Regression: two `gazetteer accept` at once both said "accepted" and one entry was lost; two `add`
 * of the same text under two names both got in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CORPUS, fixtureDataDir, removeDir, run, runAsync } from './fixture-corpus';
import { HOLDER_FILE, LOCK_DIR, withDataLock } from '../../tools/lib/lock';

let dir: string;
let inbox: string;
beforeAll(() => {
	dir = fixtureDataDir();
	inbox = fixtureDataDir();
	expect(run('tools/data.ts', ['--data-dir', dir]).status).toBe(0);
}, 120_000);
afterAll(() => [dir, inbox].forEach(removeDir));

// The machine running the tests may be slow: the second writer waits as long as the first needs.
const PATIENT = { ATLAS_LOCK_WAIT: '180' };
const json = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));

describe('the data folder lock', { timeout: 240_000 }, () => {
	it('two accepts of different candidates at once: both land', async () => {
		const [a, b] = await Promise.all([runAsync('tools/gazetteer.ts', ['accept', '173480', '--data-dir', dir], PATIENT), runAsync('tools/gazetteer.ts', ['accept', '174018', '--data-dir', dir], PATIENT)]);
		expect(a.status, a.stderr).toBe(0);
		expect(b.status, b.stderr).toBe(0);
		const ids = json('gazetteer.json').entries.map((e: { geometry?: { where?: { geonameid?: number } } }) => e.geometry?.where?.geonameid);
		expect(ids).toEqual(expect.arrayContaining([173480, 174018]));
		const refs = json('reference/geonames-accepted.geojson').features.map((f: { properties: { geonameid: number } }) => f.properties.geonameid);
		expect(refs.sort()).toEqual([173480, 174018]);
		// The build after both is the build of both.
		const report = readFileSync(join(dir, 'build', 'report.md'), 'utf8');
		expect(report).toMatch(/^- `al-mayadin` /m);
		expect(report).toMatch(/^- `al-bab` /m);
	});

	it('two adds of the same text under two names at once: exactly one gets in, the other is a duplicate', async () => {
		copyFileSync(join(FIXTURE_CORPUS, 'add', 'fx_003.txt'), join(inbox, 'fx_010.txt'));
		copyFileSync(join(FIXTURE_CORPUS, 'add', 'fx_003.txt'), join(inbox, 'fx_011.txt'));
		const rs = await Promise.all(['fx_010', 'fx_011'].map((n) => runAsync('tools/add.ts', [join(inbox, `${n}.txt`), '--data-dir', dir], PATIENT)));
		expect(rs.map((r) => r.status).sort()).toEqual([0, 1]);
		const refused = rs.find((r) => r.status === 1)!;
		expect(refused.stderr).toMatch(/the same text is already in the corpus as articles\/fx_01[01]\.txt; not added again/);
		const sums = readFileSync(join(dir, 'articles', 'SHA256SUMS'), 'utf8');
		expect(sums.match(/fx_01[01]\.txt/g)).toHaveLength(1);
		expect(Object.keys(json('build/mentions.json')).filter((k) => /^fx_01/.test(k))).toHaveLength(1);
	});

	it('a second writer waits a bounded time, then stops naming the holder; nothing changes', async () => {
		const before = readFileSync(join(dir, 'gazetteer.json'), 'utf8');
		const r = await withDataLock(dir, 'test-holder', () => runAsync('tools/data.ts', ['--data-dir', dir], { ATLAS_LOCK_WAIT: '1', ATLAS_DATA_LOCK_TOKEN: '' }));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/waiting for test-holder \(pid \d+/);
		expect(r.stderr).toMatch(new RegExp(`in use by test-holder \\(pid ${process.pid} on ${hostname()}, started \\d{4}-`));
		expect(r.stderr).toMatch(/waited 1 s/);
		expect(r.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
		expect(readFileSync(join(dir, 'gazetteer.json'), 'utf8')).toBe(before);
	});

	it('a lock whose holder was killed is taken over at once, and said', async () => {
		const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
		const pid = Number(dead.stdout.trim());
		mkdirSync(join(dir, LOCK_DIR));
		writeFileSync(join(dir, HOLDER_FILE), JSON.stringify({ pid, command: 'add', argv: ['tools/add.ts', 'x.txt'], started: '2025-01-01T00:00:00.000Z', host: hostname(), token: 'dead' }));
		const r = await runAsync('tools/data.ts', ['--data-dir', dir], { ATLAS_LOCK_WAIT: '0' });
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).toMatch(new RegExp(`add \\(pid ${pid} .*is gone without releasing the data folder's lock; taking it over`));
		expect(r.stdout).toMatch(/built \d+ articles/);
	});
});
