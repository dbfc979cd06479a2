import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('«تفجير» after a tool or material names a thing seized, not a blast', () => {
	it.each([
		'داهمت دورية مستودعاً وضبطت بداخله كمية من الأسلحة الخفيفة والمتوسطة وقذائف وصواعق تفجير',
		'ضبطت القوات مخزناً فيه بنادق ومسدسات وأدوات تفجير',
		'عثرت قوة على مخبأ يحوي رشاشات وذخائر وأجهزة تفجير عن بعد',
		'صادرت الشرطة بنادق كلاشنكوف ومواد التفجير من المنزل'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('weapons-seizure');
	});
	it('a blast named by its act stays one', () => {
		expect(typeOf('أسفرت عملية تفجير سيارة مفخخة عن مقتل ثلاثة مدنيين')).not.toBe('weapons-seizure');
		expect(typeOf('قُتل جندي بتفجير عبوة ناسفة استهدف دورية للجيش')).toBe('ied');
		expect(typeOf('أحبطت القوات محاولة تفجير عبوة ناسفة على الطريق الدولي')).not.toBe('weapons-seizure');
	});
});
