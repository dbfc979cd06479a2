/**
 * A place that only frames a clause (frame-place.ts), where a force stands (firing-position.ts), and a
 * countryside's own side before the governorate that locates it (locators.ts). Invented sentences; towns as
 * GeoNames cities500 rows with their points.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, type Geography } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '../records';
import { framesOnly } from './frame-place';
import { postedAt } from './firing-position';

const rec = (geonameid: number, name: string, names_ar: string[], lat: number, lon: number, country = 'IQ'): PlaceRecord => ({ id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar, country, admin1_code: '00', admin1: null, feature_code: 'P.PPLA2', population: 0, lon, lat, border_distance_km: null });
export const FRAME_GEO: Geography = {
	...TEST_GEOGRAPHY,
	records: [
		...TEST_GEOGRAPHY.records!,
		rec(99347, 'Al Hawijah', ['الحويجة', 'قضاء الحويجة'], 35.32592, 43.77267),
		rec(165509, "Ra's al 'Ayn", ['رأس العين'], 36.85034, 40.07055, 'SY'),
		rec(163434, 'Tall Tamr', ['تل تمر', 'ناحية تل تمر'], 36.65556, 40.37079, 'SY'),
		rec(170017, 'Ash Shaddadi', ['الشدادي'], 36.0576, 40.7302, 'SY'),
		rec(170017 + 1, 'Al Hasakah', ['الحسكة'], 36.50237, 40.74772, 'SY'),
		rec(173230, "'Amuda", ['عامودا'], 37.10417, 40.93, 'SY'),
		rec(98182, 'Haditha', ['حديثة', 'قضاء حديثة'], 34.13975, 42.37731),
		rec(98183, 'Ar Ramadi', ['الرمادي'], 33.42056, 43.30778),
		rec(99524, "Al Ba'aj", ['البعاج', 'قضاء البعاج'], 36.03, 41.72)
	]
};

const placeOf = (text: string, at = 0) => {
	const e = eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, FRAME_GEO), [], null, at);
	return e && (e.place.id ?? `geonames:${e.place.geonameid}`);
};
const at = (text: string, word: string) => text.indexOf(word);

describe('a place that frames the clause gives way to the town the clause names', () => {
	it.each([
		// Fronted before a comma, the event only near the town.
		['وفي كركوك، أفاد مصدر أمني بأن مسلحين خطفوا راعياً من قرية على أطراف الحويجة', 'خطفوا'],
		['أما في كركوك، فقد أصيب مزارع بانفجار لغم قرب الحويجة مساء أمس', 'أصيب'],
		// A round-up's label.
		['• كركوك: قتل مسلحون مجهولون مزارعاً في بستانه جنوب غربي الحويجة', 'قتل'],
		['كركوك: اغتيال مختار قرية شمالي الحويجة برصاص مجهولين', 'اغتيال'],
		// The city after a town announced by its settlement noun.
		['عثرت الشرطة صباح اليوم على جثة راعٍ قرب قضاء الحويجة في كركوك', 'عثرت'],
		['انفجرت عبوة ناسفة بعجلة مدنية على أطراف قضاء الحويجة في كركوك', 'انفجرت']
	])('«%s» → al-Hawija', (text, word) => {
		expect(placeOf(text, at(text, word))).toBe('geonames:99347');
	});

	it.each([
		// Near misses: a frame with no other place, or another place that is only where people came from.
		['وفي كركوك، اعتقلت مفارز الشرطة مطلوباً بتهمة الإرهاب مساء أمس', 'اعتقلت'],
		['وفي كركوك، اعتقلت القوات شخصاً قادماً من الحويجة بحوزته أسلحة', 'اعتقلت'],
		['وفي كركوك، قتل مسلحون شاباً من أبناء قضاء الحويجة أمام منزله', 'قتل'],
		// No comma: the city is the clause's own place, the town only where the victim comes from.
		['قتل في كركوك شاب من أهالي الحويجة برصاص مجهولين', 'قتل'],
		// A border is no town the frame contains: the topic of a meeting held in the city.
		['وفي كركوك، ترأس المحافظ اجتماعاً أمنياً مساء أمس لبحث ضبط الحدود السورية العراقية', 'ترأس']
	])('near miss «%s» → Kirkuk', (text, word) => {
		expect(placeOf(text, at(text, word))).toBe('kirkuk');
	});

	it('near miss: a town announced by its own noun is no heading, and a city 150 km off is not inside it', () => {
		const text = 'وفي قضاء حديثة، عُثر صباح أمس على جثة شاب مرمية على الطريق، ونُقلت إلى دائرة الطب العدلي في الرمادي';
		expect(placeOf(text, at(text, 'عُثر'))).toBe('geonames:98182');
	});

	it('a town the people of a place come from is not located by the city after it', () => {
		const text = 'قتل ابن بلدة الحويجة في كركوك';
		const places = findPlaces('t', text, FRAME_GEO);
		const kirkuk = places.find((p) => p.id === 'kirkuk')!;
		expect(framesOnly(text, { start: 0, end: text.length, text }, kirkuk, places)).toBe(false);
	});
});

describe('where a force stands is not where its shells fell', () => {
	it.each([
		['قصفت مدفعية الجيش التركي المتمركزة في محيط بلدة رأس العين عدداً من القرى في ريف ناحية تل تمر', 'قصفت'],
		['استهدفت القوات التركية انطلاقاً من مواقعها قرب رأس العين قرى ريف تل تمر بقذائف الهاون', 'استهدفت'],
		['قصف الجيش التركي من قاعدته العسكرية في رأس العين قرية في ريف ناحية تل تمر', 'قصف'],
		['وسقطت قذائف أطلقتها الفصائل المرابطة عند أطراف رأس العين على منازل في ريف تل تمر', 'سقطت']
	])('«%s» → Tell Tamr', (text, word) => {
		expect(placeOf(text, at(text, word))).toBe('geonames:163434');
	});

	it.each([
		// Near misses: the shells fell around Ras al-Ain, fired from nowhere named or from Tell Tamr.
		['قصفت المدفعية التركية مواقع في محيط بلدة رأس العين', 'قصفت'],
		['قصفت القوات المتمركزة في ريف تل تمر مواقع في محيط بلدة رأس العين', 'قصفت']
	])('near miss «%s» → Ras al-Ain', (text, word) => {
		expect(placeOf(text, at(text, word))).toBe('geonames:165509');
	});

	it('reads the participle across a place noun and «محيط»', () => {
		const text = 'قصفت المدفعية المتمركزة في محيط بلدة رأس العين';
		expect(postedAt(text, { start: 0, end: text.length, text }, { start: at(text, 'رأس'), end: text.length, text: 'رأس العين' })).toBe(true);
	});
});

describe("a countryside's own side before the governorate that locates it", () => {
	it.each([
		['نفذت قوات التحالف إنزالاً جوياً في ريف الشدادي الجنوبي، جنوبي الحسكة، فجر اليوم', 'نفذت'],
		['قتل عنصران في هجوم على حاجز في ريف الشدادي الشرقي، شرقي الحسكة', 'قتل']
	])('«%s» → al-Shaddadi', (text, word) => {
		expect(placeOf(text, at(text, word))).toBe('geonames:170017');
	});
});
