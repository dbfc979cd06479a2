import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

// 2025-02-17 is a Monday; the round-ups cover the week 9–15 February.
const D = '2025-02-17';
const days = (text: string) => draftIncidents({ id: 'r1', text, date: D }, GEO).map((d) => d.date.from);

describe('a round-up item under a day on a line of its own', () => {
	it('takes the weekday of the heading week', () => {
		const text = 'حصاد الأسبوع\n\n(9 – 15 شباط 2025)\n\nالثلاثاء\nاعتقلت قوة أمنية ثلاثة مطلوبين في مدينة القائم.\n\nالجمعة\nانفجرت عبوة ناسفة بسيارة مدنية قرب البوكمال، ما أدى إلى مقتل سائقها.';
		expect(days(text)).toEqual(['2025-02-11', '2025-02-14']);
	});
	it('with a colon, a bullet or «يوم», and with no heading week: the last such day before the article', () => {
		const text = 'أبرز الأحداث\n\n- يوم السبت:\nقُتل راعٍ بانفجار لغم أرضي قرب البوكمال.';
		expect(days(text)).toEqual(['2025-02-15']);
	});
	it('a date written out on the label line is its day', () => {
		const text = 'نشرة أمنية\n\nالأربعاء 12 شباط\nضبطت قوات الحدود شحنة مخدرات في منفذ القائم.';
		expect(days(text)).toEqual(['2025-02-12']);
	});
	it('an item with a day of its own keeps it', () => {
		const text = 'حصاد الأسبوع\n\nالخميس\nوكانت القوات قد اعتقلت مساء الأحد الماضي مطلوباً في مدينة القائم.';
		expect(days(text)).toEqual(['2025-02-16']);
	});
	it('a heading that is no day («ملاحظات:») ends the label above it', () => {
		const text = 'حصاد الأسبوع\n\n(9 – 15 شباط 2025)\n\nالثلاثاء\nاعتقلت قوة أمنية ثلاثة مطلوبين في مدينة القائم.\n\nملاحظات:\nاعتقلت قوة أمنية مطلوباً آخر في مدينة القائم.';
		expect(days(text)[1]).not.toBe('2025-02-11');
	});
	it('a short headline with a day in it is no label', () => {
		const text = 'اعتقال مطلوبين أمس\n\nاعتقلت قوة أمنية ثلاثة مطلوبين في مدينة القائم.';
		expect(days(text)).not.toContain('2025-02-16');
	});
});
