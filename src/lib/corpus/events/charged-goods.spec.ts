import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

// Drugs named in a charge against the people who crossed («مطلوب بقضايا تهريب مخدرات») are no cargo: the crossing stays one of people.
describe('goods in a charge are no cargo', () => {
	it.each([
		'أحبطت قوات الحدود محاولة تسلّل ثلاثة أشخاص قادمين من سوريا واعتقلتهم، وتبين أن أحدهم مطلوب بقضايا تهريب مخدرات',
		'أحبط حرس الحدود محاولة تسلل شخصين من الجانب السوري، أحدهما متهم بتجارة المخدرات',
		'أحبطت القوات محاولة تسلل عبر الساتر الترابي، واعتقلت ثلاثة بينهم مطلوب بتهمة تهريب الحشيش'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('infiltration');
	});
	it('people carrying drugs across are a smuggling run', () => {
		expect(typeOf('أحبطت القوات محاولة تسلل ثلاثة أشخاص يحملون حقائب مخدرات عبر الحدود')).toBe('smuggling-interdiction');
	});
});

// Phones or money seized after arrests on a smuggling charge: the charge's smuggling is no cargo; the arrests are the event.
describe('a smuggling charge does not make a seizure of smuggled goods', () => {
	it.each([
		'نفّذت الأسايش حملة تمشيط في المخيم اعتقلت خلالها 11 مشتبهاً بالتورط في عمليات قتل وتهريب، وضبطت هواتف محمولة ومبالغ مالية',
		'داهمت القوات منازل في القرية واعتقلت خمسة متهمين بتهريب البشر، وصادرت أجهزة اتصال',
		'اعتقلت الشرطة ثلاثة مطلوبين بقضايا تهريب وضبطت سيارتهم'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('arrest');
	});
	it('goods seized in a truck stay smuggled goods', () => {
		expect(typeOf('ضبطت القوات شاحنة محملة بالسجائر المهربة')).toBe('smuggling-interdiction');
	});
});
