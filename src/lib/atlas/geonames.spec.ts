import { describe, expect, it } from 'vitest';
import { derivedArabicNames, geonamesRecord } from './geonames';
import { latinName } from '$lib/corpus/records';

const row = (name: string, alternateNames: string[]) => ({ geonameId: 1, name, alternateNames, latitude: 36, longitude: 40, featureClass: 'P', featureCode: 'PPL', countryCode: 'SY', population: 0 });

describe('GeoNames names as the news writes them', () => {
	it('gives a definite name after a landmark noun alone too («جسر الشغور» → «الشغور»)', () => {
		expect(derivedArabicNames('جسر الشغور')).toEqual(['الشغور']);
		expect(derivedArabicNames('تل العجاجة')).toEqual(['العجاجة']);
		// Not an indefinite remainder («تل تمر» is not «تمر»), nor a short one, nor after other nouns.
		expect(derivedArabicNames('تل تمر')).toEqual([]);
		expect(derivedArabicNames('تل الرز')).toEqual([]);
		expect(derivedArabicNames('ناحية الرياض')).toEqual([]);
		expect(geonamesRecord(row('Jisr Example', ['Jisr Example', 'جسر الحويقة']), null).names_ar).toEqual(['جسر الحويقة', 'الحويقة']);
	});
	it('writes a record’s Latin name without diacritics', () => {
		expect(latinName('Ar Ruţbah')).toBe('Ar Rutbah');
		expect(latinName('Ash Shaddādah')).toBe('Ash Shaddadah');
		expect(latinName('‘Ayn Ḩalāqīm')).toBe("'Ayn Halaqim");
	});
});
