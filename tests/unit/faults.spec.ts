/**
 * Kill -9 at every rename (issue 20): add, gazetteer accept, incident accept and data are each killed just before
 * their n-th rename (n = 1…all, counted on a clean run), on a fresh copy of the fixture corpus; a
 * re-run of the same command must finish or roll back the interrupted one, say so, do its own
 * work, and leave a folder that `npm run data -- --check` calls consistent.
 * Regression: a crash between add's renames left texts without SHA256SUMS lines and the re-run
 * said "nothing changed"; an interrupted accept's re-run appended a second reference record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_CORPUS, fixtureDataDir, removeDir, run } from './fixture-corpus';

const PRELOAD = resolve('tests/unit/faults/kill-before-rename.mjs');
const dirs: string[] = [];
let base: string;
beforeAll(() => {
	base = fixtureDataDir();
	dirs.push(base);
	expect(run('tools/data.ts', ['--data-dir', base]).status).toBe(0);
}, 120_000);
afterAll(() => dirs.forEach(removeDir));

function copy(): string {
	const d = mkdtempSync(join(tmpdir(), 'atlas-fault-'));
	cpSync(base, d, { recursive: true });
	dirs.push(d);
	return d;
}

/** Runs a tool under the preload; `killAt` 0 only counts. */
function runFaulty(script: string, args: string[], counter: string, killAt: number) {
	return spawnSync(process.execPath, ['--import', 'tsx', '--import', PRELOAD, script, ...args], {
		encoding: 'utf8',
		env: { ...process.env, FAULT_COUNT_FILE: counter, FAULT_KILL_AT: String(killAt), ATLAS_LOCK_WAIT: '60' }
	});
}

const COMMANDS: [string, string, (d: string) => string[]][] = [
	['add', 'tools/add.ts', (d) => [join(FIXTURE_CORPUS, 'add', 'fx_003.txt'), '--data-dir', d]],
	['gazetteer accept', 'tools/gazetteer.ts', (d) => ['accept', '173480', '--data-dir', d]],
	// fx_002's one drafted event (the al-Qa'im crossing closed); the fixture corpus cites no incident of it.
	['incident accept', 'tools/incident.ts', (d) => ['accept', 'fx_002-e1', '--data-dir', d]],
	['data', 'tools/data.ts', (d) => ['--data-dir', d]]
];

describe.each(COMMANDS)('kill -9 before each rename of %s', (name, script, args) => {
	it('a re-run completes or rolls back, says so, and --check calls the folder consistent', { timeout: 1_800_000 }, () => {
		expect.hasAssertions();
		const clean = copy();
		const r = runFaulty(script, args(clean), `${clean}.count`, 0);
		expect(r.status, r.stderr).toBe(0);
		const renames = statSync(`${clean}.count`).size;
		expect(renames).toBeGreaterThanOrEqual(3);

		for (let n = 1; n <= renames; n++) {
			const d = copy();
			const killed = runFaulty(script, args(d), `${d}.count`, n);
			expect(killed.signal, `n=${n}: ${killed.stderr}`).toBe('SIGKILL');
			const interrupted = existsSync(join(d, '.journal')) && readdirSync(join(d, '.journal')).length > 0;

			const again = run(script, args(d));
			const said = again.stdout + again.stderr;
			if (interrupted) expect(said, `n=${n}`).toMatch(/recovered: (an interrupted|the interrupted)/);
			if (name === 'gazetteer accept') {
				// Either it was not in yet and is accepted now, or the recovery finished it and it says so.
				expect(said, `n=${n}`).toMatch(/accepted GeoNames 173480|already in the gazetteer as "al-mayadin"/);
				const refs = JSON.parse(readFileSync(join(d, 'reference', 'geonames-accepted.geojson'), 'utf8')).features;
				expect(refs.filter((f: { properties: { geonameid: number } }) => f.properties.geonameid === 173480), `n=${n}: one record`).toHaveLength(1);
			} else expect(again.status, `n=${n}: ${said}`).toBe(0);
			if (name === 'incident accept') {
				// Accepted now, or finished by the recovery and said so: one incident holds the draft either way.
				expect(said, `n=${n}`).toMatch(/accepted draft fx_002-e1|draft fx_002-e1 is already in incident/);
				const incidents = JSON.parse(readFileSync(join(d, 'incidents.json'), 'utf8')).incidents as { drafts?: string[] }[];
				expect(incidents.filter((i) => i.drafts?.includes('fx_002-e1')), `n=${n}: one incident`).toHaveLength(1);
			}
			if (name === 'add') expect(readFileSync(join(d, 'articles', 'SHA256SUMS'), 'utf8').match(/fx_003\.txt/g), `n=${n}`).toHaveLength(1);

			const check = run('tools/data.ts', ['--data-dir', d, '--check']);
			expect(check.status, `n=${n}: ${check.stderr}`).toBe(0);
			expect(check.stdout).toMatch(/^consistent/);
			removeDir(d);
		}
	});
});
