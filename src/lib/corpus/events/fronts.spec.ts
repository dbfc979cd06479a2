/**
 * Places named the parties' way on the fronts inside a country: a town of the article's own country after a
 * preposition or a front noun, however far from the border («قرب دير حافر», «على جبهة مسكنة»), and a town located by
 * the countryside of a bigger one («مدينة دير حافر بريف حلب الشرقي»). Sentences written for this file; records with
 * the points and populations cities500 gives these towns.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, type Geography } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '../records';

const rec = (geonameid: number, name: string, ar: string, lon: number, lat: number, population: number, border: number, feature_code = 'P.PPLA3'): PlaceRecord => ({ id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar: [ar], country: 'SY', admin1_code: '09', admin1: 'Aleppo', feature_code, population, lon, lat, border_distance_km: border });
const GEO: Geography = {
	...TEST_GEOGRAPHY,
	records: [
		...TEST_GEOGRAPHY.records!,
		rec(170785, 'Dayr Hafir', 'دير حافر', 37.70778, 36.15694, 28905, 314.8),
		rec(167080, 'Maskanah', 'مسكنة', 38.04165, 35.96577, 0, 286.2),
		rec(170063, 'Aleppo', 'حلب', 37.16117, 36.20124, 1602264, 345.2, 'P.PPLA')
	]
};
const ids = (text: string) => findPlaces('t', text, GEO).map((p) => p.name_en);
const placeOf = (text: string) => {
	const e = eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null);
	return e && { name: e.place.name_en, p: e.geo_precision };
};

describe('a town of the article\'s country after a preposition, far from the border', () => {
	it.each([
		['اندلعت اشتباكات قرب دير حافر بعد هجوم على بلدة مسكنة'],
		['سقطت قذائف في محيط دير حافر، وأصيب طفل في مدينة مسكنة'],
		['أفادت مصادر من بلدة مسكنة بأن مسيّرة استهدفت سيارة عند دير حافر']
	])('«%s» names Dayr Hafir', (text) => {
		expect(ids(text)).toContain('Dayr Hafir');
	});
	it('does not take a bare name, nor a town of another country than the article\'s, on that ground', () => {
		// Bare: after a noun, no preposition.
		expect(ids('وصل وفد دير حافر إلى بلدة مسكنة')).not.toContain('Dayr Hafir');
		// An Iraqi article (Kirkuk, al-Qa'im): a Syrian town after «قرب» far from the border stays doubtful.
		expect(ids('اعتقلت القوات في كركوك والقائم متهماً كان يقيم قرب دير حافر')).not.toContain('Dayr Hafir');
	});
});

describe('a front named by the town it faces', () => {
	it.each([
		['قُتل عنصر برصاص قناص على جبهة دير حافر في ريف حلب', 'Dayr Hafir'],
		['تسللت مجموعة نحو نقاط الجيش على محور مسكنة شرقي حلب', 'Maskanah'],
		['استُهدفت نقطة للجيش على جبهة مسكنة بريف حلب الشرقي', 'Maskanah']
	])('«%s» → %s, near it (2)', (text, name) => {
		expect(placeOf(text)).toEqual({ name, p: 2 });
	});
});

describe('a town located by the countryside or governorate of a bigger one', () => {
	it.each([
		['هاجمت مجموعات نقاط الجيش في محيط مدينة دير حافر بريف حلب الشرقي', 'Dayr Hafir', 2],
		['انفجرت عبوة في بلدة مسكنة في ريف حلب الشرقي', 'Maskanah', 1],
		['سقطت قذيفة على مدينة مسكنة ضمن محافظة حلب', 'Maskanah', 1]
	])('«%s» → %s at %i', (text, name, p) => {
		expect(placeOf(text)).toEqual({ name, p });
	});
	it('keeps the countryside when no town is named before it', () => {
		expect(placeOf('قصفت المدفعية قرى في ريف حلب الشرقي')).toEqual({ name: 'Aleppo', p: 2 });
	});
});
