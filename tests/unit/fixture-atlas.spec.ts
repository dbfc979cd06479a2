/**
 * The build's behaviour on the fixture corpus (tests/fixtures/corpus): every expected value is
 * read off the fixture's own texts with a plain string search written here, never counted by hand
 * on the shipped corpus, so adding an article to geodata/ changes nothing in this file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRaw } from '$lib/atlas/load';
import { buildAtlas } from '$lib/atlas/build';
import { FIXTURE_CORPUS, fixtureDataDir, removeDir } from './fixture-corpus';

const dir = fixtureDataDir();
afterAll(() => removeDir(dir));
const atlas = buildAtlas(loadRaw(dir));
const text = (id: string) => readFileSync(join(FIXTURE_CORPUS, 'articles', `${id}.txt`), 'utf8');

/** Every `[start, end)` at which `needle` occurs in `hay` (plain indexOf, no normalising). */
function occurrences(hay: string, needle: string): [number, number][] {
	const out: [number, number][] = [];
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
	return out;
}

describe('the build on the fixture corpus', () => {
	it('loads with no data problems', () => {
		expect(atlas.problems).toEqual([]);
		expect([...atlas.articles.keys()].sort()).toEqual(['fx_001', 'fx_002']);
	});

	it('finds Albu Kamal at every place fx_001 spells it, under both spellings, verbatim', () => {
		const t = text('fx_001');
		// fx_001 writes البوكمال in its headline and first sentence, and أبو كمال in its last one.
		const expected = [...occurrences(t, 'البوكمال'), ...occurrences(t, 'أبو كمال')].sort((a, b) => a[0] - b[0]);
		expect(expected.length).toBe(3);
		const ex = atlas.places.get('albu-kamal')!.properties.excerpts;
		expect(ex.map((e) => [e.start, e.end])).toEqual(expected);
		for (const e of ex) {
			expect(e.article).toBe('fx_001');
			expect(t.slice(e.start, e.end)).toBe(e.text);
			expect(t.slice(e.sentence_start, e.sentence_end)).toBe(e.sentence);
			expect(e.sentence_start <= e.start && e.end <= e.sentence_end).toBe(true);
		}
		expect(atlas.places.get('albu-kamal')!.properties.mention_count).toBe(expected.length);
	});

	it('glosses the sentence glosses.json names (fx_001@34), and no other', () => {
		const glosses = JSON.parse(readFileSync(join(FIXTURE_CORPUS, 'glosses.json'), 'utf8')) as Record<string, string>;
		const ex = atlas.places.get('albu-kamal')!.properties.excerpts;
		expect.hasAssertions();
		for (const e of ex) expect(e.gloss_en, `${e.article}@${e.sentence_start}`).toBe(glosses[`${e.article}@${e.sentence_start}`] ?? null);
		expect(ex.some((e) => e.gloss_en !== null)).toBe(true);
	});

	it('records Washington (outside the region) with its one mention, and draws it nowhere', () => {
		const p = atlas.places.get('washington')!;
		expect(p.properties.scope).toBe('outside');
		expect(p.geometry).toBeNull();
		expect(p.properties.mention_count).toBe(occurrences(text('fx_001'), 'واشنطن').length);
		expect(p.properties.mention_count).toBeGreaterThan(0);
		expect([...atlas.layers.values()].some((l) => l.features.some((f) => f.id === 'washington'))).toBe(false);
	});

	it('draws the incident at its place, over the whole month its date names, its quote verbatim', () => {
		const record = JSON.parse(readFileSync(join(FIXTURE_CORPUS, 'incidents.json'), 'utf8')).incidents[0];
		const f = atlas.incidents.get(record.id)!;
		// date "2025-11", precision month: the range is November's first and last day, both inclusive.
		expect(f.properties.date_from).toBe('2025-11-01');
		expect(f.properties.date_to).toBe('2025-11-30');
		// geo_precision 1 with no footprint: the point of its first place.
		expect(f.geometry).toEqual(atlas.places.get(record.place_ids[0])!.geometry);
		expect(f.properties.excerpts.map((e) => e.text)).toEqual([record.excerpts[0].text]);
		expect(text('fx_001').slice(record.excerpts[0].start, record.excerpts[0].end)).toBe(record.excerpts[0].text);
		expect(atlas.mentions.get('fx_001')!.filter((m) => m.kind === 'incident').map((m) => m.ref)).toEqual([record.id]);
	});

	it('lists each article mention once, in text order, each verbatim', () => {
		expect.hasAssertions();
		for (const [id, mentions] of atlas.mentions) {
			const t = text(id);
			for (const m of mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
			expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
		}
		// fx_002 names al-Qa'im twice (headline and body, both «منفذ القائم»): one mention covers each.
		const qaim = atlas.mentions.get('fx_002')!.filter((m) => m.ref === 'al-qaim');
		const words = occurrences(text('fx_002'), 'القائم');
		expect(words.length).toBe(2);
		expect(words.map(([s, e]) => qaim.filter((m) => m.start <= s && e <= m.end).length)).toEqual(words.map(() => 1));
	});
});
