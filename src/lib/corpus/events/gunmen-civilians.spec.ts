import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('gunmen on a shop or a home, with the toll told in the clause, are violence against civilians', () => {
	it.each([
		'مسلحان مجهولان يهاجمان محلاً لبيع الذهب في السوق، ما أدى إلى مقتل صاحبه، والشرطة تقول إن دوافع الهجوم لم تُعرف',
		'أسفر هجوم مسلحين على منزل في القرية عن مقتل رجل وزوجته',
		'قُتل صاحب متجر في هجوم نفذه مسلحون على محله التجاري وسط المدينة'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('attack-on-civilians');
	});
	it('a fighter’s house or a post attacked stays a clash', () => {
		expect(typeOf('أسفر هجوم مسلحين على منزل عنصر في الشرطة عن مقتله')).toBe('clash');
		expect(typeOf('هاجم مسلحون حاجزاً للجيش قرب المحل، ما أدى إلى مقتل جندي')).toBe('clash');
	});
});

describe('a precaution names what is feared: the reinforcement sent is the event', () => {
	it.each([
		'ودفعت قسد بتعزيزات عسكرية تضم عربات مصفحة ومئات المقاتلين إلى ريف الرقة، تحسباً لاتساع رقعة المواجهات',
		'أرسل الجيش تعزيزات إلى الحدود خشية هجمات للتنظيم',
		'نشرت القوات تعزيزات على مداخل البلدة تحسباً لتجدد الاشتباكات بين العشائر'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('deployment');
	});
	it('a fight told before the precaution stays the fight', () => {
		expect(typeOf('اندلعت اشتباكات بين العشائر في البلدة، ودفعت قسد بتعزيزات تحسباً لتوسعها')).toBe('clash');
	});
});

describe('a fronted «بعد … على» aside dates the clause by an earlier event, however long its relative clause', () => {
	it.each([
		['بعد يومين على الهجوم الذي استهدف آلية عسكرية على طريق سنجار، خرج العشرات من الأهالي في وقفة احتجاجية وسط المدينة', 'protest'],
		['بعد ساعات من الاشتباك الذي دار قرب الحاجز، اعتقلت القوات ثلاثة مشتبه بهم', 'arrest'],
		['وعقب الهجوم الذي استهدف دورية للجيش قرب القرية، شنت القوات حملة دهم أسفرت عن اعتقال خمسة', 'arrest']
	])('«%s»', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('a toll after the comma keeps the fronted blast; no comma keeps the attack', () => {
		expect(typeOf('إثر انفجار عبوة ناسفة استهدفت دورية للجيش قرب القرية، قُتل جنديان')).toBe('ied');
		expect(typeOf('بعد يومين على الهجوم قُتل جنديان في اشتباك جديد')).toBe('clash');
	});
});
