/**
 * A day pointed back at («في ذلك اليوم», «في تلك الليلة», «ذات اليوم», «في الثامن عشر من الشهر ذاته») is the date
 * told last before it, even when the clause that told it was not drafted (a closure named as the subject of «لم يكن …
 * حدثاً عابراً», a verdict on an event). Every sentence is written for this file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { findWhens } from './when';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafts = (text: string, date = '2026-03-20') => draftIncidents({ id: 't', text, date }, GEO).map((x) => [x.type, x.date.from]);

describe('«ذلك اليوم», «تلك الليلة», «ذات اليوم»: the day told before', () => {
	it('date an event told after another by that event’s day', () => {
		expect(drafts('انفجرت عبوة ناسفة بدورية للجيش قرب القائم مساء الثلاثاء الماضي. وفي تلك الليلة قصفت طائرة مسيّرة مقراً لفصيل مسلح قرب البوكمال.')).toEqual([
			['ied', '2026-03-17'],
			['drone-strike', '2026-03-17']
		]);
		expect(drafts('اعتقلت قوة أمنية ثلاثة مطلوبين في الرمادي يوم 4 آذار. وذات اليوم أغلقت السلطات منفذ القائم أمام الشاحنات.')).toEqual([
			['arrest', '2026-03-04'],
			['crossing-closed', '2026-03-04']
		]);
	});
	it('also when the date was told in a clause that is not drafted', () => {
		// The clause before names its strike only as the subject of a verdict; the date it gives is still the one pointed at.
		const d = drafts('صار التاسع من آذار الجاري يوماً فاصلاً في حسابات أهالي البلدة؛ ففي ذلك اليوم اعتقلت القوات الأمنية خمسة مطلوبين في البوكمال.');
		expect(d).toEqual([['arrest', '2026-03-09']]);
		const m = drafts('أثار قرار الحكومة في الثالث من شباط الماضي جدلاً واسعاً. وأعادت السلطات فتح معبر البوكمال في العشرين من الشهر ذاته.');
		expect(m.find((x) => x[0] === 'crossing-reopened')?.[1]).toBe('2026-02-20');
	});
	it('near miss: «منذ ذلك اليوم» and «حتى ذلك اليوم» are no day', () => {
		expect(findWhens('ولم يعد الأهالي إلى القرية منذ ذلك اليوم', '2026-03-20').map((w) => w.role)).not.toContain('same');
		expect(findWhens('وبقي المعبر مغلقاً حتى ذلك اليوم', '2026-03-20').map((w) => w.role)).not.toContain('same');
	});
	it('near miss: a report’s date told between is not the day pointed at', () => {
		const d = drafts('قُتل جندي بانفجار عبوة قرب حديثة يوم 2 آذار. وقال مصدر أمني، اليوم الجمعة، إن الجيش اعتقل في اليوم نفسه ثلاثة مشتبهين في المنطقة.');
		expect(d.find((x) => x[0] === 'arrest')?.[1]).toBe('2026-03-02');
	});
});
