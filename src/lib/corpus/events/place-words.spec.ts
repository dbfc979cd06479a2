/**
 * Places weighed against the article's own geography, the words that set a place's precision (a
 * desert, a checkpoint), a building named for an office, a crossing named by its two sides, and a
 * headline's place against the body's. Sentences invented for this file; the GeoNames-like records
 * below are test records (points near the real towns, rounded), not data.
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, type Geography } from './where';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '$lib/corpus/records';

/** A town far from the frontier, of unknown population (0), as many district seats are in GeoNames. */
const town = (geonameid: number, name: string, ar: string, lon: number, lat: number, border: number): PlaceRecord => ({
	id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar: [ar], country: 'IQ', admin1_code: '13', admin1: 'Kirkuk',
	feature_code: 'P.PPLA2', population: 0, lon, lat, border_distance_km: border
});
const GEO: Geography = {
	...TEST_GEOGRAPHY,
	records: [...(TEST_GEOGRAPHY.records ?? []), town(1, 'Al Hawijah', 'الحويجة', 43.77, 35.32, 221), town(2, 'Laylan', 'ليلان', 44.5, 35.35, 290), town(3, 'Qaryat Shinan', 'شنان', 43.6, 32.6, 310)]
};
const placeOf = (text: string) => eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null);
const idOf = (text: string) => {
	const e = placeOf(text);
	return e ? (e.place.id ?? `geonames:${e.place.geonameid}`) : null;
};

describe('a GeoNames town near a town the article names is one of its places', () => {
	it.each([
		['أفاد مصدر أمني في كركوك بأن عبوة ناسفة انفجرت مساء أمس في الحويجة', 'geonames:1'],
		['قُتل مزارع بانفجار لغم في ليلان، بحسب مصدر في شرطة كركوك', 'geonames:2'],
		['تظاهر العشرات صباح اليوم في الحويجة غربي كركوك', 'geonames:1']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));

	it('near miss: the same town with no known town of the article near it stays a doubtful name', () => {
		expect(idOf('انفجرت عبوة ناسفة مساء أمس في الحويجة')).toBeNull();
		// Far from every known town named (al-Qa'im is 300 km away): still not weighed up.
		expect(idOf('وفي القائم اجتماع، بينما انفجرت عبوة مساء أمس في الحويجة')).not.toBe('geonames:1');
	});
});

describe('a desert names the town after it; a checkpoint is its edge', () => {
	it.each([
		['انفجر لغم بسيارة رعاة في صحراء شنان ظهر اليوم', 'geonames:3', 2],
		['عُثر على عبوة في صحراء شنان، وضُبطت أخرى عند سيطرة شنان', 'geonames:3', 2],
		['أوقفت قوة سائقاً عند سيطرة القائم', 'al-qaim', 2],
		['ضُبطت شحنة عند حاجز البوكمال', 'albu-kamal', 2],
		['اعتُقل مطلوب عند نقطة تفتيش القائم', 'al-qaim', 2]
	])('«%s» → %s at %i', (text, id, p) => {
		const e = placeOf(text)!;
		expect(e.place.id ?? `geonames:${e.place.geonameid}`).toBe(id);
		expect(e.geo_precision).toBe(p);
	});

	it('near miss: a town named with no desert, checkpoint or preposition is not a place of unknown weight', () => {
		expect(idOf('وقال شنان إن الوضع هادئ')).toBeNull();
		expect(placeOf('أوقفت قوة سائقاً داخل القائم')!.geo_precision).toBe(1);
	});
});

describe('a building named for an office is where the event was', () => {
	it.each([
		['تظاهر العشرات أمام مبنى القائممقامية في القائم', 'al-qaim'],
		['اعتصم موظفون أمام مبنى المحافظة في دير الزور', 'deir-ez-zor'],
		['احتج العشرات قرب مقر المحافظة في البوكمال', 'albu-kamal']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));

	it('near miss: where an official or a governor speaks from is not the place', () => {
		expect(idOf('انفجرت عبوة، بحسب ما قاله قائممقام القائم')).toBeNull();
		expect(idOf('قُتل راعٍ بلغم، وفق محافظ دير الزور')).toBeNull();
	});
});

describe('a crossing named by its two sides is at the first', () => {
	it.each([
		['أُغلق منفذ القائم – البوكمال صباح اليوم', 'al-qaim'],
		['أُعيد فتح معبر البوكمال/ القائم أمام الشاحنات', 'albu-kamal'],
		['توقفت الحركة في منفذ القائم - البوكمال أمس', 'al-qaim']
	])('«%s» → %s', (text, id) => expect(idOf(text)).toBe(id));

	it('near miss: two towns joined by «و» after a crossing are two places, the nearest first', () => {
		expect(idOf('أغلقت السلطات منفذ القائم والبوكمال اليوم')).toBe('al-qaim');
	});
});

describe('a headline sums up; the body places the event', () => {
	const draft = (text: string) => draftIncidents({ id: 't', text, date: '2025-06-10' }, GEO);
	it.each([
		['مقتل راعٍ بلغم في ريف دير الزور\n\nقُتل راعٍ، مساء أمس، بانفجار لغم أرضي قرب البوكمال.', 'albu-kamal'],
		['اختطاف تاجر في ريف دير الزور\n\nاختطف مسلحون، مساء أمس، تاجراً من أهالي البوكمال داخل البوكمال.', 'albu-kamal'],
		['انفجار عبوة في محافظة دير الزور\n\nانفجرت عبوة ناسفة، صباح اليوم، في الميادين وأصابت مدنيين.', 'geonames:173480']
	])('«%s» → %s', (text, id) => {
		const ds = draft(text);
		expect(ds).toHaveLength(1);
		expect(ds[0].place?.id ?? `geonames:${ds[0].place?.geonameid}`).toBe(id);
	});

	it('near miss: a body that names no place keeps the headline’s', () => {
		const ds = draft('مقتل 3 مدنيين بانفجار عبوة في البوكمال\n\nقُتل ثلاثة مدنيين، صباح اليوم، بانفجار عبوة ناسفة استهدفت سيارتهم.');
		expect(ds).toHaveLength(1);
		expect(ds[0].place?.id).toBe('albu-kamal');
	});
});

describe('a place that only names a body is not where the event was', () => {
	it.each([
		'أطلق مسلحون النار على دورية، ووصلت تعزيزات من قيادة عمليات دير الزور',
		'تعرضت نقطة لهجوم مسلح، بحسب بيان لقيادة شرطة القائم',
		'اشتبكت عناصر من فوج البوكمال مع مسلحين مجهولين'
	])('«%s» → no place', (text) => expect(placeOf(text)).toBeNull());

	it('near misses: an operations sector is an area; a place beside the body is the place', () => {
		expect(placeOf('نفذت القوات إنزالاً جوياً على وكر ضمن قاطع عمليات القائم')!.place.id).toBe('al-qaim');
		expect(idOf('اشتبكت عناصر من فوج البوكمال مع مسلحين قرب القائم')).toBe('al-qaim');
	});
});
