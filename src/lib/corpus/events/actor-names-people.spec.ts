/**
 * Civilians by who they are and what they do, and ordinary words that only look like such names.
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';

const ids = (text: string) => findActors(text, 0, text.length, 'IQ').map((a) => a.id);

describe('civilians', () => {
	it.each([
		['انفجر لغم بمجموعة من جامعي الكمأة في بادية النخيب'],
		['قتل فلاح برصاص قناص'],
		['استهدف القصف خيام النازحين'],
		['خطف مسلحون طبيباً على الطريق الدولي'],
		['قتل ثلاثة من عائلة واحدة'],
		['أصيبت فتاة وصبي بشظايا'],
		['اغتيل شيخ عشيرة في الشحيل'],
		['أصيب صحفيان وموظفون في البلدية']
	])('«%s» names civilians', (text) => expect(ids(text)).toContain('civilians'));

	it('does not read the words that only look like victims\' names', () => {
		// «طالب» is "demanded", «صحفي» "press", «إعلامي» "media", «عامل» "a factor".
		expect(ids('طالب المجلس بفتح تحقيق')).toEqual([]);
		expect(ids('قال في مؤتمر صحفي إن العامل الأمني حاسم')).toEqual([]);
		expect(ids('نشر المكتب الإعلامي صوراً')).toEqual([]);
	});
});
