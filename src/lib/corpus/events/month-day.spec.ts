/**
 * A day named by its number in a month told relative to the article («من الشهر الجاري / الماضي») or to the date
 * told before («من الشهر نفسه»), and two homograph towns at the ends of one road («بين المنصورة والطبقة»).
 * Every sentence is written for this file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { findWhens } from './when';
import { findPlaces, type Geography } from './where';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';
import type { PlaceRecord } from '$lib/corpus/records';

const drafts = (text: string, date = '2026-03-20') => draftIncidents({ id: 't', text, date }, GEO);

describe('a day of «الشهر نفسه / الجاري / الماضي»', () => {
	it('resolves against the article’s month', () => {
		expect(findWhens('أغلقت السلطات المعبر في التاسع من الشهر الجاري', '2026-03-20')[0]).toMatchObject({ from: '2026-03-09', precision: 'day' });
		expect(findWhens('اعتقلت القوات المطلوب في 12 من الشهر الماضي', '2026-03-20')[0]).toMatchObject({ from: '2026-02-12' });
		expect(findWhens('وفي العاشر من الشهر المنصرم انفجرت عبوة', '2026-03-20')[0]).toMatchObject({ from: '2026-02-10' });
	});
	it('and «نفسه» against the date told before, with «قبل أن تعيد فتحها» acting on what was closed', () => {
		const d = drafts('في 2 شباط الماضي أغلقت القوات المعابر النهرية المقابلة لمدينة الميادين، قبل أن تعيد فتحها في الخامس من الشهر نفسه.');
		expect(d.map((x) => [x.type, x.date.from])).toEqual([
			['crossing-closed', '2026-02-02'],
			['crossing-reopened', '2026-02-05']
		]);
	});
	it('near miss: «نفسه» with no date before it gives no day', () => {
		expect(drafts('أعادت السلطات فتح معبر البوكمال في التاسع من الشهر نفسه.').every((x) => x.date.from !== '2026-03-09')).toBe(true);
	});
});

describe('two homograph towns at the ends of one road', () => {
	const rec = (geonameid: number, name: string, ar: string, lon: number, lat: number): PlaceRecord => ({ id: `geonames:${geonameid}`, source: 'geonames', geonameid, name, names_ar: [ar], country: 'SY', admin1_code: '14', admin1: 'Raqqa', feature_code: 'P.PPL', population: 9000, lon, lat, border_distance_km: 150 });
	const geo: Geography = { ...GEO, records: [rec(1, 'Al Mansurah', 'المنصورة', 38.75, 35.83), rec(2, 'Al Thawrah', 'الطبقة', 38.55, 35.84), rec(3, 'Al Jala', 'الجلاء', 40.9, 34.6), rec(4, 'Al Karamah', 'الكرامة', 39.3, 35.93), rec(5, 'Far Salam', 'السلام', 47.5, 30.4)] };
	const names = (text: string) => findPlaces('t', text, geo).map((p) => p.text);
	it('vouch for each other when their records lie near', () => {
		expect(names('انفجرت عبوة على الطريق بين المنصورة والطبقة صباح اليوم')).toEqual(['المنصورة', 'الطبقة']);
		expect(names('اختطف مسلحون سائقاً بين الطبقة والكرامة')).toEqual(['الطبقة', 'الكرامة']);
	});
	it('near miss: two ordinary words whose records lie far apart', () => {
		expect(names('دعا الخطيب إلى الموازنة بين السلام والكرامة')).toEqual([]);
	});
});
