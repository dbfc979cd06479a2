/**
 * A town named as where people are from is the event's place when the clause places it only in a region
 * (origin-town.ts); a town or finer place of the clause still goes first. Invented sentences, test geography.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const placeOf = (text: string) => {
	const e = eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null);
	return e && (e.place.id ?? `geonames:${e.place.geonameid}`);
};

describe('people of a town, in a clause placed only in a region', () => {
	it.each([
		['وفي ريف دير الزور، اختُطف رجلان من أبناء مدينة الميادين مساء أمس أثناء عودتهما من السوق'],
		['تظاهر المئات من أهالي بلدة الميادين اليوم تنديداً بالقصف على مناطق شرق سوريا'],
		['قُتل راعٍ من أهل الميادين بانفجار لغم في محافظة دير الزور'],
		['وبريف دير الزور الشرقي اعتقلت دورية ثلاثة شبان من سكان الميادين']
	])('«%s» → al-Mayadin', (text) => {
		expect(placeOf(text)).toBe('geonames:173480');
	});
});

describe('the event\'s own town still goes first', () => {
	it.each([
		['اعتُقل شابان من أبناء الميادين على حاجز في البوكمال'],
		['أفاد أهالي الميادين بسقوط قذائف جنوبي البوكمال']
	])('«%s» → Albu Kamal', (text) => {
		expect(placeOf(text)).toBe('albu-kamal');
	});
});
