/**
 * «، وذلك …» dates or places the clause before it: no clause of its own, so that clause takes its day.
 * Sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { clauseSpans } from './classify';
import { eventWhen } from './event-when';

const D = '2026-04-16'; // a Thursday
const texts = (t: string) => clauseSpans(t).map((c) => c.text);

describe('«وذلك» keeps its clause', () => {
	it.each([
		['أعلنت خلية الإعلام الأمني اليوم الخميس ضبط مخزن للأسلحة في قضاء راوة، وذلك مساء الثلاثاء الماضي.', '2026-04-14'],
		['كشفت الشرطة اليوم عن اعتقال مطلوبين اثنين في الرطبة، وذلك يوم الإثنين ١٣ نيسان ٢٠٢٦.', '2026-04-13'],
		['ذكرت مصادر محلية اليوم أن دورية تعرضت لإطلاق نار قرب البوكمال، وذلك فجر أمس.', '2026-04-15']
	])('%s', (text, day) => {
		const cs = clauseSpans(text);
		expect(cs).toHaveLength(1);
		expect(eventWhen(text, D, cs[0], text.indexOf(' ', 20))?.from).toBe(day);
	});
	it('a second dated verb after a comma still opens a clause of its own', () => {
		expect(texts('اعتقلت قوة أمنية صباح الأحد ثلاثة مطلوبين، وانفجرت مساء اليوم نفسه عبوة ناسفة قرب الجسر.')).toHaveLength(2);
	});
});

describe('a long-named source speaks on the day set off after its name', () => {
	const role = (text: string) => eventWhen(text, D, { start: 0, end: text.length, text }, text.indexOf('اليوم'))?.role;
	it.each([
		['أعلنت المديرية العامة لشؤون المخدرات والمؤثرات العقلية في وزارة الداخلية، اليوم الخميس، ضبط شحنة حبوب في الرطبة'],
		['ذكرت قيادة قوات الحدود في المنطقة الأولى بمحافظة الأنبار، اليوم، أن دورية أحبطت محاولة تسلل'],
		['كشف المتحدث باسم قيادة العمليات المشتركة في وزارة الدفاع العراقية، اليوم الخميس، عن اعتقال مطلوب']
	])('%s', (text) => expect(role(text)).toBe('report'));
	it('not a day after what the source said began («أن»)', () => {
		const text = 'قالت مصادر محلية في ريف دير الزور الشرقي إن مسلحين مجهولين هاجموا بالأسلحة الرشاشة، اليوم الخميس، حاجزاً';
		expect(role(text)).toBe('event');
	});
});
