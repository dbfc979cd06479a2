/**
 * `npm run add` end to end on a copy of the fixture corpus: a new article is copied byte for byte,
 * its metadata drafted with verbatim evidence, its mentions and excerpts built, a review list
 * printed — and nothing else changes. Every refusal says why and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { ArticleMetaSchema } from '$lib/schema/article';
import { changed, FIXTURE_CORPUS, fixtureDataDir, removeDir, run, snapshot } from './fixture-corpus';

const ADD = join(FIXTURE_CORPUS, 'add');
const NEW = join(ADD, 'fx_003.txt');
let dir: string;
beforeAll(() => {
	dir = fixtureDataDir();
	expect(run('tools/data.ts', ['--data-dir', dir]).status).toBe(0);
}, 120_000);
afterAll(() => removeDir(dir));

const add = (...files: string[]) => run('tools/add.ts', [...files, '--data-dir', dir]);
const json = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));

describe('npm run add', { timeout: 120_000 }, () => {
	it('adds an article: bytes and SHA-256, drafted metadata with evidence, mentions, verbatim excerpts, review list — nothing else', () => {
		const before = snapshot(dir);
		const r = add(NEW);
		expect(r.status, r.stderr).toBe(0);

		const bytes = readFileSync(NEW);
		expect(readFileSync(join(dir, 'articles', 'fx_003.txt')).equals(bytes)).toBe(true);
		const sum = createHash('sha256').update(bytes).digest('hex');
		expect(readFileSync(join(dir, 'articles', 'SHA256SUMS'), 'utf8')).toContain(`${sum}  fx_003.txt`);
		// build/ and served/ are outputs, rebuilt from the data; the served build follows the new data.
		const touched = changed(before, snapshot(dir)).filter((f) => !f.startsWith('build/') && !f.startsWith('served/'));
		expect(touched).toEqual(['articles/SHA256SUMS', 'articles/fx_003.json', 'articles/fx_003.txt']);
		expect(JSON.parse(readFileSync(join(dir, 'served', 'MANIFEST.json'), 'utf8')).answers['/api/articles/fx_003']).toBeDefined();

		// Metadata: valid, every value backed by verbatim words, the rest null with a note.
		const text = bytes.toString('utf8');
		const meta = v.parse(ArticleMetaSchema, json('articles/fx_003.json'));
		expect(Object.values(meta).some((f) => f && typeof f === 'object' && 'evidence' in f && f.evidence.length > 0)).toBe(true);
		for (const [field, f] of Object.entries(meta)) {
			if (!f || typeof f !== 'object' || !('evidence' in f)) continue;
			for (const e of f.evidence) expect(text.slice(e.start, e.end), field).toBe(e.text);
			if (f.value === null) expect(f.note, field).toMatch(/\S/);
			else expect(f.evidence.length, field).toBeGreaterThan(0);
		}
		expect(meta.headline_ar.value).toBe(text.split('\n')[0]);
		expect(meta.language.value).toBe('ar');
		expect(meta.date.value).toBe('2025-11-08'); // 17 Jumada al-Ula 1447 AH, the first date of the date line
		expect(meta.date.precision).toBe('day');
		expect(meta.dateline.value).toBe('Baghdad');
		expect(meta.outlet_en.value).toBe('Shafaq News');
		expect(meta.reported_via.value).toContain('Iraqi News Agency');

		// Mentions and excerpts, built by the same stages as the server.
		const mentions = json('build/mentions.json').fx_003 as { ref: string; start: number; end: number; text: string }[];
		expect(mentions.length).toBeGreaterThan(0);
		for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
		expect(mentions.map((m) => m.ref)).toEqual(expect.arrayContaining(['albu-kamal', 'al-qaim']));
		const albu = json('build/places.geojson').features.find((f: { id: string }) => f.id === 'albu-kamal');
		const excerpts = albu.properties.excerpts.filter((e: { article: string }) => e.article === 'fx_003');
		expect(excerpts.map((e: { text: string }) => e.text)).toEqual(['البوكمال', 'أبو كمال']);
		for (const e of excerpts) expect(text.slice(e.sentence_start, e.sentence_end)).toBe(e.sentence);

		// The review list: mentions by place, sentences needing a gloss, candidates.
		expect(r.stdout).toMatch(/new mentions by place/);
		expect(r.stdout).toMatch(/albu-kamal — Albu Kamal, on the map \(places\): 2 × «البوكمال», «أبو كمال»/);
		expect(r.stdout).toMatch(/sentences needing an English gloss[^\n]*\n\s+"fx_003@\d+"/);
		expect(r.stdout).toMatch(/«راوة» likely[^\n]*npm run gazetteer -- accept \d+/);
		// An ordinary word spelled like a place is listed once, with the others, not proposed.
		expect(r.stdout).toMatch(/doubtful, ordinary words also spelled like a place \(not proposed\): [^\n]*«عنه»/);
		expect(r.stdout).not.toMatch(/doubtful «عنه»/);
		expect(json('build/candidates.json').candidates.some((c: { article: string; text: string }) => c.article === 'fx_003' && c.text === 'راوة')).toBe(true);
	});

	it('is idempotent: the same file again changes nothing and says so', () => {
		const before = snapshot(dir);
		const r = add(NEW);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/already in the corpus as articles\/fx_003\.txt, byte for byte; nothing changed/);
		expect(changed(before, snapshot(dir))).toEqual([]);
	});

	it.each([
		[['binary.txt'], /binary\.txt is a binary file/],
		[['windows-1256.txt'], /windows-1256\.txt is not UTF-8 text/],
		[['utf16.txt'], /utf16\.txt is UTF-16 text \(little-endian, with no byte-order mark\), not UTF-8; convert it first, e\.g\. iconv -f UTF-16LE -t UTF-8 /],
		[['missing.txt'], /missing\.txt: no such file/],
		[['fx_003-copy.txt'], /the same text is already in the corpus as articles\/fx_003\.txt/],
		[['bad-meta.txt'], /bad-meta\.json: date\.value: Invalid type: Expected string but received 2025/],
		[['bad-meta.txt', 'binary.txt'], /binary\.txt is a binary file/]
	])('refuses %j with a clear message and writes nothing', (files, message) => {
		const before = snapshot(dir);
		const r = add(...files.map((f) => join(ADD, f)));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/nothing was added/);
		expect(r.stderr).toMatch(message);
		expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
		expect(changed(before, snapshot(dir))).toEqual([]);
	});
});
