import { describe, expect, it } from 'vitest';
import { accept, AcceptError, variantsFrom, withFeature } from './accept';
import { slug } from '$lib/model/slug';
import type { Candidate } from '$lib/corpus/candidates';
import type { GeoNamesRow } from '$lib/corpus/records';

const row = (over: Partial<GeoNamesRow> = {}): GeoNamesRow => ({
	geonameId: 174018,
	name: 'Al Bāb',
	asciiName: 'Al Bab',
	alternateNames: ['Al Bab', 'الباب', 'El Bab'],
	latitude: 36.37051,
	longitude: 37.5157,
	featureClass: 'P',
	featureCode: 'PPLA2',
	countryCode: 'SY',
	admin1Code: '09',
	population: 130745,
	modificationDate: '2020-06-10',
	...over
});

/** A candidate occurrence as findCandidates gives it, for the spellings. */
const seen = (sentence: string, name: string, trigger: string | null): Candidate => {
	const start = sentence.indexOf(name);
	return {
		key: `t@${start}`,
		article: 't',
		start,
		end: start + name.length,
		text: name,
		sentence,
		sentence_start: 0,
		sentence_end: sentence.length,
		score: 0,
		verdict: 'doubtful',
		context: { trigger, preposition: null, homograph: false },
		variant_of: null,
		records: []
	};
};

const input = { entries: [{ id: 'damascus', geometry: { ref: 'places', where: { geonameid: 170654 } } }], occurrences: [], today: '2026-11-30', packageVersion: '1.0.1' };

describe('accept', () => {
	it('makes ids from names', () => {
		expect(slug('Al Mayādīn')).toBe('al-mayadin');
		expect(slug('Ra’s al ‘Ayn')).toBe('ra-s-al-ayn');
	});

	it('never makes a bare homograph a variant: الباب only with its place noun', () => {
		const { variants, name_ar } = variantsFrom(row(), [seen('اشتباكات قرب مدينة الباب شمالي حلب', 'الباب', 'مدينة'), seen('قد يفتح الباب أمام الحوار', 'الباب', null)]);
		expect(variants).toContain('مدينة الباب');
		expect(variants).not.toContain('الباب');
		expect(name_ar).toBe('الباب');
	});

	it('keeps the spellings the texts use, without tashkeel, and the record’s own Arabic name', () => {
		const r = row({ geonameId: 173480, name: 'Al Mayādīn', asciiName: 'Al Mayadin', alternateNames: ['الميادين', 'ميادين'] });
		const { variants } = variantsFrom(r, [seen('وصلت تعزيزات إلى المَيادين', 'المَيادين', null)]);
		expect(variants).toEqual(['الميادين', 'Al Mayadin']);
	});

	it('writes a ref recipe to the accepted record, never coordinates, and a schema-valid entry', () => {
		const { entry, feature } = accept({ ...input, row: row(), as: 'al-bab' });
		expect(entry.geometry).toEqual({ ref: 'geonames-accepted', where: { geonameid: 174018 } });
		expect(entry.kind).toBe('city');
		expect(feature.geometry.coordinates).toEqual([37.5157, 36.37051]);
		expect(feature.properties?.attribution).toMatch(/GeoNames/);
		const fc = withFeature(null, feature);
		expect(fc.features).toHaveLength(1);
		expect((fc as unknown as { license: string }).license).toBe('CC BY 4.0');
	});

	it.each([
		[{ as: 'Al Bab' }, /not a valid id/],
		[{ as: 'damascus' }, /already has an entry "damascus"/],
		[{ row: row({ geonameId: 170654 }) }, /already in the gazetteer as "damascus"/],
		[{ row: row({ alternateNames: [], name: 'Nowhere', asciiName: 'Nowhere' }) }, /no Arabic name/]
	])('refuses %j', (over, message) => {
		expect(() => accept({ ...input, row: row(), ...over })).toThrow(AcceptError);
		expect(() => accept({ ...input, row: row(), ...over })).toThrow(message);
	});
});
