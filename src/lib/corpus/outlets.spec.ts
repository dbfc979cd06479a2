import { describe, expect, it } from 'vitest';
import { draftMeta } from './draft';
import { sourceName, sourcesOf } from './outlets';

const INA = 'Iraqi News Agency (INA)';
const SANA = 'Syrian Arab News Agency (SANA)';

describe('sources of a report: distinct outlets and relayed agencies', () => {
	it('counts a relayed agency as a source even when the relaying outlet is unknown', () => {
		const text = 'نقلت وكالة الأنباء العراقية (واع) عن مصدر أمني قوله إن قوة اعتقلت ثلاثة مطلوبين قرب الحدود.';
		const meta = draftMeta('a', text);
		expect(meta.outlet_en.value).toBeNull();
		expect(meta.reported_via.value).toBe(INA);
		expect(sourcesOf([meta])).toEqual([INA]);
	});
	it('reads an agency named by its short name after «بحسب ما أوردت»', () => {
		const meta = draftMeta('b', 'أعيد فتح الطريق الدولي أمام الشاحنات، بحسب ما أوردت وكالة سانا مساء اليوم.');
		expect(sourcesOf([meta])).toEqual([SANA]);
	});
	it('does not take «واع» inside another word (أنواع) for the agency', () => {
		expect(draftMeta('c', 'ضبطت القوات أنواعاً مختلفة من الأسلحة.').reported_via.value).toBeNull();
	});
	it('counts every agency one article relays, and each outlet or agency once across articles', () => {
		const two = draftMeta('d', 'ذكرت وكالة رويترز، نقلاً عن وكالة الأنباء العراقية، أن الانفجار وقع ليلاً.');
		expect(sourcesOf([two]).sort()).toEqual([INA, 'Reuters'].sort());
		const a = { outlet_en: { value: 'Shafaq News' }, reported_via: { value: INA } };
		const b = { outlet_en: { value: 'Rudaw' }, reported_via: { value: 'INA (وكالة الأنباء العراقية)' } };
		expect(sourcesOf([a, b])).toEqual(['Shafaq News', INA, 'Rudaw']);
		// One outlet told twice is one source.
		expect(sourcesOf([a, { outlet_en: { value: 'Shafaq News (شفق نيوز)' } }])).toEqual(['Shafaq News', INA]);
	});
	it('does not count the statements a channel carried as further sources', () => {
		expect(sourcesOf([{ reported_via: { value: 'Al-Sharqiya TV interview with a minister; ministry statements' } }])).toEqual(['Al-Sharqiya TV']);
		expect(sourcesOf([{ reported_via: { value: 'a local Facebook page' } }])).toEqual(['a local Facebook page']);
	});
	it('names a known outlet by its English name from either language', () => {
		expect(sourceName('وكالة الأنباء العراقية')).toBe(INA);
		expect(sourceName('Some Local Page (صفحة محلية)')).toBe('Some Local Page');
	});
});
