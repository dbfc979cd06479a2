/**
 * `npm run add` on a copy of the fixture corpus, for what the fault probe found (issue 20): a copy
 * of an article with a byte-order mark or Windows line ends passed the duplicate check; a 4 MB text
 * ran for minutes with no word of progress and no limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../tools/lib/add';
import { changed, FIXTURE_CORPUS, fixtureDataDir, removeDir, run, runAsync, snapshot } from './fixture-corpus';

let dir: string;
let files: string;
beforeAll(() => {
	dir = fixtureDataDir();
	files = mkdtempSync(join(tmpdir(), 'atlas-add-files-'));
	expect(run('tools/data.ts', ['--data-dir', dir]).status).toBe(0);
}, 120_000);
afterAll(() => {
	removeDir(dir);
	removeDir(files);
});

const add = (...paths: string[]) => run('tools/add.ts', [...paths, '--data-dir', dir]);
const original = () => readFileSync(join(FIXTURE_CORPUS, 'articles', 'fx_001.txt'));
/** A file in the scratch folder (never in the data folder), its path. */
function scratch(name: string, body: Buffer | string): string {
	writeFileSync(join(files, name), body);
	return join(files, name);
}

function refused(paths: string[], message: RegExp) {
	const before = snapshot(dir);
	const r = add(...paths);
	expect(r.status).toBe(1);
	expect(r.stderr).toMatch(/nothing was added/);
	expect(r.stderr).toMatch(message);
	expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
	expect(changed(before, snapshot(dir))).toEqual([]);
}

describe('npm run add: duplicates are found on the decoded text', { timeout: 120_000 }, () => {
	it('the fixture article has LF line ends and no BOM (else the copies below would prove nothing)', () => {
		const text = original().toString('utf8');
		expect(text).toContain('\n');
		expect(text).not.toContain('\r');
		expect(original()[0]).not.toBe(0xef);
	});

	it('refuses a copy with a UTF-8 byte-order mark, naming the article it repeats', () => {
		const bom = scratch('report-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original()]));
		refused([bom], /report-bom\.txt: the same text is already in the corpus as articles\/fx_001\.txt \(this copy differs only in a byte-order mark or line ends\); not added again/);
	});

	it('refuses a copy with CRLF line ends (the same words: its mentions would count twice)', () => {
		const crlf = scratch('report-crlf.txt', original().toString('utf8').replace(/\n/g, '\r\n'));
		refused([crlf], /report-crlf\.txt: the same text is already in the corpus as articles\/fx_001\.txt \(this copy differs only/);
	});

	it('refuses two forms of one new text given together', () => {
		const text = readFileSync(join(FIXTURE_CORPUS, 'add', 'fx_003.txt'));
		const a = scratch('new-a.txt', text);
		const b = scratch('new-b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.toString('utf8').replace(/\n/g, '\r\n'))]));
		refused([a, b], /new-b\.txt: the same text as .*new-a\.txt, given twice \(they differ only in a byte-order mark or line ends\)/);
	});

	it('still takes a text that differs in its words', () => {
		const other = original().toString('utf8').replace(/\n/, '\nسطر إضافي.\n');
		const r = add(scratch('fx_001-longer.txt', other));
		expect(r.status, r.stderr).toBe(0);
	});
});

describe('npm run add: size limit and progress', { timeout: 180_000 }, () => {
	it(`refuses a text over ${MAX_ARTICLE_BYTES} bytes before reading it, naming the file and the limit`, () => {
		const line = 'قال مصدر محلي إن قصفاً استهدف أطراف مدينة البوكمال صباح اليوم.\n';
		const big = line.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1) / Buffer.byteLength(line)));
		expect(Buffer.byteLength(big)).toBeGreaterThan(MAX_ARTICLE_BYTES);
		const size = Buffer.byteLength(big);
		const path = scratch('huge-report.txt', big);
		refused([path], new RegExp(`huge-report\\.txt is 1\\.0 MB \\(${size} bytes\\); the limit for one article is 1\\.0 MB \\(${MAX_ARTICLE_BYTES} bytes\\)`));
	});

	it('reports each file and each step on stderr, keeping stdout for the result', async () => {
		const paths = ['fx_004.txt', 'fx_005.txt'].map((f) => scratch(f, readFileSync(join(FIXTURE_CORPUS, 'incidents', f))));
		const r = await runAsync('tools/add.ts', [...paths, '--data-dir', dir]);
		expect(r.status, r.stderr).toBe(0);
		const lines = r.stderr.split('\n').filter((l) => l.startsWith('add: '));
		const order = [
			'add: reading 1/2 fx_004.txt…',
			'add: reading 2/2 fx_005.txt…',
			'add: finding places 1/2 fx_004.txt…',
			'add: finding places 2/2 fx_005.txt…',
			'add: building the atlas with 2 new article(s)…',
			'add: writing 2 article(s)…'
		];
		for (const l of order) expect(lines).toContain(l);
		expect(order.map((l) => lines.indexOf(l))).toEqual([...order.map((l) => lines.indexOf(l))].sort((a, b) => a - b));
		expect(r.stdout).not.toMatch(/^add: /m);
		expect(r.stdout).toMatch(/added 2 article\(s\)/);
	});
});
