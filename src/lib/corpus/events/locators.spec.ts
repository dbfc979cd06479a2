/**
 * Places named only to locate another, the two ends of a road, villages of a town, a hospital's
 * town, and a name told twice in one article (invented sentences; towns of the test geography).
 */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, type Geography } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '../records';
import { destination } from './locators';

/**
 * Two GeoNames cities500 rows (Iraq) whose Arabic alternates include the name with its place noun
 * («ناحية العباسي»); points as cities500 has them, no border distance (so only the words score).
 */
const rec = (geonameid: number, name: string, names_ar: string[], lat: number, lon: number): PlaceRecord => ({ id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar, country: 'IQ', admin1_code: '00', admin1: null, feature_code: 'P.PPLA3', population: 0, lon, lat, border_distance_km: null });
const GEO: Geography = { ...TEST_GEOGRAPHY, records: [...TEST_GEOGRAPHY.records!, rec(95224, "Al 'Abbasi", ['العباسي', 'ناحية العباسي'], 35.27517, 43.59593), rec(99560, "Al 'Awjah", ['العوجة', 'ناحية العوجة'], 34.53333, 43.73333)] };

const placeOf = (text: string, at = 0) => {
	const e = eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null, at);
	return e && { id: e.place.id ?? `geonames:${e.place.geonameid}`, p: e.geo_precision };
};

describe('a town located by a direction of a bigger place', () => {
	it.each([
		// The town, not the place that only says where it lies — with any direction spelling, a place noun or not.
		['تظاهر العشرات من أهالي بلدة الميادين شرقي دير الزور مساء اليوم', 'geonames:173480', 1],
		['انفجرت عبوة ناسفة قرب ناحية العباسي جنوب غربي كركوك', 'geonames:95224', 2],
		['اغتال مسلحون مختاراً في البوكمال جنوبيّ شرقي مدينة دير الزور', 'albu-kamal', 1],
		['أصيب راعيان بانفجار لغم قرب بلدة الميادين (مركز الناحية) شمال غرب البوكمال', 'geonames:173480', 2]
	])('«%s» → %s at %i', (text, id, p) => {
		expect(placeOf(text, text.length - 5)).toEqual({ id, p });
	});

	it('keeps the direction phrase when other words stand between it and the town before it', () => {
		// «أهالي الميادين» is where the speakers are from; the shells fell south of Albu Kamal.
		expect(placeOf('أفاد أهالي الميادين بسقوط قذائف جنوبي البوكمال')).toEqual({ id: 'albu-kamal', p: 2 });
	});
});

describe('a far namesake of a place the text puts in a district', () => {
	it.each([
		// The record of the name lies hundreds of km from the district the text puts it in: the district is the place.
		['اغتال مسلحون مختاراً في ناحية الحمرين التابعة لقضاء القائم فجر اليوم', 'al-qaim', 2],
		['انفجرت عبوة في قرية الحمرين التابعة لمدينة البوكمال', 'albu-kamal', 2],
		['قُتل راعٍ بانفجار لغم في ناحية العباسي التابع لقضاء القائم أمس', 'al-qaim', 2]
	])('«%s» → %s at %i', (text, id, p) => {
		expect(placeOf(text)).toEqual({ id, p });
	});

	it('keeps a record that lies in the district the text names', () => {
		// Near miss: al-Mayadin's record is a few km from Deir ez-Zor's countryside point.
		expect(placeOf('انفجرت عبوة قرب بلدة الميادين التابعة لمحافظة دير الزور')).toEqual({ id: 'geonames:173480', p: 2 });
	});
});

describe('a road named by its two ends, and a pair of towns', () => {
	it.each([
		['أقامت قوة حكومية حاجزاً على طريق الميادين – البوكمال', 'geonames:173480', 2],
		['انفجرت عبوة عند الكيلو 12 من الطريق الدولي القائم - البوكمال', 'al-qaim', 2],
		['نصب مسلحون كميناً لصهريج على طريق البوكمال/الميادين', 'albu-kamal', 2],
		// The first town of a pair, even when the event word stands nearer to the second.
		['على الطريق بين البوكمال والقائم انفجرت عبوة', 'albu-kamal', 2]
	])('«%s» → %s at %i', (text, id, p) => {
		expect(placeOf(text, text.length - 5)).toEqual({ id, p });
	});

	it('reads a road that only leads to a town as near it, and a road inside a town as in it', () => {
		expect(placeOf('ضبطت دورية شحنة عند حاجز على الطريق المؤدي إلى القائم')).toEqual({ id: 'al-qaim', p: 2 });
		expect(placeOf('اعترضت قوة سيارة على الطريق المتجه إلى مدينة البوكمال')).toEqual({ id: 'albu-kamal', p: 2 });
		expect(placeOf('قطع محتجون الطريق في البوكمال')).toEqual({ id: 'albu-kamal', p: 1 });
	});
});

describe('villages of a town and the town of a hospital', () => {
	it.each([
		['داهمت قوة منزلاً في قرية تتبع لقضاء القائم', 'al-qaim', 2],
		['سقطت قذيفة في إحدى قرى البوكمال', 'albu-kamal', 2],
		['اندلع حريق في مزارع القائم بعد قصف مدفعي', 'al-qaim', 2],
		['داهمت قوة منزلاً في بلدة القائم', 'al-qaim', 1]
	])('«%s» → %s at %i', (text, id, p) => {
		expect(placeOf(text)).toEqual({ id, p });
	});

	it('does not take the town of the hospital the wounded were taken to', () => {
		expect(placeOf('أصيب ثلاثة عمال بانفجار لغم قرب البوكمال، ونقلوا إلى المشفى العسكري في دير الزور')).toEqual({ id: 'albu-kamal', p: 2 });
		expect(placeOf('أصيب جندي بانفجار عبوة عند مدخل القائم ونقل إلى مستشفى الشهيد في البوكمال')).toEqual({ id: 'al-qaim', p: 2 });
		// A hospital struck is where the event was.
		expect(placeOf('قصفت مسيّرة مستشفى في البوكمال')).toEqual({ id: 'albu-kamal', p: 1 });
	});
});

describe('a name told twice in one article', () => {
	it('places a weak second mention at the record its first mention proposed', () => {
		const text = 'وصلت تعزيزات إلى بلدة العوجة صباح اليوم. ومساءً انفجرت عبوة على طريق العوجة الترابي.';
		const second = text.indexOf('ومساء');
		const e = eventPlace(text, { start: second, end: text.length, text: '' }, findPlaces('t', text, GEO), [], null);
		expect(e && [e.place.geonameid, e.geo_precision]).toEqual([99560, 2]);
	});

	it('proposes a name written with its own place noun («ناحية العباسي»), but not a weak name proposed nowhere', () => {
		expect(findPlaces('t', 'شهدت ناحية العباسي هدوءاً حذراً', GEO).map((m) => m.geonameid)).toEqual([95224]);
		expect(findPlaces('t', 'انفجرت عبوة على طريق العوجة', GEO)).toEqual([]);
	});
});

describe('a direction of a town in every spelling', () => {
	it.each([
		'انفجر لغم جنوبيّ البوكمال',
		'انفجر لغم شمال شرقي البوكمال',
		'انفجر لغم شمالَ غربيِّ البوكمال',
		'انفجر لغم جنوب غرب البوكمال',
		'انفجر لغم إلى الشرق من البوكمال',
		'انفجر لغم في الجنوب الغربي من البوكمال',
		'انفجر لغم غرب مدينة البوكمال'
	])('«%s» is near the town (2)', (text) => {
		expect(placeOf(text)).toEqual({ id: 'albu-kamal', p: 2 });
	});
	it('reads a town named without a direction as the place itself (1)', () => {
		expect(placeOf('انفجر لغم في البوكمال الشرقية')).toEqual({ id: 'albu-kamal', p: 1 });
	});
});

describe('a homograph that is one end of «بين … و» with a place', () => {
	// Points rounded by hand from cities500 (only the words are under test): Haditha, Bayji, al-Qusayr as Iraqi rows.
	const PAIRS: Geography = { ...GEO, records: [...GEO.records!, rec(96309, 'Hadithah', ['حديثة'], 34.14, 42.38), rec(97783, 'Bayji', ['بيجي'], 34.93, 43.49), rec(9000001, 'Al Qusayr (test row)', ['القصير'], 34.5, 43.0)] };
	const at = (text: string) => {
		const e = eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, PAIRS), [], null, 0);
		return e && { id: e.place.id ?? `geonames:${e.place.geonameid}`, p: e.geo_precision };
	};
	it.each([
		['ضبطت دورية شحنة حشيشة في سيطرة على الطريق بين حديثة وبيجي', 'geonames:96309', 2],
		['انفجرت عبوة ناسفة على الطريق الرابط بين بيجي وحديثة', 'geonames:97783', 2],
		['نصب مسلحون كميناً لعجلة عسكرية على طريق ترابي بين القصير والقائم', 'geonames:9000001', 2]
	])('«%s» → %s at %i', (text, id, p) => {
		expect(at(text)).toEqual({ id, p });
		expect(findPlaces('t', text, PAIRS).map((m) => m.text)).toHaveLength(2);
	});
	it('near misses: the adjective beside a place, or «بين» joining ordinary words', () => {
		expect(findPlaces('t', 'انفجرت عبوة قرب القائم، وتراوحت الروايات بين حديثة وقديمة', PAIRS).map((m) => m.text)).toEqual(['القائم']);
		expect(findPlaces('t', 'قارن التقرير بين معلومات حديثة وبيجي', PAIRS).map((m) => m.text)).not.toContain('حديثة');
	});
});

describe('a place named with its own place noun beats a bare town set before the verb', () => {
	it.each([
		['وفي كركوك، اعتقلت مفارز الأمن امس مطلوباً بموجب مذكرة قضائية في ناحية العباسي', 'geonames:95224'],
		['في كركوك داهمت قوة من الشرطة منزلاً يعود لمهرب في ناحية العوجة', 'geonames:99560'],
		['وفي دير الزور، انفجرت عبوة ناسفة بدورية عسكرية في ناحية العباسي مساء امس', 'geonames:95224']
	])('«%s» → %s', (text, id) => {
		expect(placeOf(text, text.indexOf('،') + 2)?.id).toBe(id);
	});
	it('near miss: where the arrested come from is not where the arrest was', () => {
		expect(placeOf('وفي كركوك، اعتقلت القوات امس ثلاثة مطلوبين من أهالي ناحية العباسي', 14)?.id).toBe('kirkuk');
	});
});

describe('a countryside opening a name is a region, not an announced town', () => {
	it('the town of the clause stays first after a fronted «وفي ريف …»', () => {
		const text = 'وفي ريف دير الزور أيضاً، أطلق مسلحون النار على سيارة قرب بلدة الميادين شرقي دير الزور';
		expect(placeOf(text, text.indexOf('أطلق'))?.id).toBe('geonames:173480');
	});
});

describe('an official’s seat ends at a colon, a quotation mark or «أن»', () => {
	it.each([
		// An interview's speaker label, a quoted source, a source's complement: what follows is what was said.
		['القائد: أغلقنا منفذ القائم أمام الشاحنات أمس', 'al-qaim'],
		['المحافظ: اعتقلنا ثلاثة مطلوبين في البوكمال فجر اليوم', 'albu-kamal'],
		['ونقل المراسل عن المصدر قوله إن "مدينة البوكمال شهدت أمس مظاهرة"', 'albu-kamal'],
		['وقال مسؤول أن القوات في القائم اعتقلت مطلوبين', 'al-qaim']
	])('«%s» → %s', (text, id) => expect(placeOf(text)?.id).toBe(id));
	it.each([
		['سقطت قذيفة مجهولة المصدر على أطراف البوكمال', 'albu-kamal', 2],
		['انفجرت طائرة مسيرة مجهولة المصدر في القائم', 'al-qaim', 1],
		['سقطت صواريخ مجهولة المصدر قرب القائم فجر اليوم', 'al-qaim', 2]
	])('«مجهولة المصدر» is of unknown origin, no source: «%s» → %s at %i', (text, id, p) => expect(placeOf(text)).toEqual({ id, p }));
	it.each([
		['عقد قائد الفرقة اجتماعاً مع قائد شرطة الحدود في القائم', 'al-qaim'],
		['التقى وفد أمني مع محافظ المدينة في البوكمال أمس', 'albu-kamal'],
		['جرى اللقاء بحضور قائد العمليات في القائم', 'al-qaim']
	])('the official met with is a counterpart, the place after him where they met: «%s» → %s', (text, id) => expect(placeOf(text)?.id).toBe(id));
	it('near misses: the seat inside the title’s own phrase is still no place of the event', () => {
		expect(placeOf('قال مصدر أمني في البوكمال إن عبوة انفجرت')).toBeNull();
		expect(placeOf('وأفاد مراسلنا في دير الزور بانفجار عبوة')).toBeNull();
	});
});

describe('a country named bare is its state, not a place', () => {
	it.each(['كشف مصدر أن العراق تسلم أمس دفعة من المعتقلين', 'وتسلّمت سوريا صباح اليوم عشرين محتجزاً', 'أكد أن العراق أغلق المنفذ أمام الشاحنات'])('«%s» → no place', (text) =>
		expect(placeOf(text)).toBeNull()
	);
	it('near misses: a country after a preposition, or its land, is a place', () => {
		expect(placeOf('سقطت قذيفة في العراق')?.id).toBe('iraq');
		expect(placeOf('تسللت مجموعة إلى داخل الأراضي السورية فجر اليوم')?.id).toBe('syria');
	});
});

describe('where people went, and the place named again by its noun', () => {
	const text = 'يضم مخيم الهول آلاف العائلات. وغادرت قافلة المخيم أمس متجهة إلى مخيم السلام جنوبي القائم';
	const clause = { start: text.indexOf('وغادرت'), end: text.length, text: text.slice(text.indexOf('وغادرت')) };
	it('a town that only locates the destination is where people went; the camp they left, named again, is the place', () => {
		const e = eventPlace(text, clause, findPlaces('t', text, GEO), [], null, clause.start, true);
		expect(e?.place.id).toBe('al-hol');
	});
	it.each([
		['متجهة إلى مخيم السلام جنوبي ', true],
		['ونُقل الجرحى باتجاه بلدة الكرامة غربي ', true],
		['انطلقت الحافلات نحو قرية الزهراء الصغيرة شرقي ', true],
		// Near misses: the event in a village located by the town; a town right after «إلى» is another rule's.
		['اعتقلت القوات ثلاثة في قرية الزهراء شرقي ', false],
		['وصلت القافلة إلى قرية الزهراء، ثم شرقي ', false]
	])('«%s…» names a destination: %s', (before, yes) => {
		const t = before + 'البوكمال';
		expect(destination(t, { start: 0, end: t.length, text: t }, { start: before.length, end: t.length, text: 'البوكمال' })).toBe(yes);
	});
});
