/**
 * A drone that watches is no strike, and where a force is stationed is no place of what it does.
 * Every sentence is written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';
import { typeOf, whole } from './clause-testing';

const placeOf = (text: string, word: string) => eventPlace(text, whole(text), findPlaces('t', text, GEO), [], null, text.indexOf(word));

describe('a drone that surveys, watches or films is the means of a patrol, not a strike', () => {
	it.each([
		'سيّرت القوات دورية قرب البوكمال وأجرت عمليات مسح بالطائرات المسيرة للمنطقة',
		'نفذت وحدات الجيش دورية على الحدود مع استطلاع بطائرة مسيرة',
		'سيّر التحالف دورية في ريف دير الزور رافقتها مسيّرة للاستطلاع'
	])('«%s» → patrol', (text) => expect(typeOf(text)).toBe('patrol'));
	it('no strike is read from a watching drone alone', () => {
		expect(typeOf('شوهد تحليق طائرات مسيرة فوق القائم طوال الليل')).not.toBe('drone-strike');
	});
	it('near miss: a drone that strikes after a watch is still a strike', () => {
		expect(typeOf('وبعد رصد دقيق، استهدفت طائرة مسيرة سيارة قرب البوكمال')).toBe('drone-strike');
		expect(typeOf('قصفت مسيّرة مجهولة موقعاً في القائم')).toBe('drone-strike');
	});
});

describe('where a force is stationed qualifies the force', () => {
	it.each([
		['سيّرت القوات المتمركزة في قاعدة القائم دورية قرب البوكمال', 'دورية', 'albu-kamal'],
		['أطلقت الفصائل المنتشرة في دير الزور قذائف على القائم', 'قذائف', 'al-qaim'],
		['داهمت العناصر المتواجدة داخل البوكمال منزلاً في الميادين', 'داهمت', 'geonames:173480']
	])('«%s» → %s', (text, word, id) => {
		const e = placeOf(text, word)!;
		expect(e.place.id ?? `geonames:${e.place.geonameid}`).toBe(id);
	});
	it('near miss: the station is the place when nothing else is named', () => {
		expect(placeOf('اندلع حريق في مستودع للقوات المتمركزة في القائم', 'حريق')?.place.id).toBe('al-qaim');
	});
});
