/**
 * `npm run data -- --check` names exactly what is inconsistent: each damage done to a consistent
 * copy of the fixture corpus is reported, file by file, and the command exits non-zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCorpus } from '../../tools/lib/check';
import { fixtureDataDir, removeDir, run } from './fixture-corpus';

let base: string;
const dirs: string[] = [];
beforeAll(() => {
	base = fixtureDataDir();
	dirs.push(base);
	expect(run('tools/data.ts', ['--data-dir', base]).status).toBe(0);
}, 120_000);
afterAll(() => dirs.forEach(removeDir));

function damaged(harm: (d: string) => void): string[] {
	const d = mkdtempSync(join(tmpdir(), 'atlas-check-'));
	dirs.push(d);
	cpSync(base, d, { recursive: true });
	harm(d);
	return checkCorpus(d);
}

describe('data --check', { timeout: 120_000 }, () => {
	it('calls a freshly built folder consistent', () => {
		expect(checkCorpus(base)).toEqual([]);
		const r = run('tools/data.ts', ['--data-dir', base, '--check']);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^consistent/);
	});

	it.each([
		['a text without its SHA256SUMS line', (d: string) => writeFileSync(join(d, 'articles/SHA256SUMS'), readFileSync(join(d, 'articles/SHA256SUMS'), 'utf8').replace(/.*fx_002\.txt\n/, '')), /articles\/fx_002\.txt has no line in SHA256SUMS/],
		['a changed text', (d: string) => appendFileSync(join(d, 'articles/fx_001.txt'), 'x'), /articles\/fx_001\.txt does not match its SHA-256/],
		['a text without metadata', (d: string) => rmSync(join(d, 'articles/fx_001.json')), /articles\/fx_001\.txt has no metadata file fx_001\.json/],
		['metadata without a text', (d: string) => writeFileSync(join(d, 'articles/ghost.json'), '{}'), /articles\/ghost\.json is metadata for a text that is not there/],
		['a SHA256SUMS line without a text', (d: string) => appendFileSync(join(d, 'articles/SHA256SUMS'), `${'0'.repeat(64)}  gone.txt\n`), /SHA256SUMS lists gone\.txt/],
		['a metadata file that is not JSON', (d: string) => writeFileSync(join(d, 'articles/fx_001.json'), '{'), /articles\/fx_001\.json: not valid JSON/],
		['a truncated build file', (d: string) => truncateSync(join(d, 'build/places.geojson'), 10), /build\/places\.geojson has 10 bytes, the manifest says \d+/],
		['a zero-length build file', (d: string) => truncateSync(join(d, 'build/mentions.json'), 0), /build\/mentions\.json has 0 bytes/],
		['a build without its manifest', (d: string) => rmSync(join(d, 'build/MANIFEST.json')), /build\/MANIFEST\.json is missing or unreadable/],
		['no build at all', (d: string) => rmSync(join(d, 'build'), { recursive: true }), /build\/ is missing/],
		['a build older than the data', (d: string) => writeFileSync(join(d, 'glosses.json'), '{}\n'), /build\/ was built from other data than the folder now holds \(stale\)/],
		['an interrupted command', (d: string) => (mkdirSync(join(d, '.journal'), { recursive: true }), writeFileSync(join(d, '.journal/add.json'), JSON.stringify({ command: 'add', started: 'x', renames: [], then: [] }))), /\.journal\/add\.json: an interrupted add/]
	])('names %s', (_what, harm, message) => {
		const problems = damaged(harm);
		expect(problems.join('\n')).toMatch(message);
	});

	it('exits non-zero and lists the problems', () => {
		const d = mkdtempSync(join(tmpdir(), 'atlas-check-'));
		dirs.push(d);
		cpSync(base, d, { recursive: true });
		truncateSync(join(d, 'build/places.geojson'), 0);
		const r = run('tools/data.ts', ['--data-dir', d, '--check']);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/^inconsistent: .*\n- build\/places\.geojson has 0 bytes/);
	});
});
