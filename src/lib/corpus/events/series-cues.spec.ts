import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('a period that counts a series or dates a demand leaves the event standing', () => {
	it.each([
		['غادرت قافلة تضم 60 عائلة مخيم الهول، في الدفعة الرابعة من نوعها منذ مطلع العام', 'repatriation'],
		['قُتل عنصران بضربة مسيّرة تركية قرب القامشلي، في ثالث استهداف من نوعه منذ بداية الشهر', 'drone-strike'],
		['تظاهر المئات أمام مبنى المحافظة مطالبين بالكشف عن مصير أبنائهم المغيبين منذ سنوات', 'protest'],
		['نظّم ذوو المعتقلين وقفة احتجاجية للمطالبة بإطلاق سراح أبنائهم المعتقلين منذ عام 2019', 'protest']
	])('«%s»', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('a period after an event word with no series nor demand still makes it background', () => {
		expect(typeOf('شهدت المنطقة هجمات بعبوات ناسفة خلال السنوات الماضية')).toBeNull();
	});
});
