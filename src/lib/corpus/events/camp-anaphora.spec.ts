/**
 * A GeoNames record announced by its place noun takes that noun's kind («مخيم الشيخان» is a camp,
 * «قرية الصفا» a village), so a later «داخل المخيم» / «وسط القرية» refers back to it; and such a
 * back-reference, nearer the event word and more precise than the clause's names, is the place.
 * Invented sentences; the records are test records, not data.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, type Geography } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '$lib/corpus/records';

const rec = (geonameid: number, name: string, ar: string, country: string, lon: number, lat: number, border: number): PlaceRecord => ({
	id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar: [ar], country, admin1_code: '01', admin1: null,
	feature_code: 'P.PPL', population: 8000, lon, lat, border_distance_km: border
});
const GEO: Geography = {
	...TEST_GEOGRAPHY,
	records: [...(TEST_GEOGRAPHY.records ?? []), rec(11, 'Ash Shaykhan', 'الشيخان', 'SY', 41.2, 36.3, 20), rec(12, 'As Safa', 'الصفا', 'SY', 40.9, 34.6, 25), rec(13, 'Al Bidaa', 'البيداء', 'IQ', 41.1, 34.2, 15)]
};
/** The place of the last sentence of `text` (its clause) for the event word `word`, with the whole article's places. */
function placeOfLast(text: string, word: string) {
	const start = text.lastIndexOf('. ') + 2;
	const places = findPlaces('t', text, GEO);
	const at = text.indexOf(word, start);
	return eventPlace(text, { start, end: text.length, text: text.slice(start) }, places, [], null, at);
}
const idOf = (e: ReturnType<typeof placeOfLast>) => (e ? (e.place.id ?? `geonames:${e.place.geonameid}`) : null);

describe('a place noun refers back to the GeoNames record it announced', () => {
	it.each([
		['وصلت قافلة مساعدات إلى مخيم الشيخان الحدودي. نظم عشرات من سكانه وقفة احتجاجية داخل المخيم مطالبين بالعودة إلى بيوتهم في دير الزور.', 'وقفة', 'geonames:11', 1],
		['نُقلت عائلات نازحة إلى مخيم البيداء غربي القائم. اندلع حريق داخل المخيم أتى على خيام عدة، وأُسعف المصابون إلى مشفى القائم.', 'حريق', 'geonames:13', 1],
		['دخلت دورية إلى قرية الصفا صباح أمس. انفجرت عبوة ناسفة وسط القرية، وفرّ المهاجمون باتجاه البوكمال.', 'عبوة', 'geonames:12', 1]
	])('«%s» (%s) → %s', (text, word, id, p) => {
		const e = placeOfLast(text, word);
		expect(idOf(e)).toBe(id);
		expect(e!.geo_precision).toBe(p);
		expect(e!.reasons.join(' ')).toMatch(/refers back/);
	});

	it('near miss: a name of the clause nearer the event word, or as precise, stays the place', () => {
		expect(idOf(placeOfLast('نزحت عائلات إلى مخيم الشيخان. سقطت قذيفة في القائم قرب المخيم مساء أمس.', 'قذيفة'))).toBe('al-qaim');
		expect(idOf(placeOfLast('وصلت عائلات إلى مخيم الشيخان. انفجرت عبوة في البوكمال، ثم تظاهر أهالٍ داخل المخيم.', 'عبوة'))).toBe('albu-kamal');
	});

	it.each([
		['دخلت دورية إلى قرية الصفا جنوب البوكمال. انفجرت عبوة ناسفة وسط القرية، وفرّ المهاجمون باتجاه البوكمال.', 'عبوة'],
		['اندلعت اشتباكات في بلدة الصفا بريف دير الزور الشرقي. هاجم المسلحون حاجزاً عند مدخل البلدة الشمالي.', 'هاجم'],
		['اندلعت اشتباكات في بلدة الصفا، بحسب ما أفاد مراسل دير الزور 24. هاجم المسلحون حاجزاً عند مدخل البلدة.', 'هاجم'],
		// An official's title names the town the noun refers to: it is no reporter's seat.
		['انفجرت عبوة في البوكمال. اغتال مسلحون عضواً في المجلس المحلي لبلدة الصفا أمام منزله وسط البلدة.', 'اغتال']
	])('refers to the town, not the place named to locate it nor a reporter’s seat: «%s»', (text, word) => {
		expect(idOf(placeOfLast(text, word))).toBe('geonames:12');
	});

	it('near miss: a camp introduced later by a name no record knows is the one meant, not the earlier camp', () => {
		const text = 'وصلت قافلة إلى مخيم الشيخان. وفي مخيم النور للنازحين قرب القائم، أحرق غاضبون خيمة إدارة المخيم مساء أمس.';
		expect(idOf(placeOfLast(text, 'أحرق'))).toBe('al-qaim');
	});

	it('near miss: a record announced as a town is no camp for «داخل المخيم»', () => {
		const e = placeOfLast('وصلت دورية إلى بلدة الشيخان. اندلع حريق داخل المخيم صباح اليوم.', 'حريق');
		expect(idOf(e)).not.toBe('geonames:11');
	});
});

describe('a place noun that owns the people or the school named before it is no back-reference', () => {
	// A crowd of its people in a clause that names no place («وتجمّع عشرات من أبناء القرية أمام مبنى المجلس») is placed
	// at their town, marked as only where they are from (people-of-place.spec.ts; blind28 gold codes it so).
	it.each([
		['دخلت دورية إلى قرية الصفا صباح أمس. اغتال مسلحون مجهولون مساء السبت مدرّساً في مدرسة القرية أمام منزله.', 'اغتال'],
		['وصلت قافلة إلى مخيم البيداء غربي القائم. وقُتل مختار القرية برصاص ملثمين أمام منزله.', 'وقُتل']
	])('«%s» (%s) → no place referred back to', (text, word) => {
		const e = placeOfLast(text, word);
		expect(e?.reasons.join(' ') ?? '').not.toMatch(/refers back/);
	});
	it('the place itself named by its noun still refers back', () => {
		const e = placeOfLast('دخلت دورية إلى قرية الصفا صباح أمس. انفجرت عبوة ناسفة وسط القرية قرب المدرسة.', 'عبوة');
		expect(idOf(e)).toBe('geonames:12');
	});
});
