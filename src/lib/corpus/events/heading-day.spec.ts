import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { findWhens } from './when';
import { headingDay } from './heading-day';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const dates = (text: string, date: string) => draftIncidents({ id: 'ev-heading-day', text, date }, GEO).map((d) => `${d.type} ${d.date.from}/${d.date.to}`);

// A one-day round-up, published the day after: its undated items are the heading's day (heading-day.ts).
describe('an item of a one-day round-up is dated by the heading’s day', () => {
	it.each([
		['الحصاد الأمني ليوم الأحد 19 نيسان 2026\nمتابعة\n\n• كركوك: قُتل مزارع برصاص مسلحين مجهولين داخل بستانه في قرية تابعة لقضاء كركوك.'],
		['أبرز الأحداث الأمنية\n\nرصدت الوكالة أبرز الأحداث الأمنية التي شهدتها المحافظات يوم الأحد 19 نيسان 2026، وجاءت على النحو الآتي:\n\n• كركوك: قُتل مزارع برصاص مسلحين مجهولين في قرية تابعة لقضاء كركوك.'],
		['موجز أمني\n\nتستعرض الشبكة أبرز المستجدات الأمنية خلال يوم 19 نيسان 2026:\n\n- كركوك: قُتل مزارع برصاص مسلحين مجهولين في قرية تابعة لقضاء كركوك.']
	])('%s', (text) => expect(dates(text, '2026-04-20')).toEqual(['attack-on-civilians 2026-04-19/2026-04-19']));
	it('an item with a date of its own keeps it', () => {
		expect(dates('الحصاد الأمني ليوم الأحد 19 نيسان 2026\n\n• الأنبار: اعتقلت قوة من الجيش مساء الجمعة مطلوباً في محافظة الأنبار.', '2026-04-20')).toEqual(['arrest 2026-04-17/2026-04-17']);
	});
	it.each([
		['a news report that names a day in its lead', 'قُتل مزارع برصاص مسلحين يوم الأحد 19 نيسان 2026 في قرية تابعة لقضاء كركوك، فيما فتحت الشرطة تحقيقاً.'],
		['a round-up headed by a week, not a day', 'الحصاد الأسبوعي من 13 إلى 19 نيسان 2026\n\nقُتل مزارع برصاص مسلحين.']
	])('no heading day: %s', (_, text) => expect(headingDay(text, text.length - 1)).toBeNull());
});

// «▪️ الاثنين: …», «◾ الأربعاء: …»: a round-up's item may open its day label after an emoji bullet (when.ts).
describe('a weekday label after an emoji bullet', () => {
	const WEEK = 'الحصاد الأسبوعي في الأنبار خلال الأسبوع الممتد من الاثنين 3 إلى الأحد 9 تشرين الثاني 2025.\n\n';
	it.each([
		['▪️ الاثنين: أحبطت قطعات الحدود محاولة تهريب قطيع من الأغنام.', 'الاثنين', '2025-11-03'],
		['◾ الأربعاء: ضبطت الشرطة ثلاثين ألف حبة كبتاغون.', 'الأربعاء', '2025-11-05'],
		['🔹 الاثنين: اعتقلت الشرطة مطلوباً.', 'الاثنين', '2025-11-03']
	])('%s', (item, words, day) => expect(findWhens(WEEK + item, '2025-11-10').map((w) => [w.evidence.text, w.from])).toContainEqual([words, day]));
	it('«الاثنين» after a bullet with no colon is still «the two»', () => {
		expect(findWhens('▪️ الاثنين معاً قُتلا في الهجوم.', '2025-11-10')).toEqual([]);
	});
});
