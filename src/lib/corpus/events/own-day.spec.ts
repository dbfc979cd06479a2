import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { eventWhen } from './event-when';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

// 2025-01-15 is a Wednesday.
const D = '2025-01-15';
const whole = (s: string) => ({ start: 0, end: s.length, text: s });
const dated = (text: string) => draftIncidents({ id: 'ev-own-day', text, date: D }, GEO).map((d) => `${d.type} ${d.date.from}`);
const LEAD = 'انفجرت عبوة ناسفة، مساء الأحد، بدورية للجيش في محافظة الأنبار، ما أدى إلى مقتل جندي.\n\n';

// A clause that counts days from the event told before («بعد يومين على الهجوم», «بعد يوم واحد من», «في اليوم التالي»)
// and names a day of its own: the named day is the clause's event's (when.ts eventWhen ranks it first).
describe('a day the clause names wins over one counted from the event before', () => {
	it.each([
		['بعد يومين على الهجوم، خرج العشرات من الأهالي اليوم الأربعاء في وقفة احتجاجية', 'اليوم الأربعاء'],
		['وتأتي الحادثة بعد يوم واحد من دفع القيادة، يوم الثلاثاء، بتعزيزات إلى الحدود', 'يوم الثلاثاء'],
		['وفي اليوم التالي، مساء الاثنين، اعتقلت الشرطة ثلاثة مشتبه بهم', 'مساء الاثنين'],
		['وبعد ذلك بأيام، فجر اليوم، داهمت قوة من الجيش قرية', 'فجر اليوم']
	])('%s → «%s»', (s, day) => expect(eventWhen(s, D, whole(s), s.length / 2)?.evidence.text).toBe(day));
	it('with no day of its own, the count from the event before stands', () => {
		const s = 'بعد يومين على الهجوم، خرج العشرات من الأهالي في وقفة احتجاجية';
		expect(eventWhen(s, D, whole(s), 30)?.role).toBe('next');
	});
	it('the protest is dated by its own «اليوم الأربعاء», not two days after the Sunday blast', () => {
		expect(dated(LEAD + 'وبعد يومين على الهجوم، خرج العشرات من أهالي الجنود اليوم الأربعاء في وقفة احتجاجية وسط محافظة الأنبار.')).toContain('protest 2025-01-15');
	});
	it('the fronted count is no event of the clause, nor is its relative clause: the protest is a protest', () => {
		expect(dated(LEAD + 'بعد يومين على الهجوم الذي استهدف دورية للجيش على طريق الأنبار، خرج العشرات من أهالي الجنود اليوم الأربعاء في وقفة احتجاجية وسط محافظة الأنبار.')).toContain('protest 2025-01-15');
		expect(dated(LEAD + 'وبعد ساعات من التفجير، داهمت قوة من الجيش قرية في محافظة الأنبار واعتقلت ثلاثة مشتبه بهم.').map((x) => x.split(' ')[0])).toContain('arrest');
	});
	it('a count with no comma after it is the toll of the event it names, kept', () => {
		expect(dated('بعد يومين على الهجوم قتل ثلاثة جنود في محافظة الأنبار.').map((x) => x.split(' ')[0])).not.toContain('arrest');
	});
	it('the date the source spoke still comes last: «في اليوم التالي … بحسب ما أفاد مصدر اليوم»', () => {
		expect(dated(LEAD + 'وفي اليوم التالي، اعتقلت الشرطة ثلاثة مشتبه بهم في محافظة الأنبار، بحسب ما أفاد مصدر أمني اليوم الأربعاء.')).toContain('arrest 2025-01-13');
	});
});
