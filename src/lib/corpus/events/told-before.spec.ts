import { describe, expect, it } from 'vitest';
import { findWhens } from './when';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

// 2025-01-15 is a Wednesday.
const D = '2025-01-15';
const first = (text: string) => findWhens(text, D)[0];

describe('a day counted from the event told before', () => {
	it.each([
		['وبعد ذلك بثلاثة أيام، أُصيب', 3],
		['وبعدها بيومين اعتُقل', 2],
		['بعد أسبوع من ذلك عُثر', 7],
		['وقبل ذلك بيوم قُتل', -1],
		['وبعد يومين، اعتقلت القوات', 2],
		['بعد خمسة أيام من الهجوم', 5],
		['وفي اليوم التالي', 1]
	])('«%s» is %i days from it', (text, n) => {
		expect(first(text)).toMatchObject({ role: 'next', after: n });
	});
	it('hours after it are its day', () => {
		expect(first('وبعد ساعات من الهجوم، اعتقلت')).toMatchObject({ role: 'same' });
	});
	it('«قبل يومين» alone counts back from the article, not from the event before', () => {
		expect(first('قبل يومين')).toMatchObject({ role: 'event', from: '2025-01-13' });
	});
	it('a chronicle dates its second event three days after its first', () => {
		const text = 'ففي العاشر من الشهر الجاري، قُتل شاب بانفجار لغم أرضي في بلدة القائم. وبعد ذلك بثلاثة أيام، قُتل راعٍ بانفجار لغم أرضي قرب البوكمال.';
		const ds = draftIncidents({ id: 'c1', text, date: D }, GEO);
		expect(ds.map((d) => d.date.from)).toEqual(['2025-01-10', '2025-01-13']);
	});
	it('with no event told before, the count dates nothing', () => {
		const [d] = draftIncidents({ id: 'c2', text: 'وبعد ذلك بيومين، انفجر لغم أرضي بسيارة مدنية قرب البوكمال.', date: D }, GEO);
		expect(d?.date.value ?? null).toBeNull();
	});
});

describe('a day of the month with the article («الـ12»)', () => {
	it.each([
		['ففي الـ12 من الشهر الجاري، قُتل', '2025-01-12'],
		['يوم الـ٣ من الشهر الماضي', '2024-12-03'],
		['بالـ5 من الشهر الجاري', '2025-01-05'],
		['في الـ9 من كانون الثاني', '2025-01-09']
	])('«%s» → %s, not the last digit alone', (text, day) => {
		expect(first(text)).toMatchObject({ from: day, to: day, precision: 'day' });
	});
	it('a number inside another is no day («212 من الشهر» is no 12th)', () => {
		expect(findWhens('سجل 212 من الشهر الجاري', D).filter((w) => w.precision === 'day')).toEqual([]);
	});
});
