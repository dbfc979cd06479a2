/**
 * about.ts: a clause that speaks about an event named back in a relative clause (its toll, circumstances, victims, a
 * condemnation) is the article's telling of that event, before or after it. Invented texts (none from the splits).
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

// 2025-01-15 is a Wednesday.
const draft = (text: string) => draftIncidents({ id: 't1', text, date: '2025-01-15' }, GEO);

describe('the toll, the circumstances or a condemnation of «الـX الذي …» is the event told elsewhere', () => {
	it.each([
		'أعلن مصدر في الشرطة، اليوم الأربعاء، حصيلة نهائية للهجوم الذي استهدف حاجزاً للجيش قرب الرطبة. وقال المصدر إن عبوة ناسفة انفجرت مساء الاثنين بعجلة للجيش قرب الرطبة ما أدى إلى مقتل جنديين.',
		'ما تزال تفاصيل الغارة التي ضربت موقعاً للفصائل قرب القائم فجر الاثنين غير واضحة. وقالت مصادر محلية إن ضربة بطائرة مسيّرة طالت الموقع وأسفرت عن مقتل ثلاثة مسلحين.',
		'قصف مسلحون بقذائف الهاون نقطة للحشد قرب البعاج مساء أمس، ما أدى إلى إصابة منتسبين. وأدانت قيادة العمليات، اليوم، الاعتداء الذي استهدف النقطة قرب البعاج.'
	])('«%s»', (text) => expect(draft(text)).toHaveLength(1));
	it('the event keeps its own day and takes the lead’s when it has none', () => {
		const ds = draft('لا تزال ملابسات الضربة التي استهدفت موقعاً للفصائل قرب القائم فجر الاثنين غامضة. وبحسب مصادر طبية، فإن ضربة بطائرة مسيّرة طالت الموقع وقتلت مسلحين.');
		expect(ds.map((d) => [d.type, d.date.from])).toEqual([['drone-strike', '2025-01-13']]);
	});
	it('with nothing else told, the clause is the event', () => {
		expect(draft('كشف مصدر أمني، اليوم الأربعاء، عن حصيلة محدّثة للتفجير الذي استهدف عجلة عسكرية قرب الرطبة مساء الاثنين، بلغت ثلاثة قتلى.')).toHaveLength(1);
	});
	it('an attack told with no relative clause stays its own, beside another', () => {
		expect(draft('هاجم مسلحون حاجزاً للجيش قرب الرطبة فجر الاثنين وقتلوا جندياً. وفي حادث منفصل، انفجرت عبوة ناسفة بعجلة للحشد قرب البعاج مساء أمس.')).toHaveLength(2);
	});
});
