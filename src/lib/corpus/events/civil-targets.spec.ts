/**
 * Gunmen on a civilian (resolve.ts): a man shot at his own door is a targeted killing, an attack on a shop or a home
 * violence against civilians; an attack on a post or a raid to arrest is not. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('gunmen at the victim’s door: an assassination', () => {
	it.each([
		['قُتل موظف في البلدية ليل الأحد بطلقات نارية أطلقها مجهولون أمام منزله'],
		['لقي صيدلاني حتفه إثر إطلاق نار من مسلحَين قرب محله في السوق'],
		['اغتيل محامٍ بطلقة في الرأس عند باب مكتبه']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('assassination');
	});
});

describe('gunmen on a home or a shop: an attack on civilians', () => {
	it.each([
		['هاجم مجهولون مسلحون منزلاً في حي الجورة وأطلقوا النار على ساكنيه'],
		['أطلق مسلحون النار على محل للصرافة وسط المدينة مساء أمس'],
		['هاجمت مجموعة مسلحة متجراً للأجهزة الكهربائية ليلة الجمعة']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('attack-on-civilians');
	});
	it('a post, a fighter’s home or a raid to arrest is not', () => {
		expect(typeOf('هاجم مسلحون نقطة عسكرية قرب البلدة')).toBe('clash');
		expect(typeOf('هاجم مسلحون منزل عنصر في الشرطة قرب البلدة')).not.toBe('attack-on-civilians');
		expect(typeOf('اقتحمت قوة أمنية منزلاً في الحي واعتقلت مطلوباً')).not.toBe('attack-on-civilians');
	});
});

describe('«مسيرة» walked by a crowd is a march, not a drone', () => {
	it.each([
		['خرج مئات الأهالي، اليوم الجمعة، في مسيرة جابت شوارع البلدة تنديداً بالقصف'],
		['نظم طلاب الجامعة مسيرة حاشدة أمام مبنى المحافظة احتجاجاً على الاعتقالات'],
		['شارك العشرات من أبناء العشائر في مسيرة راجلة رفضاً للهجمات']
	])('%s', (text) => {
		expect(typeOf(text)).not.toBe('drone-strike');
	});
	it('a drone stays a drone', () => {
		expect(typeOf('استهدفت طائرة مسيرة سيارة على طريق القرية')).toBe('drone-strike');
		expect(typeOf('قُتل شخصان بضربة مسيرة جابت أجواء المنطقة لساعات')).toBe('drone-strike');
	});
});
