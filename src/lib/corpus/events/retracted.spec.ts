/** retracted.ts: a report its sentence takes back is no event. Invented sentences. */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const types = (text: string) => draftIncidents({ id: 't1', text, date: '2025-01-15' }, GEO).map((d) => d.type);

describe('a report taken back in its sentence', () => {
	it.each([
		'تناقلت حسابات على مواقع التواصل أنباء عن مقتل راعٍ بانفجار لغم قرب البوكمال مساء أمس، قبل أن يتبين أن الخبر غير صحيح.',
		'انتشرت يوم الاثنين أخبار عن اختطاف سائق شاحنة قرب القائم، ليتضح لاحقاً أنها مفبركة.',
		'تحدثت صفحات محلية أمس عن هجوم على حاجز قرب الرطبة، ثم تبيّن أنها مجرد شائعات.'
	])('«%s»', (text) => expect(types(text)).toEqual([]));
	it('a report confirmed stays an event', () => {
		expect(types('تناقلت صفحات محلية أنباء عن اختطاف سائق شاحنة قرب القائم مساء أمس، قبل أن تؤكد الشرطة الحادثة.')).toHaveLength(1);
	});
});
