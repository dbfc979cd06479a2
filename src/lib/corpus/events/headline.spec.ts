/**
 * A headline sums up what the body tells: its event is the body's telling of it, by type, by event word or by the place
 * the headline names, never a second draft; a headline whose event the body does not tell stays a draft of its own.
 * Sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const D = '2025-03-11';
const drafts = (text: string) => draftIncidents({ id: 'a', text, date: D }, GEO);
const headlineOf = (text: string) => text.slice(0, text.indexOf('\n'));
const fromHeadline = (text: string) => drafts(text).filter((d) => d.evidence.end <= headlineOf(text).length);

describe('a headline that sums up the body', () => {
	it.each([
		// Two events in the headline, one typed otherwise there («عبوة تستهدف دورية» read as a patrol): matched by place.
		['600 ألف حبة مخدرة قرب البوكمال وعبوة تستهدف دورية للشرطة في القائم\n\nضبطت قوات الأمن، اليوم، شاحنة محملة بـ600 ألف حبة مخدرة قرب البوكمال.\n\nوفي القائم، انفجرت فجر اليوم عبوة ناسفة بعجلة تابعة للشرطة داخل حي السوق، دون إصابات.', 2],
		['القائم: 400 ألف حبة كبتاغون في شاحنة ودورية تتعرض لعبوة ناسفة في الميادين\n\nضبطت قوات الحدود، اليوم، شاحنة تحمل 400 ألف حبة كبتاغون قرب القائم.\n\nوفي الميادين، انفجرت عبوة ناسفة، صباح اليوم، بدورية للأمن الداخلي دون إصابات.', 2],
		// Same type: the body's telling, as before.
		['اعتقال ثلاثة مطلوبين في الميادين\nاعتقلت قوة أمنية، صباح اليوم، ثلاثة مطلوبين في مدينة الميادين.', 1]
	])('%s', (text, n) => {
		expect(fromHeadline(text)).toEqual([]);
		expect(drafts(text)).toHaveLength(n);
	});
});

describe('a headline the body does not tell stays', () => {
	it('another event at a place the body does not name', () => {
		const text = 'مقتل ثلاثة مدنيين بانفجار عبوة ناسفة في البوكمال\n\nاعتقلت قوة أمنية، صباح اليوم، ثلاثة مطلوبين في مدينة الميادين.';
		expect(drafts(text).map((d) => d.type).sort()).toEqual(['arrest', 'ied']);
	});
});
