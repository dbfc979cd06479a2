/** The data-file schemas: a bad field is a named problem with its path, and good records are kept as typed. */
import { describe, expect, it } from 'vitest';
import { parseList, parseOne, type Problem } from '$lib/schema/parse';
import { GazetteerEntrySchema } from '$lib/schema/gazetteer';
import { IncidentRecordSchema } from '$lib/schema/incidents';
import { ArticleMetaSchema, SET_BY_HAND } from '$lib/schema/article';
import { GlossesSchema } from '$lib/schema/glosses';

const entry = { id: 'x-town', name_en: 'X', name_ar: 'س', kind: 'town', scope: 'frontier', variants: ['س'], geometry: { ref: 'places', where: { geonameid: 1 } } };
const incident = { id: 'i1', date: '2025-01-02', type: 'patrol', place_ids: ['x-town'], geo_precision: 1, excerpts: [{ article: 'a', start: 0, end: 1, text: 'س' }] };

describe('schemas', () => {
	it('keep good records and name each bad field with its path', () => {
		const problems: Problem[] = [];
		const list = [entry, { ...entry, id: 'bad-variant', variants: ['س', 7] }, { ...entry, id: 'bad-recipe', geometry: { op: 'explode', of: [] } }, { ...entry, id: 'bad-scope', scope: 'elsewhere' }];
		const kept = parseList(GazetteerEntrySchema, list, 'gazetteer', problems);
		expect(kept.map((e) => e.id)).toEqual(['x-town']);
		expect(problems.map((p) => p.where)).toEqual(['gazetteer/bad-variant', 'gazetteer/bad-recipe', 'gazetteer/bad-scope']);
		expect(problems[0].message).toMatch(/^variants\.1: /);
		expect(problems[1].message).toMatch(/geometry/);
		expect(problems[2].message).toMatch(/scope: scope must be "frontier" or "outside"/);
	});

	it('check incident dates, precision and excerpt offsets, and fill optional fields', () => {
		const problems: Problem[] = [];
		const kept = parseList(IncidentRecordSchema, [incident, { ...incident, id: 'bad-date', date: '2025-02-30' }, { ...incident, id: 'bad-quote', excerpts: [{ article: 'a', start: '0', end: 1, text: 'س' }] }, { ...incident, id: 'vague', geo_precision: 4 }], 'incidents', problems);
		expect(kept).toHaveLength(1);
		expect(kept[0]).toMatchObject({ actors: [], quantities: {}, footprint: null, date_end: null });
		expect(problems.map((p) => [p.where, p.message.split(':')[0]])).toEqual([
			['incidents/bad-date', 'date'],
			['incidents/bad-quote', 'excerpts.0.start'],
			['incidents/vague', 'geo_precision']
		]);
	});

	it('name a wrong-typed metadata field and default missing ones to unknown with a note', () => {
		const problems: Problem[] = [];
		expect(parseOne(ArticleMetaSchema, { id: 'a', language: { value: 3, evidence: [], note: null } }, 'articles/a.json', problems)).toBeNull();
		expect(problems[0]).toEqual({ where: 'articles/a.json', message: expect.stringMatching(/^language\.value: /) });
		const meta = parseOne(ArticleMetaSchema, { id: 'a' }, 'articles/a.json', problems)!;
		expect(meta.outlet_en).toEqual({ value: null, evidence: [], note: expect.stringMatching(/\S/) });
		expect(meta.date.precision).toBe('unknown');
	});

	it('read a field written by hand as its bare value, or without evidence and note', () => {
		const problems: Problem[] = [];
		const meta = parseOne(ArticleMetaSchema, { id: 'a', outlet_en: 'Rudaw', date: '2025-11-16', headline_ar: { value: 'عنوان' } }, 'articles/a.json', problems)!;
		expect(problems).toEqual([]);
		expect(meta.outlet_en).toEqual({ value: 'Rudaw', evidence: [], note: SET_BY_HAND });
		expect(meta.headline_ar).toEqual({ value: 'عنوان', evidence: [], note: SET_BY_HAND });
		expect(meta.date).toMatchObject({ value: '2025-11-16', precision: 'day', not_before: null, not_after: null, evidence: [] });
		for (const [value, precision] of [['2025-11', 'month'], ['2025', 'year'], [null, 'unknown']] as const) {
			expect(parseOne(ArticleMetaSchema, { id: 'a', date: { value } }, 'articles/a.json', problems)!.date.precision).toBe(precision);
		}
		// A precision given is still checked against the value, and a date that is not one is named.
		expect(parseOne(ArticleMetaSchema, { id: 'a', date: { value: '2025-11', precision: 'day' } }, 'articles/a.json', problems)).toBeNull();
		expect(parseOne(ArticleMetaSchema, { id: 'a', date: '16/11/2025' }, 'articles/a.json', problems)).toBeNull();
		expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^date: precision does not fit the value/), expect.stringMatching(/^date\.value: is not a real calendar date/)]);
	});

	it('check gloss keys', () => {
		const problems: Problem[] = [];
		expect(parseOne(GlossesSchema, { 'a@12': 'ok' }, 'glosses.json', problems)).toEqual({ 'a@12': 'ok' });
		expect(parseOne(GlossesSchema, { 'a-12': 'no' }, 'glosses.json', problems)).toBeNull();
		expect(problems[0].message).toMatch(/<article>@<sentence start>/);
	});
});
