/**
 * A clause that turns to another incident («وفي سياق متصل», «وفي حادث آخر», «من جهة أخرى») is its own draft, not the
 * event told before it again (another.ts, readings.ts). Sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { ANOTHER } from './another';
import { norm } from '$lib/arabic/normalize';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const D = '2025-01-15';
const count = (text: string, type: string) => draftIncidents({ id: 'a', text, date: D }, GEO).filter((d) => d.type === type).length;

describe('a clause that turns to another incident', () => {
	it.each([
		['ضبطت قوات الحدود، اليوم، شاحنة محملة بالسجائر المهربة قرب القائم. وفي سياق متصل، أعلنت القيادة، اليوم، ضبط 900 كرتونة من السجائر المهربة في البادية.', 'smuggling-interdiction'],
		['اعتقلت الشرطة، مساء أمس، مطلوباً بتهمة الإرهاب في القائم. وفي حادث آخر، ألقت مفرزة، مساء أمس، القبض على متهم بالسرقة.', 'arrest'],
		['انفجرت عبوة ناسفة، صباح اليوم، بسيارة مدنية في البوكمال. من جهة أخرى، انفجرت عبوة ناسفة، صباح اليوم، قرب دورية عسكرية.', 'ied']
	])('%s', (text, type) => expect(count(text, type)).toBe(2));

	it('the same event told again without the turn stays one draft', () => {
		const text = 'ضبطت قوات الحدود، اليوم، شاحنة محملة بالسجائر المهربة قرب القائم. وأعلنت القيادة، اليوم، ضبط 900 كرتونة من السجائر المهربة كانت في الشاحنة.';
		expect(count(text, 'smuggling-interdiction')).toBe(1);
	});
	it('a lead that lists both incidents with «فيما» is still summed up by the one told «في حادث آخر»', () => {
		const text = 'ضبطت الشرطة، اليوم، شاحنة محملة بالسجائر المهربة قرب الرطبة، فيما أصيب مختار بانفجار عبوة ناسفة في القائم. وذكر المصدر أن الشاحنة كانت متجهة إلى الرمادي. وفي حادث آخر، قال المصدر إن عبوة ناسفة انفجرت فجر اليوم أمام منزل المختار في القائم.';
		expect(count(text, 'ied')).toBe(1);
	});
	it.each([['وفي سياق الحادثة، قال المصدر'], ['وفي سياق حديثه عن الاشتباك'], ['وعلى صعيد الخسائر']])('«%s» turns to nothing new', (s) => expect(ANOTHER.test(norm(s))).toBe(false));
});
