/**
 * Checked values (issue 20): article dates must be real calendar dates with a precision that fits
 * them, strings have caps; a bad value is a problem naming the file and the field's path, and only
 * that field becomes unknown — the rest of the record is kept. `npm run add` refuses it by name.
 * Regression: year 0, 2025-02-30, month 13 and "banana" were accepted; a 1 MB headline made a 7 MB page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMeta, type Problem } from '../../src/lib/atlas/load';
import { MAX_VALUE } from '$lib/schema/article';
import { FIXTURE_CORPUS, fixtureDataDir, removeDir, run } from './fixture-corpus';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-values-'));
afterAll(() => removeDir(tmp));
const good = JSON.parse(readFileSync(join(FIXTURE_CORPUS, 'articles', 'fx_001.json'), 'utf8'));

function load(patch: (m: typeof good) => void) {
	const m = structuredClone(good);
	patch(m);
	writeFileSync(join(tmp, 'x.json'), JSON.stringify(m));
	const problems: Problem[] = [];
	return { meta: readMeta(join(tmp, 'x.json'), 'x', problems), problems };
}

describe('article metadata values', () => {
	it.each([
		['date.value', '0000-01-01'],
		['date.value', '2025-02-30'],
		['date.value', '2025-13-01'],
		['date.value', 'banana'],
		['date.not_before', '2025-13'],
		['date.not_after', '10000-01-01']
	])('%s = %j is a named problem; only the date becomes unknown', (path, bad) => {
		const [, key] = path.split('.');
		const { meta, problems } = load((m) => Object.assign(m.date, { [key]: bad, precision: 'approximate' }));
		expect(problems).toHaveLength(1);
		expect(problems[0].where).toBe('articles/x.json');
		expect(problems[0].message).toMatch(new RegExp(`${path.replace('.', '\\.')}: is not a real calendar date.*date treated as unknown`));
		expect(meta.date.value).toBeNull();
		expect(meta.date.precision).toBe('unknown');
		expect(meta.headline_ar).toEqual(good.headline_ar);
	});

	it.each([
		['day', '2025-10'],
		['month', '2025-10-22'],
		['year', '2025-10'],
		['unknown', '2025']
	])('precision %s with %j is a named problem', (precision, value) => {
		const { meta, problems } = load((m) => Object.assign(m.date, { value, precision }));
		expect(problems[0].message).toMatch(/date: precision does not fit the value/);
		expect(meta.date.value).toBeNull();
	});

	it('caps the length of a headline; the rest of the record is kept', () => {
		const { meta, problems } = load((m) => (m.headline_ar.value = 'خبر'.repeat(MAX_VALUE)));
		expect(problems[0].message).toMatch(new RegExp(`headline_ar\\.value: is longer than ${MAX_VALUE} characters`));
		expect(meta.headline_ar.value).toBeNull();
		expect(meta.date).toEqual(good.date);
	});

	it('accepts real dates of every precision', () => {
		for (const [value, precision] of [['2024-02-29', 'day'], ['0001-01', 'month'], ['9999', 'year'], ['2025-10', 'approximate']])
			expect(load((m) => Object.assign(m.date, { value, precision })).problems, value).toEqual([]);
	});
});

describe('npm run add with a bad date beside the text', { timeout: 120_000 }, () => {
	it('refuses it, naming the file and the field, and writes nothing', () => {
		const dir = fixtureDataDir();
		try {
			writeFileSync(join(tmp, 'fx_020.txt'), readFileSync(join(FIXTURE_CORPUS, 'add', 'fx_003.txt')));
			writeFileSync(join(tmp, 'fx_020.json'), JSON.stringify({ date: { value: '2025-13-01', precision: 'day', evidence: [], note: null, not_before: null, not_after: null } }));
			const r = run('tools/add.ts', [join(tmp, 'fx_020.txt'), '--data-dir', dir]);
			expect(r.status).toBe(1);
			expect(r.stderr).toMatch(/fx_020\.json: date\.value: is not a real calendar date/);
			expect(readFileSync(join(dir, 'articles', 'SHA256SUMS'), 'utf8')).not.toMatch(/fx_020/);
		} finally {
			removeDir(dir);
		}
	});
});
