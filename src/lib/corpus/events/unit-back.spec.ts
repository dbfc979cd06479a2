/**
 * Place nouns that refer back (anaphora.ts): a district or sub-district named again as a construct's second term
 * («في إحدى قرى القضاء»), a crossing named again by its noun when the name matched is the town's («معبر اليعربية …
 * أُغلق المعبر»), and a bare noun («مركز المدينة») that a GeoNames record of the same spelling must not claim.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, type Geography } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '../records';
import { placeNoun } from './anaphora';

const rec = (geonameid: number, name: string, names_ar: string[], lat: number, lon: number, country = 'IQ'): PlaceRecord => ({ id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar, country, admin1_code: '00', admin1: null, feature_code: 'P.PPLA2', population: 0, lon, lat, border_distance_km: null });
const GEO: Geography = {
	...TEST_GEOGRAPHY,
	records: [
		...TEST_GEOGRAPHY.records!,
		rec(99524, "Al Ba'aj", ['البعاج', 'قضاء البعاج'], 36.03, 41.72),
		rec(95224, "Al 'Abbasi", ['العباسي', 'ناحية العباسي'], 35.27517, 43.59593),
		rec(173230, "'Amuda", ['عامودا'], 37.10417, 40.93, 'SY'),
		rec(163200, "Al Ya'rubiyah", ['اليعربية'], 36.8105, 42.0627, 'SY'),
		rec(99106, 'Al Madinah', ['المدينة'], 30.96324, 47.26998)
	]
};

/** The place of the last sentence of `text`, every place of the text named before it. */
const lastPlace = (text: string) => {
	const start = text.lastIndexOf('. ') + 2;
	const e = eventPlace(text, { start, end: text.length, text: text.slice(start) }, findPlaces('t', text, GEO), [], null, start);
	return e && (e.place.id ?? `geonames:${e.place.geonameid}`);
};

describe('a district named again as the second term of a construct', () => {
	it.each([
		['انفجرت عبوة ناسفة بدورية للجيش قرب قضاء البعاج مساء أمس. ونفذت قوة مشتركة صباح اليوم عملية دهم في إحدى قرى القضاء', 'geonames:99524'],
		['قتل جندي بهجوم قرب قضاء البعاج. واعتقلت القوات ثلاثة مشتبه بهم على أطراف القضاء', 'geonames:99524'],
		['اغتال مسلحون مختاراً في ناحية العباسي. وانتشرت القوات الأمنية في مركز الناحية فجر اليوم', 'geonames:95224'],
		// A town the clause itself names before the noun, not the last one announced as «ناحية».
		['اغتال مسلحون مختاراً في ناحية العباسي. وفي البعاج، قتل مواطن بقصف داخل الناحية', 'geonames:99524']
	])('«%s» → %s', (text, id) => {
		expect(lastPlace(text)).toBe(id);
	});

	it.each([
		// Near misses: bare, «القضاء» is the judiciary and «الناحية» an aspect.
		'انفجرت عبوة ناسفة قرب قضاء البعاج أمس. وأحالت القوات المعتقلين الثلاثة إلى القضاء',
		'اغتال مسلحون مختاراً في ناحية العباسي. وشددت القوات إجراءاتها من الناحية الأمنية'
	])('near miss «%s» → no place', (text) => {
		expect(lastPlace(text)).toBeNull();
	});
});

describe('a crossing named again by its noun', () => {
	it('«المعبر» refers back to the town a crossing was named for', () => {
		expect(lastPlace('ترتبط تجارة المنطقة بمعبر اليعربية منذ سنوات. وأُغلق المعبر أمام الشاحنات أمس بقرار من هيئة المنافذ الحدودية')).toBe('geonames:163200');
	});
	it('near miss: a town named without a crossing noun is not what «المعبر» refers to', () => {
		expect(lastPlace('وصل وفد إلى بلدة اليعربية أمس. وأُغلق المعبر أمام الشاحنات')).toBeNull();
	});
});

describe('a bare place noun is no GeoNames place', () => {
	it('«مركز المدينة» after «مدينة عامودا» is Amuda', () => {
		const text = 'نظم المئات من أهالي مدينة عامودا اليوم وقفة احتجاجية أمام مركز المدينة الثقافي';
		expect(findPlaces('t', text, GEO).map((p) => p.text)).not.toContain('المدينة');
		expect(lastPlace('. ' + text)).toBe('geonames:173230');
	});
	it.each(['المدينة', 'بالمدينة', 'المعبر', 'القضاء'])('«%s» is a place noun', (w) => expect(placeNoun(w)).toBe(true));
	it.each(['الميادين', 'مدينة الميادين', 'المدينة المنورة'])('near miss «%s» is not', (w) => expect(placeNoun(w)).toBe(false));
});
