import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Matcher } from '../../src/lib/corpus/match';
import { GazetteerEntrySchema } from '../../src/lib/schema/gazetteer';
import { IncidentRecordSchema } from '../../src/lib/schema/incidents';
import { ArticleMetaSchema } from '../../src/lib/schema/article';
import * as v from 'valibot';
import { dayOf, frontierTowns, makeArticles, makeIncidents, TOWN_BOX, townEntries } from './synth';
import { rng } from '../seeded';

const CITIES = [
	['1', 'Zakho', 'Zakho', 'Zakhu,زاخو', '37.14', '42.68', 'P', 'PPLA2', 'IQ'],
	['2', 'Kobani', 'Kobani', 'Ayn al Arab,عين العرب', '36.89', '38.35', 'P', 'PPL', 'SY'],
	['3', 'Gaziantep', 'Gaziantep', 'غازي عنتاب', '37.06', '37.38', 'P', 'PPLA', 'TR'],
	['4', 'Tanf', 'Tanf', 'Tanf', '33.5', '38.6', 'P', 'PPL', 'SY'],
	['5', 'Zakho bis', 'Zakho', 'زاخو', '37.1', '42.6', 'P', 'PPL', 'IQ']
]
	.map((c) => c.join('\t'))
	.join('\n');

describe('bench data generator', () => {
	it('the PRNG is deterministic per seed and uniform in [0, 1)', () => {
		const a = rng(7);
		const b = rng(7);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
		expect(rng(8)()).not.toBe(xs[0]);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(430);
	});

	it('takes frontier towns of Iraq and Syria with an Arabic name, once per name, skipping known ids', () => {
		const towns = frontierTowns(CITIES, new Set([2]));
		expect(towns.map((t) => [t.geonameid, t.name_ar])).toEqual([[1, 'زاخو']]);
		for (const t of towns) expect(t.lon >= TOWN_BOX.w && t.lat <= TOWN_BOX.n).toBe(true);
		const entries = townEntries(towns);
		for (const e of entries) expect(v.safeParse(GazetteerEntrySchema, e).success).toBe(true);
		expect(entries.map((e) => e.id)).toEqual(['zakho-1', 'zakho-1-countryside']);
	});

	it('same seed, same corpus; the articles name the places where the spans say, as the matcher finds them', () => {
		const gaz = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8'));
		const places = gaz.entries.filter((e: { kind: string; scope: string }) => e.kind === 'town' && e.scope === 'frontier');
		const a = makeArticles(20, places, 3);
		expect(makeArticles(20, places, 3)).toEqual(a);
		expect(makeArticles(20, places, 4)[0].text).not.toBe(a[0].text);
		const matcher = new Matcher(gaz.entries, gaz.stop_phrases);
		for (const art of a) {
			expect(v.safeParse(ArticleMetaSchema, art.meta).success).toBe(true);
			const found = matcher.find(art.text).map((m) => `${m.ref}@${m.start}`);
			for (const s of art.spans) expect(found).toContain(`${s.ref}@${s.start}`);
		}
	});

	it('incidents are valid records over three years whose quotes are verbatim', () => {
		const gaz = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8'));
		const places = gaz.entries.filter((e: { kind: string; scope: string }) => e.kind === 'town' && e.scope === 'frontier');
		const articles = makeArticles(30, places, 5);
		const texts = new Map(articles.map((x) => [x.id, x.text]));
		const inc = makeIncidents(500, articles, gaz.entries, ['syrian-desert'], 5);
		expect(makeIncidents(500, articles, gaz.entries, ['syrian-desert'], 5)).toEqual(inc);
		expect(new Set(inc.map((i) => i.id)).size).toBe(500);
		for (const i of inc) {
			expect(v.safeParse(IncidentRecordSchema, i).success).toBe(true);
			for (const q of i.excerpts) expect(texts.get(q.article)!.slice(q.start, q.end)).toBe(q.text);
			expect(i.date >= dayOf(0).slice(0, i.date.length) && i.date <= dayOf(1094)).toBe(true);
		}
		expect(new Set(inc.map((i) => i.geo_precision))).toEqual(new Set([1, 3]));
	});
});
