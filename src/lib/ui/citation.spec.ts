import { describe, expect, it } from 'vitest';
import { citationParts, scriptLang } from './citation';

const base = {
	outlet_en: null,
	outlet_ar: null,
	reported_via: null,
	headline_en: null,
	headline_ar: null,
	date: '2025-11-08',
	date_precision: 'day' as const
};

describe('citationParts', () => {
	it('regression "Shafaq News · · 8 Nov 2025": no empty part, a clear "untitled"', () => {
		const parts = citationParts({ ...base, outlet_en: 'Shafaq News' });
		expect(parts.map((p) => p.text)).toEqual(['Shafaq News', 'untitled', '8 Nov 2025']);
		expect(parts.every((p) => p.text.trim() !== '')).toBe(true);
	});
	it('falls back to the agency the outlet relays', () => {
		expect(citationParts({ ...base, reported_via: 'INA' })[0].text).toBe('via INA');
		expect(citationParts({ ...base, reported_via: '  ' })[0].text).toBe('outlet not stated');
	});
	it('marks each field with the language it is written in', () => {
		const [source, headline] = citationParts({ ...base, outlet_ar: 'شفق نيوز', headline_ar: 'عنوان' });
		expect(source.lang).toBe('ar');
		expect(headline).toEqual({ key: 'headline', text: 'عنوان', lang: 'ar' });
		expect(citationParts({ ...base, headline_en: 'A title', headline_ar: 'عنوان' })[1].lang).toBe('en');
	});
	it('in Arabic leads with the Arabic outlet and headline the article has, the date in Levantine months', () => {
		const e = { ...base, outlet_en: 'Shafaq News', outlet_ar: 'شفق نيوز', headline_en: 'A title', headline_ar: 'عنوان' };
		expect(citationParts(e, 'ar').map((p) => p.text)).toEqual(['شفق نيوز', 'عنوان', '8 تشرين الثاني 2025']);
		expect(citationParts(e, 'ar').map((p) => p.lang)).toEqual(['ar', 'ar', null]);
		expect(citationParts(e, 'en').map((p) => p.text)).toEqual(['Shafaq News', 'A title', '8 Nov 2025']);
		// What the article lacks in Arabic comes in English, marked as English.
		expect(citationParts({ ...base, outlet_en: 'Rudaw' }, 'ar').slice(0, 2)).toEqual([
			{ key: 'source', text: 'Rudaw', lang: 'en' },
			{ key: 'headline', text: 'بلا عنوان', lang: null }
		]);
	});
	it('scriptLang: an English dateline is not Arabic', () => {
		expect(scriptLang('Baghdad')).toBe('en');
		expect(scriptLang('بغداد')).toBe('ar');
	});
});
