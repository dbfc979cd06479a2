/** A count since the start of the year or month is a statistic, in speech as in print. Sentences written for this file. */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('a count since the start of the year, without «منذ»', () => {
	it.each([
		['من بداية السنة ضبطنا أكثر من 40 شحنة بين مخدرات ودخان وسلاح'],
		['ومن أول السنة اعتقلت الدوريات أكثر من مئة مطلوب في المنطقة'],
		['قُتل من مطلع العام ستة رعاة بانفجار ألغام في البادية']
	])('%s → no event', (s) => expect(typeOf(s)).toBeNull());
	it('an arrest of the day beside such a count is still told', () => {
		expect(typeOf('اعتقلت الدورية أمس ثلاثة مطلوبين من أصل أربعين اعتقلوا من بداية العام')).toBe('arrest');
	});
});
