/**
 * Date and place words read by what stands around them (a joined «و», a bulletin's heading, an office's
 * building, a town's «جزيرة»):
 * invented sentences (none taken from the labelled splits), each rule with variants and a near miss.
 */
import { describe, expect, it } from 'vitest';
import { findWhens } from './when';
import { eventPlace, findPlaces, type Geography } from './where';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';
import { whole } from './clause-testing';

const placeIn = (text: string, geo: Geography = GEO) => eventPlace(text, whole(text), findPlaces('t', text, geo), [], null);

describe('a date phrase joined to «و» or «ف»', () => {
	it('is read as the phrase alone', () => {
		expect(findWhens('وقبل أربعة أيام اشتبكت قوة مع مهربين', '2026-03-10')[0]).toMatchObject({ from: '2026-03-06', precision: 'day' });
		expect(findWhens('فقبل يومين عثرت دورية على مخبأ', '2026-03-10')[0]).toMatchObject({ from: '2026-03-08' });
		expect(findWhens('وصباح أمس انفجرت عبوة', '2026-03-10')[0]).toMatchObject({ from: '2026-03-09' });
		expect(findWhens('واليوم الثلاثاء أغلقت السلطات المعبر', '2026-03-10')[0]).toMatchObject({ from: '2026-03-10' });
	});
	it('but a word that only begins with «و» and a date word is none', () => {
		expect(findWhens('وقبلت الحكومة العرض بعد تردد', '2026-03-10')).toEqual([]);
		expect(findWhens('واليومية التي نشرتها الصحيفة', '2026-03-10')).toEqual([]);
	});
});

describe('a bulletin headed by its week', () => {
	// Published on Monday 16 March 2026, covering Sunday 8 to Saturday 14 March.
	const head = 'الموجز الأمني الأسبوعي (8 – 14 آذار 2026)\n\n';
	const at = (body: string, date = '2026-03-16') => findWhens(head + body, date, head.length);
	it('dates a weekday at the end of an item in that week', () => {
		expect(at('أولاً: اعتقال مطلوبين في إحدى القرى، في عملية نفذتها قوة من الشرطة يوم الأحد.')[0]).toMatchObject({ from: '2026-03-08' });
		expect(at('ثانياً: انفجار عبوة على طريق ترابي مساء الثلاثاء.')[0]).toMatchObject({ from: '2026-03-10' });
		expect(at('ثالثاً: ضبط شاحنة محملة بالسجائر المهربة، فجر الجمعة، قرب الحدود.')[0]).toMatchObject({ from: '2026-03-13' });
	});
	it('but «أمس الأحد», «الأحد الماضي» and a text with no week keep the article’s reckoning', () => {
		expect(at('وأمس الأحد انفجرت عبوة قرب البلدة.')[0]).toMatchObject({ from: '2026-03-15' });
		expect(at('اشتباك قرب الحدود الأحد الماضي.')[0]).toMatchObject({ from: '2026-03-15' });
		expect(findWhens('اعتقال مطلوبين في عملية نفذتها قوة من الشرطة يوم الأحد.', '2026-03-16')[0]).toMatchObject({ from: '2026-03-15' });
	});
});

describe('an official’s seat and the building of his office', () => {
	it('the governorate’s or district’s building is where a protest stood', () => {
		expect(placeIn('تظاهر العشرات أمام مبنى المحافظة في كركوك للمطالبة بالتعويضات')!.place.id).toBe('kirkuk');
		expect(placeIn('نظم ذوو المفقودين وقفة أمام ديوان المحافظة في القائم يوم الأحد')!.place.id).toBe('al-qaim');
		expect(placeIn('اعتصم موظفون أمام مبنى القائممقامية في البوكمال')!.place.id).toBe('albu-kamal');
	});
	it('but where the governor sits is not where the event was', () => {
		expect(placeIn('وقال محافظ كركوك في القائم إن اشتباكاً وقع')).toBeNull();
	});
});

describe('a town’s «جزيرة» and orchards', () => {
	const haditha = { id: 'geonames:96309', source: 'geonames' as const, geonameid: 96309, name: 'Haditha', names_ar: ['حديثة'], country: 'IQ', admin1_code: '01', admin1: 'Anbar', feature_code: 'P.PPLA2', population: 40000, lon: 42.37, lat: 34.14, border_distance_km: 150 };
	const geo: Geography = { ...GEO, records: [...(GEO.records ?? []), haditha] };
	it('«جزيرة حديثة» is the town’s tract, near it (2), even though «حديثة» is also an adjective', () => {
		const a = placeIn('فككت فرق الهندسة عبوتين مزروعتين في بساتين جزيرة حديثة', geo)!;
		expect([a.place.geonameid, a.geo_precision]).toEqual([96309, 2]);
		const b = placeIn('اعتقلت قوة مطلوباً في جزيرة حديثة فجر اليوم', geo)!;
		expect([b.place.geonameid, b.geo_precision]).toEqual([96309, 2]);
		expect(placeIn('انفجر لغم في بساتين القائم', geo)!.geo_precision).toBe(2);
	});
	it('but «حديثة» after another noun stays the adjective, and in the town it is 1', () => {
		expect(placeIn('أظهرت دراسة حديثة تراجع الهجمات', geo)).toBeNull();
		expect(placeIn('اعتقلت قوة مطلوباً في مدينة حديثة', geo)!.geo_precision).toBe(1);
	});
});

describe('a town’s desert', () => {
	it('«صحراء X» places the event near X (2), past a destination in the clause', () => {
		const a = placeIn('ضبط ثلاث شاحنات معدّة للتهريب إلى سوريا في صحراء الرطبة')!;
		expect([a.place.geonameid, a.geo_precision]).toEqual([98677, 2]);
		const b = placeIn('انفجر لغم بسيارة رعاة في صحراء الرطبة')!;
		expect([b.place.geonameid, b.geo_precision]).toEqual([98677, 2]);
	});
	it('but a desert with no town named is no town', () => {
		expect(placeIn('انفجر لغم بسيارة رعاة في الصحراء')).toBeNull();
	});
});

describe('a search or cordon after an event in its sentence', () => {
	const drafts = (text: string) => draftIncidents({ id: 't', text, date: '2026-03-02' }, GEO);
	it('is that event’s aftermath, not an arrest of its own', () => {
		const a = drafts('انفجرت عبوة ناسفة بدورية للشرطة قرب القائم فجر اليوم، فيما فرضت القوات طوقاً على المنطقة وباشرت بحملة تفتيش في المزارع المجاورة.');
		expect(a.map((d) => d.type)).toEqual(['ied']);
		const b = drafts('سقطت قذيفة هاون على موقع عسكري قرب البوكمال مساء أمس، فيما نفذت القوات حملة تفتيش في القرى المحيطة.');
		expect(b.map((d) => d.type)).toEqual(['shelling']);
	});
	it('but arrests it makes are drafted', () => {
		const c = drafts('انفجرت عبوة ناسفة قرب القائم فجر اليوم، فيما اعتقلت القوات ثلاثة مشتبه بهم في البوكمال مساء أمس.');
		expect(c.map((d) => d.type)).toEqual(['ied', 'arrest']);
	});
});
