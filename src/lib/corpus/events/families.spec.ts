/**
 * Whole verb families of the lexicon in their real morphology — a suspension as a closure, a
 * reopening with an object pronoun, bodies counted in the dual, an agreement signed with its
 * signatories between verb and text — and the near misses each must leave alone. Every sentence
 * is written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';


describe('a suspension of crossing traffic is a closure', () => {
	it.each([
		['أعلنت إدارة منفذ القائم تعليق حركة المسافرين حتى إشعار آخر'],
		['وجرى تعليق العبور عند معبر ربيعة صباح اليوم'],
		['وعُلّقت الحركة التجارية في المعبر بسبب الأمطار'],
		['وتم تعليق العمل في منفذ طريبيل ليومين']
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('crossing-closed');
	});
	it('near miss: a suspension of anything but a crossing', () => {
		expect(typeOf('علّقت الوزارة الدوام الرسمي في المدارس بسبب البرد')).toBeNull();
	});
});

describe('a reopening told with an object pronoun', () => {
	it.each([['وكانت السلطات قد أعادت فتحه أمام الشاحنات بعد المعبر الأسبوع الماضي'], ['أعادت إدارة المنفذ فتحها أمام المسافرين'], ['وأعادت الهيئة تشغيله أمام حركة البضائع عبر المعبر']])('«%s»', (text) => {
		expect(typeOf(text)).toBe('crossing-reopened');
	});
	it('near miss: «أعادت فتحه» of a school', () => {
		expect(typeOf('أعادت مديرية التربية فتحها بعد الترميم')).not.toBe('crossing-reopened');
	});
});

describe('bodies found, counted in the dual or the broken plural', () => {
	it.each([['عُثر على جثتي مزارعين قرب القرية'], ['وعثر الأهالي على جثتين لشابين في بستان'], ['انتُشلت جثامين ثلاثة رعاة من بئر مهجورة']])('«%s»', (text) => {
		expect(typeOf(text)).toBe('attack-on-civilians');
	});
	it('near miss: bodies of fighters are a fight, not an attack on civilians', () => {
		expect(typeOf('عُثر على جثتي عنصرين من التنظيم قرب الساتر')).not.toBe('attack-on-civilians');
	});
});

describe('an agreement signed with the signatories between verb and text', () => {
	it.each([['وقّع وزيرا الدفاع في البلدين بعمّان مذكرة تفاهم أمنية'], ['ووقّعت الحكومتان أمس اتفاقية لتنظيم المعابر'], ['وقّع محافظ الأنبار ونظيره السوري بروتوكول تعاون حدودي']])('«%s»', (text) => {
		expect(typeOf(text)).toBe('agreement');
	});
	it('near miss: «وقع» (occurred) with no text signed', () => {
		expect(typeOf('وقع الانفجار قرب مقر الفوج')).not.toBe('agreement');
	});
});

describe('a drone downed with drugs aboard is a seizure, not a strike', () => {
	it.each([['أسقط حرس الحدود طائرة مسيّرة محمّلة بكمية من الحشيش قرب الساتر'], ['وكانت القوات قد أسقطت، فجر الجمعة، مسيّرة تحمل ثلاثة كيلوغرامات من الكريستال'], ['وأسقط الجيش مسيرتين محملتين بحبوب الكبتاغون على الحدود']])('«%s»', (text) => {
		expect(typeOf(text)).toBe('drug-seizure');
	});
	it('near misses: a downed drone with no load, a drone that struck', () => {
		expect(typeOf('أسقطت الدفاعات الجوية طائرة مسيّرة فوق القاعدة')).not.toBe('drug-seizure');
		expect(typeOf('استهدفت طائرة مسيّرة سيارة تقل مهربي مخدرات قرب الحدود')).toBe('drone-strike');
	});
});
