import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

// A plan told before «تمكّن من / نجح في / أحبط» is the plan the force stopped; what it did after is the event.
describe('a plan forestalled does not make the operation a plan', () => {
	it.each([
		['بعد معلومات عن نية عصابة إدخال مخدرات من الجانب السوري، تمكنت مفارز الشرطة، فجر اليوم، من ضبط عشرين ألف حبة كبتاغون', 'drug-seizure'],
		['إثر معلومات عن خطة لتهريب أسلحة عبر الحدود، نجحت قوة من حرس الحدود في ضبط شاحنة محمّلة بالبنادق', 'weapons-seizure'],
		['وفق معلومات استخبارية عن نية خلية تنفيذ هجوم، تمكّنا من اعتقال ثلاثة عناصر في الصحراء', 'arrest']
	])('«%s»', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it.each(['تخطط الخلية لتنفيذ هجوم على نقطة للجيش', 'ستبدأ القوات الأسبوع المقبل حملة لضبط المهربين', 'تنوي الحكومة اعتقال كل من يتورط في التهريب'])('a plan alone stays none: «%s»', (text) => {
		expect(typeOf(text)).toBeNull();
	});
});

// «بيان صادر عنها»: issued by, with a pronoun too, is no confiscation.
describe('«صادر عنها» is issued by', () => {
	it.each([
		'دفعت القيادة، مساء أمس، بتعزيزات عسكرية إلى الشريط الحدودي، تضمنت مدرعات وأسلحة متوسطة، بحسب بيان صادر عنها',
		'أرسلت الوزارة تعزيزات عسكرية تضم دبابات وأسلحة ثقيلة إلى الحدود، وفق أوامر صادرة عنه',
		'نشرت القوات وحدات مدرعة وأسلحة ثقيلة على الحدود، بحسب تعليمات صادرة منهم'
	])('«%s»', (text) => {
		expect(typeOf(text)).not.toBe('weapons-seizure');
	});
	it('a confiscation of arms stays one', () => {
		expect(typeOf('صادرت القوات أسلحة متوسطة وذخائر في البادية')).toBe('weapons-seizure');
	});
});
