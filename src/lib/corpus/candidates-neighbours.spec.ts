/**
 * Records across the frontier (GeoNames of Jordan, Turkey, Lebanon… inside the map's box): a place
 * when its sentence names its country or it lies near the border; a homograph or a namesake far
 * away otherwise. Invented sentences and made-up scores of invented records.
 */
import { describe, expect, it } from 'vitest';
import { findCandidates, PROPOSE_AT } from './candidates';
import { countryCue, nameContext } from './context';
import type { PlaceRecord } from './records';

const rec = (id: number, name: string, names_ar: string[], country: string, extra: Partial<PlaceRecord> = {}): PlaceRecord => ({
	id: `geonames:${id}`,
	source: 'geonames',
	geonameid: id,
	name,
	names_ar,
	country,
	admin1_code: '01',
	admin1: null,
	feature_code: 'P.PPL',
	population: 20000,
	lon: 38,
	lat: 33,
	border_distance_km: 100,
	...extra
});

const records = [
	rec(1, 'Ar Ruwayshid', ['الرويشد'], 'JO', { border_distance_km: 110, feature_code: 'P.PPLA2', population: 0 }),
	rec(2, 'Mafraq', ['المفرق'], 'JO', { border_distance_km: 265, feature_code: 'P.PPLA', population: 57118 }),
	rec(3, 'Nusaybin', ['نصيبين'], 'TR', { border_distance_km: 63, population: 83832 }),
	rec(4, 'Van', ['وان'], 'TR', { border_distance_km: 178, feature_code: 'P.PPLA', population: 371713 }),
	rec(5, 'Hermel', ['الهرمل'], 'LB', { border_distance_km: 260 }),
	rec(6, 'Tall Tamr', ['تل تمر'], 'SY', { border_distance_km: 60, population: 7000 }),
	rec(7, 'Petra', ['بترا'], 'JO', { border_distance_km: 460 })
];
const gazetteer = { entries: [], stop_phrases: [] };
const one = (text: string, name: string) => findCandidates({ articles: [{ id: 't', text }], gazetteer, records }).candidates.find((c) => c.text === name);

describe('a record across the frontier', () => {
	it.each([
		['اشتبكت دورية أردنية مع مهربين قرب بلدة الرويشد فجر اليوم.', 'الرويشد'],
		['أغلقت السلطات التركية الطريق المؤدي إلى نصيبين بعد الاشتباك.', 'نصيبين'],
		['ضبطت قوات حرس الحدود الأردنية شحنة في المفرق أمس.', 'المفرق'],
		['قصفت طائرات مجهولة مواقع في جرود الهرمل على الحدود اللبنانية.', 'الهرمل']
	])('is proposed when its sentence names its country: %s', (text, name) => {
		const c = one(text, name)!;
		expect(c.score).toBeGreaterThanOrEqual(PROPOSE_AT);
		expect(c.records[0].reasons.join(' ')).toMatch(/where its sentence puts it/);
	});

	it('near the border, is proposed after a place noun even when no country is named', () => {
		const c = one('وقعت الاشتباكات في منطقة قريبة من بلدة الرويشد ليلاً.', 'الرويشد')!;
		expect(c.score).toBeGreaterThanOrEqual(PROPOSE_AT);
		expect(c.records[0].reasons.join(' ')).toMatch(/−1 in JO, across the frontier, and its sentence names no country/);
	});

	it('far from the border and unnamed, is doubtful: a namesake, not the place', () => {
		const c = one('وصل الوفد إلى المفرق مساء الأحد لبحث الملف.', 'المفرق')!;
		expect(c.score).toBeLessThan(PROPOSE_AT);
		expect(c.records[0].reasons.join(' ')).toMatch(/−3 in JO, across the frontier and far from it/);
	});

	it('is refused when its sentence puts the name in Iraq or Syria', () => {
		const c = one('تجمع عشرات الأهالي في الهرمل شمالي العراق احتجاجاً.', 'الهرمل')!;
		expect(c.records[0].reasons.join(' ')).toMatch(/−2 wrong country/);
		expect(c.score).toBeLessThan(PROPOSE_AT);
	});

	it('near miss: a neighbour adjective beside a town of Syria is a party, not where the town lies', () => {
		const withDrone = one('استهدفت مسيّرة تركية سيارة في ريف تل تمر صباح اليوم.', 'تل تمر')!;
		const without = one('استهدفت مسيّرة سيارة في ريف تل تمر صباح اليوم.', 'تل تمر')!;
		expect(withDrone.score).toBe(without.score);
		expect(withDrone.records[0].reasons.join(' ')).not.toMatch(/wrong country/);
	});
});

describe('a conjunction written onto a particle is no name', () => {
	it.each([
		['وأكد المصدر أن الطريق مفتوح، وأن الحركة طبيعية.', 'وأن'],
		['وقال إن الدورية عادت، وإن الوضع هادئ.', 'وإن']
	])('«%s»: «%s» is the particle, not Van', (text, name) => {
		const c = one(text, name)!;
		expect(c.context.homograph).toBe(true);
		expect(c.score).toBeLessThan(PROPOSE_AT);
	});
	it('near miss: after a place noun the name is read («مدينة وان»)', () => {
		const c = one('وصلت الشاحنات إلى مدينة وان التركية مساء أمس.', 'وان')!;
		expect(c.score).toBeGreaterThanOrEqual(PROPOSE_AT);
	});
	it('a name that only begins with و is no particle («واسط», «الوليد»)', () => {
		expect(nameContext('في واسط', 3, 7).homograph).toBe(false);
		expect(nameContext('قرب الوليد', 4, 10).homograph).toBe(false);
	});
});

describe('the country a sentence names', () => {
	it('reads a neighbour only when asked, by name or adjective with its particles', () => {
		expect(countryCue('على الحدود الأردنية قرب البلدة', 25, true)?.country).toBe('JO');
		expect(countryCue('دخلت الشاحنات من تركيا أمس', 0, true)?.country).toBe('TR');
		expect(countryCue('عادت العائلات من لبنان', 0, true)?.country).toBe('LB');
		expect(countryCue('على الحدود الأردنية قرب البلدة', 25)).toBeNull();
	});
	it('a neighbour after مع says only where the name is not («الحدود مع الأردن»)', () => {
		expect(countryCue('البلدة الواقعة على الحدود مع الأردن', 0, true)).toBeNull();
		expect(countryCue('البلدة الواقعة على الحدود مع سوريا', 0, true)?.country).toBe('IQ');
	});
	it('near miss: a word that only contains the letters is no country («مشتركة», «التركيز»)', () => {
		expect(countryCue('دوريات مشتركة مع التركيز على البلدة', 0, true)).toBeNull();
	});
});

describe('an agency named after a place', () => {
	it('is the agency, not a candidate, where it is written as one: in a credit line, after a medium\'s noun', () => {
		expect(one('عمّان 3 آذار (بترا) - أحبطت القوات المسلحة محاولة تسلل.', 'بترا')).toBeUndefined();
		expect(one('أفادت تقارير نقلتها وكالة بترا بأن الحدود أغلقت اليوم.\nوأضافت التقارير أن الإغلاق مؤقت.', 'بترا')).toBeUndefined();
	});
	it('near miss: the ancient city, in a sentence, is still a (far) candidate', () => {
		const text = 'خبر أول.\nخبر ثانٍ.\nخبر ثالث.\nزار وفد سياحي مدينة بترا الأثرية في جنوب الأردن.';
		expect(one(text, 'بترا')).toBeDefined();
	});
});
