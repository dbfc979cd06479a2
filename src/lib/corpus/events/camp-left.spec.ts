/**
 * The place a repatriation left, named as the object of a verb of leaving («غادرت 48 عائلة مخيم الهول»), is its
 * place, as «من مخيم الهول» would be; people named with where they come from («وجهاء عشائر من ريف …») are not
 * the families' origin. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { departed } from './locators';
import { whole } from './clause-testing';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';

const repatriationAt = (text: string) => eventPlace(text, whole(text), findPlaces('t', text, TEST_GEOGRAPHY), [], null, 0, true)?.place.id ?? null;
const at = (text: string, place: string) => ({ start: text.indexOf(place), end: text.indexOf(place) + place.length, text: place });

describe('a repatriation is placed at the camp it left', () => {
	it.each([
		['غادرت 30 عائلة سورية مخيم الهول بالتنسيق مع شيوخ عشائر من ريف دير الزور', 'al-hol'],
		['تغادر القافلة الثالثة مخيم الهول غداً بإشراف وجهاء من البوكمال', 'al-hol'],
		['عادت العائلات بعد مغادرتها مخيم الهول برفقة ممثلين عن عشائر من القائم', 'al-hol'],
		['ويغادر النازحون العراقيون مخيم الهول ضمن رحلة نظمها أعيان من دير الزور', 'al-hol']
	])('«%s» → %s', (text, id) => {
		expect(repatriationAt(text)).toBe(id);
	});

	it('reads no departure across a comma, nor in «من» alone', () => {
		const t1 = 'غادرت العائلات صباحاً، ووصلت إلى البوكمال';
		expect(departed(t1, whole(t1), at(t1, 'البوكمال'))).toBe(false);
		const t2 = 'وصلت قافلة قادمة من مخيم الهول إلى البوكمال';
		expect(departed(t2, whole(t2), at(t2, 'البوكمال'))).toBe(false);
		const t3 = 'غادرت 30 عائلة مخيم الهول';
		expect(departed(t3, whole(t3), at(t3, 'مخيم الهول'))).toBe(true);
	});
});
