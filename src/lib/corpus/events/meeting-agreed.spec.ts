import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('what a meeting told before it in its clause agreed on is that meeting', () => {
	it.each([
		'أمس الأحد اجتمعنا بالقرية مع وجهاء عشائر المنطقة، واتفقنا على إنو أي غريب لازم ينبلّغ عنه',
		'التقى القائمقام شيوخ العشائر في مضيف البلدة واتفقوا على منع دخول الغرباء',
		'عقدنا اجتماعاً موسعاً مع الأهالي، واتفقنا على تشكيل لجان حراسة ليلية',
		'اجتمع المحافظ بممثلي العشائر أمس واتفقوا على تبادل المعلومات عن الغرباء'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('security-meeting');
	});
	it('an agreement with no meeting told, or a text signed, stays an agreement', () => {
		expect(typeOf('اتفقت العشائر على منع دخول الغرباء إلى القرى')).toBe('agreement');
		expect(typeOf('وقّع الطرفان اتفاقاً لتبادل المعلومات الأمنية')).toBe('agreement');
	});
});
