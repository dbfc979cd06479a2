/**
 * A clause with no day or place of its own that names the event back by a definite noun («العملية», «العبوة»), or that
 * searches the site after it, tells an event already told (told.ts): one draft, not two. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafts = (text: string) => draftIncidents({ id: 't', text, date: '2026-03-04' }, GEO);

describe('an event named back by a definite noun is the event told before', () => {
	it.each([
		'نفذت قوة أمنية فجر أمس عملية دهم في قضاء القائم قتلت خلالها ثلاثة مسلحين.\n\nوكان بيان للقيادة قد ذكر أن العملية أسفرت عن قتل ثلاثة إرهابيين والقبض على اثنين.',
		'قُتل مدني بانفجار عبوة ناسفة مساء أمس على طريق في قضاء القائم.\n\nوقال المصدر إن "العبوة كانت مزروعة على جانب الطريق، وانفجرت لحظة مرور السيارة"، مبيناً أن الجريح نُقل إلى مستشفى كركوك.',
		'هاجم مسلحون نقطة للجيش فجر اليوم في قضاء القائم وقتلوا جندياً.\n\nوأضاف المصدر أن الهجوم أسفر أيضاً عن مقتل أحد المهاجمين.'
	])('%s', (text) => expect(drafts(text)).toHaveLength(1));
	it('near miss: an indefinite event with a day and place of its own is another event', () => {
		const text = 'قُتل مدني بانفجار عبوة ناسفة مساء أمس على طريق في قضاء القائم.\n\nوفي دير الزور، انفجرت عبوة ناسفة صباح اليوم بسيارة مدنية.';
		expect(drafts(text)).toHaveLength(2);
	});
});

describe('a search of the site after an event in its sentence is that event', () => {
	it('weapons found while searching the struck site', () => {
		const text = 'دمّرت طائرات القوة الجوية مساء أمس مضافة للتنظيم في قضاء القائم وقتلت أربعة إرهابيين، فيما شرعت قوة برية بتفتيش الموقع وعثرت على أسلحة خفيفة وأحزمة ناسفة.';
		expect(drafts(text).map((d) => d.type)).toEqual(['airstrike']);
	});
});
