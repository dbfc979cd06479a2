/**
 * A place in a speech frame («قالت قيادة … في دير الزور إن …») is where the speaker sits; the place the
 * reported content names is the event's (speech-frame.ts). Invented sentences, test geography.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const placeOf = (text: string) => {
	const e = eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null);
	return e && (e.place.id ?? `geonames:${e.place.geonameid}`);
};

describe('the content\'s place over the speaker\'s seat', () => {
	it.each([
		['قالت قيادة الشرطة في دير الزور إن دورية اعتقلت مطلوبَين قرب البوكمال فجر اليوم', 'albu-kamal'],
		['وأفادت مصادر محلية في دير الزور بأن مسلحين اغتالوا مختاراً في الميادين', 'geonames:173480'],
		['أعلنت مديرية الأمن في البوكمال أنها ضبطت شحنة أسلحة على أطراف القائم', 'al-qaim'],
		['وذكر مسؤولون في القائم أن قذيفتين سقطتا على حي سكني في البوكمال', 'albu-kamal']
	])('«%s» → %s', (text, id) => {
		expect(placeOf(text)).toBe(id);
	});
});

describe('the frame\'s place kept', () => {
	it.each([
		// The content names no place: the seat is all the clause gives.
		['قالت قيادة الشرطة في دير الزور إن دورية اعتقلت مطلوبَين فجر اليوم', 'deir-ez-zor'],
		// Not a frame: the arrest itself was in Albu Kamal, and the place after the complementiser is where the men came from.
		['اعتقلت القوات في البوكمال ثلاثة رجال قالت إنهم قدموا من القائم', 'albu-kamal']
	])('«%s» → %s', (text, id) => {
		expect(placeOf(text)).toBe(id);
	});
});
