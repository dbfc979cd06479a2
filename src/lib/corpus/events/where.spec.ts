import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces, km } from './where';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const placeOf = (text: string, country: string | null = null) => {
	const places = findPlaces('t', text, GEO);
	return eventPlace(text, { start: 0, end: text.length, text }, places, [], country);
};

describe('the place of an event', () => {
	it('reads a repatriation at the camp the families leave, other moves not at their origin', () => {
		const text = 'وصول دفعة تضم 150 عائلة من مخيم الهول إلى مدينة القائم';
		const places = findPlaces('t', text, GEO);
		const c = { start: 0, end: text.length, text };
		expect(eventPlace(text, c, places, [], null, 0, true)!.place.id).toBe('al-hol');
		expect(eventPlace(text, c, places, [], null, 0, false)!.place.id).not.toBe('al-hol');
	});
	it('keeps a capital named with no preposition out: it is its government', () => {
		expect(placeOf('سارعت بغداد إلى إغلاق منفذ القائم')!.place.id).toBe('al-qaim');
	});
	it.each([
		['انفجرت عبوة في قضاء القائم', 'al-qaim', 1],
		['انفجرت عبوة داخل مدينة البوكمال', 'albu-kamal', 1],
		['انفجرت عبوة قرب مدينة البوكمال', 'albu-kamal', 2],
		['انفجرت عبوة على الطريق بين القائم والرطبة', 'al-qaim', 2],
		// A border strip bounded by two towns is a region: the border at precision 3, not the road between them.
		['تسلل مهربون عبر الشريط الحدودي بين القائم والرطبة', 'iraq-syria-border', 3],
		// A side of a governorate is still only the region (notes: «المناطق الصحراوية غربي الأنبار» = 3).
		['انفجرت عبوة غربي الأنبار', 'anbar', 3],
		['سقطت قذيفة إلى الغرب من الأنبار', 'anbar', 3],
		['تحطمت طائرة في الشمال الغربي من الأنبار', 'anbar', 3],
		// The event clause's own place outranks the dateline the report was filed from.
		['القائم – شفق نيوز: انفجرت عبوة ناسفة قرب مدينة البوكمال', 'albu-kamal', 2],
		['عنب بلدي – القائم\nانفجرت عبوة ناسفة على أطراف البوكمال', 'albu-kamal', 2],
		// A visited capital is the place; a place as the topic of talks («ملف …») is not.
		['زار وفد أمني عراقي رفيع برئاسة مستشار الأمن القومي دمشق وبحث ملف مخيم الهول', 'damascus', 1],
		['انفجرت عبوة في صحراء الأنبار', 'anbar', 3],
		['ضبطت شحنة في ريف دير الزور الشرقي', 'deir-ez-zor', 2],
		['ضبطت شحنة داخل الأراضي السورية', 'syria', 3],
		// A border strip is the region, its evidence the whole «الشريط الحدودي».
		['تسللت مجموعة عبر الشريط الحدودي قبل أن تعود', 'iraq-syria-border', 3],
		// «البادية/الصحراء الغربية لمحافظة X»: the desert of the governorate, still the region.
		['سقطت قذائف في البادية الشرقية لمحافظة دير الزور', 'deir-ez-zor-governorate', 3],
		// A town's own variant that names its surroundings is near it.
		['انفجر لغم في بادية البوكمال', 'albu-kamal', 2]
	])('«%s» → %s, precision %d', (text, id, p) => {
		const e = placeOf(text)!;
		expect(e.place.id).toBe(id);
		expect(e.geo_precision).toBe(p);
		expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
	});
	it('takes an unknown town from GeoNames', () => {
		const e = placeOf('اعتقلت القوات مطلوبين في قضاء الرطبة')!;
		expect(e.place).toMatchObject({ id: null, geonameid: 98677, source: 'geonames' });
		expect(e.geo_precision).toBe(1);
	});
	it('names the gazetteer entry whose GeoNames record an unmatched spelling is', () => {
		// The entry is drawn from record 98677 but lists no bare «الرطبة»: the draft is that entry, not a new town.
		const geo = { ...GEO, places: [...GEO.places, { id: 'rutba', name_en: 'Rutba', name_ar: 'مدينة الرطبة', kind: 'town', variants: ['مدينة الرطبة'], lon: 40.28, lat: 33.04, country: 'IQ', geometry: { ref: 'places', where: { geonameid: 98677 } } }] };
		for (const text of ['اعتقلت القوات مطلوبين في قضاء الرطبة', 'انفجرت عبوة قرب الرطبة صباح اليوم']) {
			const places = findPlaces('t', text, geo);
			const e = eventPlace(text, { start: 0, end: text.length, text }, places, [], null)!;
			expect(e.place).toMatchObject({ id: 'rutba', geonameid: 98677, name_en: 'Rutba' });
			expect(e.reasons.join(' ')).toMatch(/is its GeoNames record 98677/);
		}
		// Without the recipe the same words are a town the gazetteer lacks.
		expect(placeOf('انفجرت عبوة قرب الرطبة صباح اليوم')?.place).toMatchObject({ id: null, geonameid: 98677 });
	});
	it('places an event where a directorate that acts sits, but not where an official who speaks sits', () => {
		// A directorate («مديرية») is a body that acts where it is; a director («مدير») is a source.
		for (const text of [
			'ضبطت مفارز مديرية شؤون المخدرات في قضاء الرطبة 40 ألف حبة مخبأة داخل شاحنة قادمة من الحدود السورية',
			'أحبطت مديرية الجمارك في مدينة الرطبة تهريب شحنة أسلحة قادمة من الأراضي السورية',
			'اعتقلت قوة من مديرية استخبارات الرطبة مطلوبين اثنين'
		]) expect(placeOf(text)?.place.geonameid, text).toBe(98677);
		expect(placeOf('قال مدير ناحية الرطبة إن قذيفة سقطت قرب البوكمال')?.place.id).toBe('albu-kamal');
	});
	it('prefers a town to its governorate, and a named town to a country', () => {
		expect(placeOf('أفاد مصدر في محافظة الأنبار بمقتل جنديين في قضاء القائم قرب الحدود مع سوريا')?.place.id).toBe('al-qaim');
	});
	it('is not the country a border is «with», a capital as government, nor a town inside a pipeline name', () => {
		expect(placeOf('اشتباكات على الحدود مع سوريا')).toBeNull();
		expect(placeOf('سارعت بغداد إلى إغلاق منفذ القائم')?.place.id).toBe('al-qaim');
		expect(placeOf('إحباط تخريب خط أنابيب كركوك بانياس')?.place.id).toBe('kirkuk-baniyas-pipeline');
	});
	it('doubts a GeoNames town hundreds of km from the other places of the article, or in another country', () => {
		const text = 'اشتباكات في البوكمال. وقتل شخص في الحمرين.';
		const places = findPlaces('t', text, GEO);
		const second = { start: text.indexOf('وقتل'), end: text.length, text: '' };
		const e = eventPlace(text, second, places, [], 'SY')!;
		expect(e.place.geonameid).toBe(999);
		expect(e.confidence).toBeLessThan(0.5);
		expect(e.reasons.join(' ')).toMatch(/km from every other place/);
		expect(e.reasons.join(' ')).toMatch(/the record is in IQ/);
	});
	it('reads a place noun that refers back («وسط البلدة», «أطراف المدينة») as the place named before it', () => {
		const text = 'قدم وفد إلى مدينة القائم قادماً من مخيم الهول. وبعد ساعة سقطت قذيفة على أطراف المدينة. وفي المساء فرّ رجلان من المخيم.';
		const places = findPlaces('t', text, GEO);
		const second = text.indexOf('وبعد');
		const third = text.indexOf('وفي المساء');
		const a = eventPlace(text, { start: second, end: third, text: '' }, places, [], null)!;
		expect(a.place.id).toBe('al-qaim');
		expect(a.geo_precision).toBe(2);
		expect(a.evidence.text).toBe('أطراف المدينة');
		const b = eventPlace(text, { start: third, end: text.length, text: '' }, places, [], null)!;
		expect(b.place.id).toBe('al-hol');
		// «القضاء» is also the judiciary: no reference.
		const t2 = 'اعتقلت قوة شخصاً في قضاء القائم. وأُحيل المتهم إلى القضاء.';
		expect(eventPlace(t2, { start: t2.indexOf('وأ'), end: t2.length, text: '' }, findPlaces('t', t2, GEO), [], null)).toBeNull();
	});
	it('puts where the victims were from («من أبناء …») after the place the event happened', () => {
		expect(placeOf('قُتل رجلان من أبناء مدينة البوكمال بقصف قرب القائم')!.place.id).toBe('al-qaim');
		// Alone, it is still the place: protesters of a town protest in it.
		expect(placeOf('تجمّع العشرات من أهالي مدينة القائم أمام مبنى القائممقامية')!.place.id).toBe('al-qaim');
	});
	it('gives null where the clause names no place', () => {
		expect(placeOf('أعلنت الوزارة القبض على خلية من ثلاثة أشخاص')).toBeNull();
	});
	it('measures great-circle distances', () => {
		expect(km({ lon: 41.04, lat: 34.37 }, { lon: 40.91854, lat: 34.45226 })).toBeGreaterThan(10);
		expect(km({ lon: 41.04, lat: 34.37 }, { lon: 40.91854, lat: 34.45226 })).toBeLessThan(20);
	});
});
