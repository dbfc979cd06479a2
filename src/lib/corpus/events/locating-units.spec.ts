/**
 * A town named with the unit it lies in («قضاء نصيبين بولاية ماردين», «ناحية باتيفا التابعة لقضاء زاخو», «بلدة
 * الكسرة بريف دير الزور», «في ريف بلدة الشدادي، جنوبي الحسكة»): the unit only says where the town lies, so the
 * event is at the town; a place noun referring back («في سوق البلدة») refers to the town, not its unit; and an
 * office-holder something happened to is located by his office, which is no speaker's seat. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, type Geography, type PlaceMention } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '../records';
import { locates, seatOf } from './locators';
import { backReference } from './anaphora';
import { whole } from './clause-testing';

/** GeoNames rows as cities500 has them (points and Arabic names), no border distance. */
const rec = (geonameid: number, name: string, names_ar: string[], country: string, lat: number, lon: number): PlaceRecord => ({ id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar, country, admin1_code: '00', admin1: null, feature_code: 'P.PPLA2', population: 0, lon, lat, border_distance_km: null });
const GEO: Geography = {
	...TEST_GEOGRAPHY,
	records: [
		...TEST_GEOGRAPHY.records!,
		rec(303750, 'Nusaybin', ['نصيبين'], 'TR', 37.07028, 41.21465),
		rec(304797, 'Mardin', ['ماردين'], 'TR', 37.31309, 40.74357),
		rec(89570, 'Zaxo', ['زاخو'], 'IQ', 37.14871, 42.68591),
		rec(97825, 'Batifa', ['باتيفا'], 'IQ', 37.17454, 43.01233),
		rec(172837, 'Ash Shaddadah', ['الشدادي'], 'SY', 36.05756, 40.73478),
		rec(173811, 'Al Hasakah', ['الحسكة'], 'SY', 36.50237, 40.74772),
		rec(174506, 'Hajin', ['هجين'], 'SY', 34.69508, 40.83138)
	]
};
const placeOf = (text: string) => {
	const e = eventPlace(text, whole(text), findPlaces('t', text, GEO), [], null);
	return e && (e.place.id ?? e.place.name_en);
};
const at = (text: string, place: string, from = 0) => ({ start: text.indexOf(place, from), end: text.indexOf(place, from) + place.length, text: place });

describe('a town named with the unit it lies in is the place, not the unit', () => {
	it.each([
		// Turkish reports name a district and its province (ولاية), by «بـ» or «التابع لـ».
		['أوقف الدرك التركي سبعة مهاجرين قرب قضاء نصيبين بولاية ماردين فجر الاثنين', 'Nusaybin'],
		['قصفت المدفعية مواقع في ريف قضاء نصيبين التابع لولاية ماردين', 'Nusaybin'],
		['تعرضت أطراف ناحية باتيفا التابعة لقضاء زاخو لقصف مدفعي ليلة أمس', 'Batifa'],
		['وتتبع ناحية باتيفا لقضاء زاخو، وقد سقطت فيها قذيفتان', 'Batifa'],
		// A Syrian town with its governorate's countryside, written with the unit inside the matched name or after it.
		['اعتُقل شابان في بلدة هجين الواقعة في ريف دير الزور الشرقي', 'Hajin'],
		['خرج عشرات المحتجين في بلدة هجين بريف دير الزور', 'Hajin'],
		// A comma before the direction: the bigger place still only locates the town.
		['هاجم مسلحون نقطة عسكرية في ريف بلدة الشدادي، جنوبي الحسكة', 'Ash Shaddadah'],
		['انفجرت دراجة مفخخة في بلدة الشدادي، إلى الجنوب من مدينة الحسكة', 'Ash Shaddadah']
	])('«%s» → %s', (text, place) => {
		expect(placeOf(text)).toBe(place);
	});

	it('reads the words between two names, the unit noun in the second name or not', () => {
		const t1 = 'قرب قضاء نصيبين بولاية ماردين';
		expect(locates(t1, at(t1, 'نصيبين'), at(t1, 'ماردين'))).toBe(true);
		const t2 = 'بلدة هجين بريف دير الزور';
		expect(locates(t2, at(t2, 'هجين'), at(t2, 'ريف دير الزور'))).toBe(true);
		const t3 = 'في مدينة الميادين، شمال شرقي البوكمال';
		expect(locates(t3, at(t3, 'الميادين'), at(t3, 'البوكمال'))).toBe(true);
	});

	it('does not read a list, a second event or a journey as a unit', () => {
		// «و» after the comma begins another place of a list; a bare «في» puts one town in no other; «إلى» is a journey.
		const t1 = 'سقطت قذائف على الميادين، وشرقي البوكمال';
		expect(locates(t1, at(t1, 'الميادين'), at(t1, 'البوكمال'))).toBe(false);
		const t2 = 'اعتُقل شاب من الميادين في البوكمال';
		expect(locates(t2, at(t2, 'الميادين'), at(t2, 'البوكمال'))).toBe(false);
		const t3 = 'نُقل المصابون من الميادين إلى ريف دير الزور';
		expect(locates(t3, at(t3, 'الميادين'), at(t3, 'ريف دير الزور'))).toBe(false);
		const t4 = 'قتل مدني في هجين. وفي ريف دير الزور، اعتقلت القوات شابين';
		expect(locates(t4, at(t4, 'هجين'), at(t4, 'ريف دير الزور'))).toBe(false);
	});

	it('keeps both places of a list: the more precise one wins on its own merits', () => {
		// Near miss: no unit relation, so «قرب البوكمال» (2) and «في الميادين» (1) compete as usual.
		expect(placeOf('سقطت قذائف قرب البوكمال، وفي مدينة الميادين انفجرت عبوة')).toBe('Al Mayadin');
	});
});

describe('a place noun refers back to the town, not to the unit named after it', () => {
	const back = (text: string, clauseFrom: string) => {
		const start = text.indexOf(clauseFrom);
		const clause = { start, end: text.length, text: text.slice(start) };
		return backReference(text, clause, findPlaces('t', text, GEO))?.antecedent.text ?? null;
	};
	it.each([
		['يسود التوتر في مدينة الميادين، شرقي دير الزور. وقُتل شاب في سوق المدينة مساء أمس', 'وقُتل', 'الميادين'],
		['خُطف تاجر من بلدة هجين (مركز الناحية) شرق دير الزور أثناء خروجه من محله في البلدة', 'أثناء', 'هجين'],
		['وصلت تعزيزات إلى بلدة الشدادي بريف الحسكة الجنوبي، ثم انتشرت في أحياء البلدة', 'ثم', 'الشدادي']
	])('«%s» → %s', (text, from, antecedent) => {
		expect(back(text, from)).toBe(antecedent);
	});

	it('refers to the last town of a list, which locates nothing', () => {
		expect(back('انتشرت القوات في البوكمال ودير الزور ثم أقامت حواجز عند مداخل المدينة', 'ثم')).toBe('دير الزور');
	});
});

describe('an office-holder something happened to: his office locates him', () => {
	const seat = (text: string, place: string) => seatOf(text, whole(text), at(text, place));
	it.each([
		// The object of the deed (accusative -اً) or the person a harm's noun names.
		['اغتال مجهولون عضواً في المجلس المحلي لبلدة هجين', 'هجين'],
		['اختطف مسلحون مديراً في مدارس الميادين', 'الميادين'],
		['عُثر على جثة مسؤول في بلدية البوكمال', 'البوكمال'],
		['بعد يومين من مقتل قائد في شرطة القائم', 'القائم']
	])('«%s»: «%s» is not a seat', (text, place) => {
		expect(seat(text, place)).toBe(false);
	});

	it('keeps the seat of a speaker or a source', () => {
		expect(seat('وقال مسؤول في مجلس بلدة هجين إن الدوريات ستستمر', 'هجين')).toBe(true);
		expect(seat('أفاد مصدر في شرطة القائم بأن عبوة انفجرت', 'القائم')).toBe(true);
		expect(seat('وأكد مدير ناحية البوكمال أن الأوضاع مستقرة', 'البوكمال')).toBe(true);
	});

	it('places the killing of a council member at his town', () => {
		const text = 'اغتال مسلحون عضواً في المجلس المحلي لبلدة هجين بريف دير الزور أمام منزله';
		const places: PlaceMention[] = findPlaces('t', text, GEO);
		expect(eventPlace(text, whole(text), places, [], null)?.place.name_en).toBe('Hajin');
	});
});
