/**
 * A capital that receives a delegation is where the talks were («استقبلت دمشق وفداً …», locators.ts visited), and
 * circles or departments a capital hosts are a source's seat, not where what they blame happened («وإن كانت
 * أوساط أمنية في دمشق تنسب الهجوم …», locators.ts seatOf). Invented sentences; towns of the test geography.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const placeOf = (text: string, word: string) => {
	const e = eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null, text.indexOf(word));
	return e && (e.place.id ?? `geonames:${e.place.geonameid}`);
};

describe('a capital that receives a delegation', () => {
	it.each([
		['استقبلت دمشق أمس وفداً أمنياً عراقياً بحث مع مسؤولين سوريين ضبط الحدود السورية العراقية', 'استقبلت'],
		['واستقبلت بغداد وفداً من وزارة الداخلية السورية لبحث أمن الحدود السورية العراقية', 'واستقبلت']
	])('«%s» → the capital', (text, word) => {
		expect(placeOf(text, word)).toBe(text.includes('استقبلت دمشق') ? 'damascus' : 'baghdad');
	});
	it('near miss: a capital that only decides is its government, not a place', () => {
		expect(placeOf('وقررت دمشق أمس إغلاق الحدود السورية العراقية أمام الشاحنات', 'وقررت')).toBe('iraq-syria-border');
	});
});

describe("circles or departments in a capital are a source's seat", () => {
	it.each([
		['قتل ثلاثة عناصر في كمين على الطريق بين الميادين والبوكمال، وإن كانت أوساط أمنية في دمشق تنسبه إلى التنظيم', 'كمين'],
		['انفجرت عبوة بدورية قرب الميادين، وتقول دوائر أمنية في دمشق إن التنظيم يقف خلفها', 'انفجرت']
	])('«%s» → al-Mayadin', (text, word) => {
		expect(placeOf(text, word)).toBe('geonames:173480');
	});
	it('near miss: the capital itself when the clause names no other place', () => {
		expect(placeOf('اعتقلت قوات الأمن أمس في دمشق ثلاثة مطلوبين', 'اعتقلت')).toBe('damascus');
	});
});
