/**
 * A clause that names no place but the people of one referred back to («خرج العشرات من أهالي المدينة في وقفة
 * احتجاجية»): the town they are from is where they gathered, as likely as not, and better than no place; it is
 * marked as only where people are from, so a place the sentence names before the clause goes first. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';

/** The place of the clause that begins at `from` (to the end of the text). */
const placeOf = (text: string, from: string) => {
	const start = text.indexOf(from);
	const e = eventPlace(text, { start, end: text.length, text: text.slice(start) }, findPlaces('t', text, TEST_GEOGRAPHY), [], null, start);
	return e && { id: e.place.id ?? e.place.name_en, elsewhere: e.elsewhere ?? false };
};

describe('the people of a town referred back to, in a clause that names no place', () => {
	it.each([
		['اندلعت اشتباكات عند أطراف مدينة البوكمال أمس. واليوم خرج العشرات من أهالي المدينة في وقفة احتجاجية', 'واليوم', 'albu-kamal'],
		['قُتل شاب برصاص مجهولين في دير الزور. وتظاهر سكان المدينة مطالبين بمحاسبة القتلة', 'وتظاهر', 'deir-ez-zor'],
		['سقطت قذيفة على مدينة القائم ليلاً. وفي الصباح أغلق شبان المدينة الطريق العام بالإطارات', 'وفي الصباح', 'al-qaim'],
		['اعتقلت القوات ثلاثة أشخاص في مخيم الهول. ونظمت نساء المخيم وقفة أمام الإدارة', 'ونظمت', 'al-hol'],
		['شيّع الأهالي في البوكمال شاباً قتل أمس. وتجمّع عشرات من أبناء البلدة أمام مبنى المجلس رافعين لافتات', 'وتجمّع', 'albu-kamal']
	])('«%s» → %s', (text, from, id) => {
		expect(placeOf(text, from)).toEqual({ id, elsewhere: true });
	});

	it('never wins over a place the clause names', () => {
		// Near miss: the arrest of the town's sons is placed where the clause says it was.
		expect(placeOf('قُتل شاب في دير الزور. واعتقلت القوات عشرة من أبناء المدينة في البوكمال', 'واعتقلت')).toEqual({ id: 'albu-kamal', elsewhere: false });
	});

	it('gives no place for the town\'s school, mukhtar or council: they locate no crowd', () => {
		expect(placeOf('دخلت دورية إلى مدينة البوكمال صباح أمس. اغتال مسلحون مدرّساً في مدرسة المدينة', 'اغتال')).toBeNull();
		expect(placeOf('وصلت قافلة إلى مدينة القائم. وقُتل وجيه المدينة برصاص ملثمين', 'وقُتل')).toBeNull();
	});

	it('gives no place when no town of that kind was named before', () => {
		expect(placeOf('وقعت اشتباكات عنيفة أمس. واليوم خرج العشرات من أهالي المدينة في وقفة احتجاجية', 'واليوم')).toBeNull();
	});
});
