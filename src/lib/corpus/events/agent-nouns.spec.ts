/** A patrol as the agent of a passive is not a patrol event. Sentences written for this file. */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('a patrol that did the act', () => {
	it.each([
		['بعد رصدهما من قبل دورية استطلاع تابعة للفوج'],
		['وتم اكتشاف النفق بواسطة دورية هندسية قرب الساتر'],
		['وجرى توقيفه على يد دورية من الشرطة العسكرية']
	])('%s → not a patrol', (s) => expect(typeOf(s)).not.toBe('patrol'));
	it('a patrol run is still a patrol', () => {
		expect(typeOf('سيّرت القوات الأمريكية دورية في محيط حقل العمر النفطي أمس')).toBe('patrol');
		expect(typeOf('نفذت قوة من حرس الحدود دورية مشتركة على الشريط الحدودي')).toBe('patrol');
	});
});
