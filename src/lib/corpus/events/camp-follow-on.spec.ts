/**
 * What a camp or prison story leaves to the reader: a numbered sector of the camp named before, a camp no
 * record knows drawn by the town that locates it, «في اليوم التالي» after a dated event, «خلال اليومين
 * الماضيين», an act done «عند وصولهم» on the arrival's day, and an outcome told after «أسفرت العمليات عن».
 * Every sentence is written for this file; none is taken from a labelled split. 2026-03-02 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { findWhens } from './when';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const D = '2026-03-02';
const drafts = (text: string) => draftIncidents({ id: 't', text, date: D }, GEO);
const row = (text: string) => drafts(text).map((d) => [d.type, d.date.from, d.date.to, d.place?.id ?? d.place?.geonameid ?? null, d.place?.geo_precision ?? null]);

describe('a numbered sector is part of the camp named before it', () => {
	it.each([
		['شنّت قوى الأمن حملة تفتيش في مخيم الهول. وضبطت، صباح أمس، مخبأً فيه بنادق وذخائر في القطاع الرابع.', 'weapons-seizure'],
		['يعيش في مخيم الهول آلاف النازحين. وتعرضت عيادة في القطاع الثاني للنهب مساء أمس.', 'other'],
		['تواصل القوات عملياتها في مخيم الهول. واعتقلت، فجر اليوم، أربعة مطلوبين في القطاع 5.', 'arrest']
	])('«%s»', (text, type) => {
		expect(row(text).at(-1)).toEqual([type, expect.any(String), expect.any(String), 'al-hol', 1]);
	});
	it('near miss: «القطاع الخاص» is no sector of the camp', () => {
		const ds = drafts('زار الوفد مخيم الهول. واعتقلت الشرطة، أمس، موظفاً في القطاع الخاص بتهمة الاحتيال.');
		expect(ds.at(-1)?.place?.id ?? null).not.toBe('al-hol');
	});
});

describe('a camp no record knows is drawn by the town that locates it', () => {
	it.each([
		'نُقلت عائلات من مخيم الهول إلى مخيم الرشيد قرب القائم. واعتُقل، مساء أمس، رجلان مطلوبان داخل المخيم.',
		'تقع خيام مخيم الأمل التابع لمدينة القائم على أطرافها. وأُحبطت، فجر اليوم، محاولة فرار امرأتين من المخيم.',
		'زار وفد مخيم النور في القائم. وضبط الحراس، صباح أمس، مسدسين داخل المخيم.'
	])('«%s» → al-Qa’im, precision 2', (text) => {
		expect(row(text).at(-1)!.slice(3)).toEqual(['al-qaim', 2]);
	});
	it('near miss: a camp with no locating town leaves the noun unplaced, not at the older camp', () => {
		const ds = drafts('غادرت عائلات مخيم الهول إلى مخيم السلام. واعتُقل، مساء أمس، رجلان مطلوبان داخل المخيم.');
		expect(ds.at(-1)?.place?.id ?? null).not.toBe('al-hol');
	});
});

describe('dates that follow another', () => {
	it.each([
		['في 20 شباط فرّ ستة معتقلين من سجن في القائم. وأُعيد اعتقال اثنين منهم في اليوم التالي.', '2026-02-21'],
		['اشتبكت القوات مع مسلحين في القائم يوم الأربعاء 25 شباط. وصباح اليوم التالي اعتقلت ثلاثة منهم.', '2026-02-26'],
		['خُطف تاجر في البوكمال مساء 10 شباط. وفي اليوم الذي تلاه عُثر على جثته.', '2026-02-11']
	])('«%s»: the day after the event told before', (text, day) => {
		expect(drafts(text).at(-1)!.date.from).toBe(day);
	});
	it('near miss: «اليوم» alone is the article’s day', () => {
		expect(drafts('اعتقلت الشرطة اليوم ثلاثة مطلوبين في القائم.')[0].date.from).toBe(D);
	});
	it.each(['خلال اليومين الماضيين', 'في اليومين الأخيرين', 'اليومين الماضيين'])('«%s»: the two days before the article', (words) => {
		const w = findWhens(`اعتقلت القوات ${words} عشرة مطلوبين`, D)[0];
		expect([w.from, w.to, w.precision]).toEqual(['2026-02-28', '2026-03-01', 'approximate']);
	});
	it('an act done upon an arrival told before happened on its day', () => {
		const ds = drafts('وصلت، مساء السبت، قافلة عائلات من مخيم الهول إلى القائم. وذكر مصدر أن القوات اعتقلت عند وصولهم ثلاثة مطلوبين.');
		expect(ds.map((d) => [d.type, d.date.from])).toEqual([['repatriation', '2026-02-28'], ['arrest', '2026-02-28']]);
	});
});

describe('an outcome told after a generic word that is the subject of a result verb', () => {
	it('the arrests of a sweep dated by its own words are not the seizure told after them', () => {
		const ds = drafts('نفذت قواتنا خلال اليومين الماضيين حملة في مخيم الهول، وأسفرت العمليات عن اعتقال عشرة عناصر. كما ضبطت، صباح أمس، مستودع أسلحة في المخيم.');
		expect(ds.map((d) => d.type)).toEqual(['arrest', 'weapons-seizure']);
	});
});
