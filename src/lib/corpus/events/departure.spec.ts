/**
 * The date nearest the event must win over other dates in its clause: a repatriation's day is the day the families
 * leave the camp (not the day they arrive), a date inside what a source said («قال إن … يوم الثلاثاء») is the event's
 * and not the telling's, and «بالتزامن مع ذلك» is the day of the event told before. Every sentence is written for this
 * file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { findWhens } from './when';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafts = (text: string, date = '2026-03-20') => draftIncidents({ id: 't', text, date }, GEO).map((x) => [x.type, x.date.from]);

describe('a repatriation is dated by its leaving', () => {
	it('in whatever order the clause tells leaving and arriving', () => {
		expect(drafts('وصلت صباح اليوم إلى مخيم الجدعة حافلات تقل 60 عائلة عراقية كانت قد خرجت من مخيم الهول يوم الثلاثاء.')).toEqual([['repatriation', '2026-03-17']]);
		expect(drafts('غادرت 35 عائلة سورية مخيم الهول مساء الأحد، ووصلت فجر اليوم إلى منازلها في ريف الرقة.')).toEqual([['repatriation', '2026-03-15']]);
		expect(drafts('استقبلت مدينة الرقة أمس 40 عائلة يغادرون مخيم الهول منذ الأربعاء.').map((x) => x[0])).toEqual(['repatriation']);
	});
	it('near miss: another event with two dates keeps the date nearest its own word', () => {
		expect(drafts('اعتقلت القوات الأمنية يوم الثلاثاء ثلاثة مطلوبين خرجوا من سجن الحسكة الأحد الماضي.').find((x) => x[0] === 'arrest')?.[1]).toBe('2026-03-17');
	});
});

describe('a date after «أن / إن» is inside what was said', () => {
	it('the event’s, not the day the source spoke', () => {
		expect(findWhens('قال المصدر، اليوم الجمعة، إن الجيش اعتقل يوم الأربعاء ثلاثة مطلوبين', '2026-03-20').map((w) => w.role)).toEqual(['report', 'event']);
		expect(findWhens('ذكرت الوكالة أن 50 عائلة غادرت المخيم يوم الاثنين', '2026-03-20').map((w) => w.role)).toEqual(['event']);
		expect(drafts('نقلت وكالة الأنباء، اليوم الجمعة، عن مصدر قوله إن 70 عائلة عراقية غادرت مخيم الهول يوم الثلاثاء.')).toEqual([['repatriation', '2026-03-17']]);
	});
	it('near miss: a date right after the reporting verb is still the telling’s', () => {
		expect(findWhens('أعلنت وزارة الداخلية، اليوم الجمعة، أن قواتها اعتقلت ثلاثة مطلوبين', '2026-03-20').map((w) => w.role)).toEqual(['report']);
	});
});

describe('«بالتزامن مع ذلك», «تزامناً مع الهجوم»: the day of the event told before', () => {
	it('dates a clause that names no day of its own', () => {
		expect(drafts('هاجم مسلحون نقطة للجيش قرب القائم مساء الأحد. وبالتزامن مع ذلك، دفعت قيادة العمليات بتعزيزات عسكرية إلى الحدود.').map((x) => x[1])).toEqual(['2026-03-15', '2026-03-15']);
		expect(drafts('انفجرت عبوة ناسفة بدورية للجيش قرب حديثة يوم 3 آذار. وتزامناً مع ذلك، أغلقت السلطات منفذ القائم أمام الشاحنات.')).toEqual([
			['ied', '2026-03-03'],
			['crossing-closed', '2026-03-03']
		]);
	});
});
