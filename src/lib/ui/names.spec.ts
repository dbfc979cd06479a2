import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outletName, regionKey, regionName, shownName } from './names';
import { m } from '$lib/i18n';
import { KNOWN_OUTLETS } from '$lib/corpus/outlets';

type Messages = Record<string, (inputs?: object, options?: { locale: 'en' | 'ar' }) => string>;

describe('names in the interface language', () => {
	it('shownName leads with the language asked for, else the other, never empty when one exists', () => {
		expect(shownName({ name_en: 'Albu Kamal', name_ar: 'البوكمال' }, true)).toBe('البوكمال');
		expect(shownName({ name_en: 'Albu Kamal', name_ar: 'البوكمال' }, false)).toBe('Albu Kamal');
		expect(shownName({ name_en: 'Tanf', name_ar: null }, true)).toBe('Tanf');
		expect(shownName({ name_en: ' ', name_ar: 'التنف' }, false)).toBe('التنف');
	});

	it('every Iraqi and Syrian governorate of the reference data has its Arabic name in the catalogue', () => {
		expect.hasAssertions();
		const gov = JSON.parse(readFileSync('geodata/reference/governorates.geojson', 'utf8')) as { features: { properties: Record<string, string> }[] };
		const msgs = m as unknown as Messages;
		for (const { properties: p } of gov.features) {
			if (!['Iraq', 'Syria'].includes(p.admin) || !p.gn_id) continue;
			const key = `term_${regionKey(p.name_en)}`;
			expect(msgs[key], key).toBeTypeOf('function');
			expect(msgs[key]({}, { locale: 'ar' }), p.name_en).toBe(p.name_ar.replace(/^محافظة /, ''));
			expect(msgs[key]({}, { locale: 'en' })).toBe(p.name_en);
		}
	});

	it('regionName keeps a name the catalogue lacks as it is', () => {
		expect(regionName('Deir ez-Zor')).toBe('Deir ez-Zor');
		expect(regionName('Atlantis-on-Sea')).toBe('Atlantis-on-Sea');
		expect(regionName(null)).toBe('');
		expect(regionKey('Al-Qādisiyyah')).toBe('al_qadisiyyah');
	});

	it('outletName: an outlet in Arabic as Arabic texts name it, else as it is', () => {
		expect(outletName('Shafaq News', 'ar')).toBe(KNOWN_OUTLETS.find((o) => o.en === 'Shafaq News')!.ar[0]);
		expect(outletName('Shafaq News', 'en')).toBe('Shafaq News');
		expect(outletName('Nowhere Gazette', 'ar')).toBe('Nowhere Gazette');
	});

	it('outletName: a label describing the channel gives, in Arabic, the known outlets it names', () => {
		const ar = (en: string) => KNOWN_OUTLETS.find((o) => o.en === en)!.ar[0];
		expect(outletName('Al-Sharqiya TV interview with a minister', 'ar')).toBe(ar('Al-Sharqiya TV'));
		expect(outletName('Al-Sharqiya TV interview with a minister; provincial council statements', 'ar')).toBe(`${ar('Al-Sharqiya TV')}؛ provincial council statements`);
		expect(outletName('Shafaq News; Shafaq News', 'ar')).toBe(ar('Shafaq News'));
		expect(outletName('Al-Sharqiya TV interview with a minister', 'en')).toBe('Al-Sharqiya TV interview with a minister');
	});
});
