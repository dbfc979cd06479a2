/**
 * «في اليوم نفسه» after a date in its own clause points at that date, not at the event told before the clause
 * (extract.ts: the clause's own date is read before what «نفسه» points at). Sentences written for this spec;
 * 2025-01-15 is a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const D = '2025-01-15';
const dateOf = (text: string, type: string) => draftIncidents({ id: 's', text, date: D }, GEO).find((d) => d.type === type)?.date.from ?? null;

describe('«اليوم نفسه» after a date of its own clause', () => {
	it.each([
		['وصل الوفد إلى البوكمال يوم الاثنين الماضي. وكانت القوات قد أغلقت المعبر في الثالث من كانون الثاني، بعد هجوم بقذائف الهاون استهدف في اليوم نفسه محيط القائم.', 'shelling', '2025-01-03'],
		['دخلت تعزيزات إلى القائم أمس. وكانت السلطات قد أغلقت معبر البوكمال في السابع من الشهر الجاري إثر سقوط قذائف في اليوم ذاته على ساحة المعبر.', 'shelling', '2025-01-07'],
		['اجتمع المحافظ بالأهالي صباح اليوم. وكانت عبوة ناسفة قد انفجرت بدورية للجيش في العاشر من كانون الثاني قرب القائم، واعتُقل في اليوم نفسه مشتبه به.', 'ied', '2025-01-10']
	])('%s', (text, type, day) => expect(dateOf(text, type) ?? dateOf(text, 'arrest')).toBe(day));

	it('with no date of its own, «اليوم نفسه» still points at the event told before', () => {
		const text = 'قُتل جندي بانفجار لغم أرضي قرب القائم في الثالث من كانون الثاني. وفي اليوم نفسه سقطت قذائف هاون على محيط البوكمال.';
		expect(dateOf(text, 'shelling')).toBe('2025-01-03');
	});
});
