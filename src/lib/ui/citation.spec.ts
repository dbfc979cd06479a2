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
	it('scriptLang: an English dateline is not Arabic', () => {
		expect(scriptLang('Baghdad')).toBe('en');
		expect(scriptLang('بغداد')).toBe('ar');
	});
});
