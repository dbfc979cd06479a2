import { describe, expect, it } from 'vitest';
import { findCandidates, PROPOSE_AT, recordIdsOf } from './candidates';
import { nameContext } from './context';
import type { PlaceRecord } from './records';

const rec = (id: number, name: string, names_ar: string[], country: string, extra: Partial<PlaceRecord> = {}): PlaceRecord => ({
	id: `geonames:${id}`,
	source: 'geonames',
	geonameid: id,
	name,
	names_ar,
	country,
	admin1_code: '07',
	admin1: null,
	feature_code: 'P.PPLA2',
	population: 50000,
	lon: 40,
	lat: 35,
	border_distance_km: 30,
	...extra
});

const records = [
	rec(173480, 'Al Mayadin', ['الميادين'], 'SY', { border_distance_km: 70 }),
	rec(174018, 'Al Bab', ['الباب'], 'SY', { border_distance_km: 335, population: 130745 }),
	rec(172027, 'Az Ziyarah', ['الزيارة'], 'SY', { border_distance_km: 340, population: 0, feature_code: 'P.PPLA3' }),
	rec(169577, 'Homs', ['حمص'], 'SY', { border_distance_km: 240, population: 775404, feature_code: 'P.PPLA' }),
	rec(167880, 'Rabi`ah', ['ربيعة'], 'SY', { border_distance_km: 420, population: 0, feature_code: 'P.PPLA3' }),
	rec(95788, 'Hit', ['هيت'], 'IQ', { border_distance_km: 210 }),
	rec(92138, 'Al Qaim', ['القائم'], 'IQ', { border_distance_km: 5 })
];
const gazetteer = {
	entries: [
		{ id: 'syrian-desert', variants: ['بادية حمص'], geometry: { ref: 'governorates', where: { adm1_code: 'SYR-139' } } },
		{ id: 'al-qaim', variants: ['منفذ القائم'], geometry: { ref: 'places', where: { geonameid: 92138 } } },
		{ id: 'deir-ez-zor', variants: ['دير الزور'], geometry: { ref: 'places', where: { geonameid: 170794 } } },
		{ id: 'washington', variants: ['واشنطن'], geometry: null, scope: 'outside', name_en: 'Washington', name_ar: 'واشنطن', note: 'Outside the frontier map.' }
	],
	stop_phrases: []
};
const scan = (text: string) => findCandidates({ articles: [{ id: 't', text }], gazetteer, records });
const one = (text: string, name: string) => scan(text).candidates.find((c) => c.text === name)!;

/** The labelled table: [sentence, name, is it the place?]. */
const TABLE: [string, string, boolean][] = [
	['سيطرت القوات على مدينة الميادين شرق دير الزور.', 'الميادين', true],
	['وصلت تعزيزات عسكرية إلى الميادين في ريف دير الزور السوري.', 'الميادين', true],
	['وقال إن الاتفاق قد يفتح الباب أمام تعاون أوسع.', 'الباب', false],
	['ولفت إلى أن الزيارة لم يحدد موعدها.', 'الزيارة', false],
	['تنتشر خلايا التنظيم في بادية حمص الشرقية.', 'حمص', false],
	['قال مسؤول عراقي إن ربيعة شهدت انتشارا أمنيا على الحدود مع سوريا.', 'ربيعة', false],
	['اندلعت اشتباكات قرب مدينة الباب في ريف حلب.', 'الباب', true],
	['انتشرت قوات عراقية في قضاء هيت غربي الأنبار.', 'هيت', true]
];

describe('candidate scoring on a labelled table', () => {
	it.each(TABLE)('%s → «%s» is a place: %s', (text, name, isPlace) => {
		const c = one(text, name);
		expect(c, `no candidate for ${name}`).toBeDefined();
		expect(text.slice(c.start, c.end)).toBe(c.text);
		expect(c.score >= PROPOSE_AT, c.records[0].reasons.join('; ')).toBe(isPlace);
	});

	it('says why: a homograph, a name inside a known name, the wrong country', () => {
		expect(one(TABLE[2][0], 'الباب').records[0].reasons.join(' ')).toMatch(/ordinary Arabic word/);
		expect(one(TABLE[4][0], 'حمص').records[0].reasons.join(' ')).toMatch(/inside the known name «بادية حمص» \(syrian-desert\)/);
		expect(one(TABLE[5][0], 'ربيعة').records[0].reasons.join(' ')).toMatch(/wrong country: the sentence puts it in IQ \(«عراقي»\), the record is in SY/);
		expect(one(TABLE[0][0], 'الميادين').context.trigger).toBe('مدينة');
	});

	it('leaves out names the gazetteer covers, and lists gazetteer places that are not drawn', () => {
		const r = scan('أغلق منفذ القائم، وقال مسؤول في واشنطن إن القائم آمن.');
		expect(r.candidates.map((c) => c.text)).toEqual(['القائم']);
		expect(r.candidates[0].variant_of).toBe('al-qaim');
		expect(r.not_drawn.map((n) => n.ref)).toEqual(['washington']);
	});

	it('lists a place noun followed by a name nothing knows', () => {
		const r = scan('نزح السكان من بلدة الغرانيج إلى منطقة حدودية.');
		expect(r.unresolved.map((u) => u.text)).toEqual(['بلدة الغرانيج']);
	});
});

describe('nameContext', () => {
	it('sees attached and separate prepositions', () => {
		const t = 'وصلوا بالميادين';
		expect(nameContext(t, t.indexOf('الميادين'), t.length).preposition).toBe('ب');
		const u = 'وصلوا إلى الميادين';
		expect(nameContext(u, u.indexOf('الميادين'), u.length).preposition).toBe('إلى');
		expect(nameContext(u, u.indexOf('الميادين'), u.length).trigger).toBeNull();
	});
});

describe('recordIdsOf', () => {
	it('finds the records a recipe draws on, however deep', () => {
		expect(recordIdsOf({ op: 'buffer', km: 5, of: { op: 'union', of: [{ ref: 'places', where: { geonameid: 1 } }, { ref: 'governorates', where: { adm1_code: 'X' } }] } })).toEqual(['geonames:1', 'ne-admin1:X']);
	});
});
