/**
 * «تفكيك» dismantles a bomb or a ring: a cell, a network or a gang dismantled is its members arrested, a device
 * dismantled is disrupted weapons use (resolve.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('a cell, a network or a gang dismantled is an arrest', () => {
	it.each([
		'أعلنت الشرطة، اليوم، تفكيك خلية نائمة للتنظيم في قضاء القائم',
		'فككت القوات الأمنية شبكة لتهريب المخدرات على الحدود',
		'تمكنت مفارز الاستخبارات من تفكيك عصابة تسرق المواشي في البادية',
		'وفكّكت الأجهزة خليتين إرهابيتين في ريف دير الزور'
	])('«%s» → arrest', (text) => expect(typeOf(text)).toBe('arrest'));
	it('near misses: a device dismantled is still a defused bomb, even after its team', () => {
		expect(typeOf('فككت مفرزة من الشرطة عبوتين ناسفتين على الطريق')).toBe('ied');
		expect(typeOf('فككت فرق الهندسة لغماً أرضياً قرب القرية')).toBe('ied');
	});
});
