/**
 * `npm run add -- <folder>`: a folder of new articles in one command. Its .txt files are added in
 * name order (other files are left alone), each one's incident drafts are listed; a folder with no
 * text in it is refused and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changed, FIXTURE_CORPUS, fixtureDataDir, removeDir, run, snapshot } from './fixture-corpus';

let dir: string;
let inbox: string;
beforeAll(() => {
	dir = fixtureDataDir();
	inbox = mkdtempSync(join(tmpdir(), 'atlas-inbox-'));
	for (const f of ['fx_004.txt', 'fx_005.txt']) copyFileSync(join(FIXTURE_CORPUS, 'incidents', f), join(inbox, f));
	writeFileSync(join(inbox, 'notes.md'), '# not an article\n');
	mkdirSync(join(inbox, 'empty'));
	expect(run('tools/data.ts', ['--data-dir', dir]).status).toBe(0);
}, 120_000);
afterAll(() => {
	removeDir(dir);
	removeDir(inbox);
});

describe('npm run add -- <folder>', { timeout: 180_000 }, () => {
	it('refuses a folder with no .txt file and writes nothing', () => {
		const before = snapshot(dir);
		const r = run('tools/add.ts', [join(inbox, 'empty'), '--data-dir', dir]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('a folder with no .txt file in it');
		expect(changed(before, snapshot(dir))).toEqual([]);
	});

	it('adds every .txt of the folder, leaves the rest, and lists the drafts of each', () => {
		const r = run('tools/add.ts', [inbox, '--data-dir', dir]);
		expect(r.status, r.stderr).toBe(0);
		for (const f of ['fx_004.txt', 'fx_005.txt']) expect(readFileSync(join(dir, 'articles', f)).equals(readFileSync(join(inbox, f)))).toBe(true);
		const sums = readFileSync(join(dir, 'articles', 'SHA256SUMS'), 'utf8');
		expect(sums).not.toContain('notes.md');
		const drafts = JSON.parse(readFileSync(join(dir, 'build', 'incident-drafts.json'), 'utf8')).drafts as { id: string; article: string }[];
		const articles = new Set(drafts.map((d) => d.article));
		expect(articles.has('fx_004') && articles.has('fx_005')).toBe(true);
		const added = drafts.filter((d) => d.article === 'fx_004' || d.article === 'fx_005');
		expect(added.length).toBeGreaterThanOrEqual(2);
		for (const d of added) expect(r.stdout).toContain(d.id);
	});
});
