import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { derivedArabicNames, geonamesRecord, readGeoNamesRows } from './geonames';
import { KURDISH_NAMES_AR } from '$lib/corpus/kurdishNames';
import { townRow } from '$lib/lookup/towns';
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
	it('gives a town its Kurdish name in Arabic script where the record has it in Latin only («كوباني»)', () => {
		const real = new Map(readGeoNamesRows(['SY']).map((r) => [r.geonameId, r]));
		for (const [id, { latin, ar }] of Object.entries(KURDISH_NAMES_AR)) {
			const r = real.get(Number(id))!;
			// The dump itself vouches for the name: the record carries its Latin form, and no Arabic form of it.
			expect(r.alternateNames).toContain(latin);
			for (const n of ar) expect(r.alternateNames).not.toContain(n);
			expect(geonamesRecord(r, null).names_ar).toEqual(expect.arrayContaining([...ar]));
			// The search's town lookup offers it too.
			expect(townRow(r)![3]).toEqual(expect.arrayContaining([...ar]));
		}
		// Near miss: another record with the same id in an invented row but without the Latin name gets nothing.
		expect(geonamesRecord({ ...row('‘Ayn al ‘Arab', ['عين العرب']), geonameId: 172256 }, null).names_ar).toEqual(['عين العرب']);
	});
	it('writes a record’s Latin name without diacritics', () => {
		expect(latinName('Ar Ruţbah')).toBe('Ar Rutbah');
		expect(latinName('Ash Shaddādah')).toBe('Ash Shaddadah');
		expect(latinName('‘Ayn Ḩalāqīm')).toBe("'Ayn Halaqim");
	});
});

describe('which GeoNames records the texts are matched against', () => {
	// Invented rows in the dump's 19 columns: id, name, ascii, alternates, lat, lon, class, code, country…
	const line = (id: number, country: string, lat: number, lon: number) => [id, `Town ${id}`, `Town ${id}`, 'بلدة', lat, lon, 'P', 'PPL', country, '', '01', '', '', '', 1000, '', 300, 'Asia/Amman', '2020-01-01'].join('\t');
	const dir = mkdtempSync(join(tmpdir(), 'geonames-'));
	const file = join(dir, 'cities500.txt');
	writeFileSync(
		file,
		[line(1, 'IQ', 33.4, 43.3), line(2, 'SY', 35.3, 40.1), line(3, 'JO', 32.5, 38.2), line(4, 'TR', 37.1, 41.2), line(5, 'LB', 34.4, 36.4), line(6, 'TR', 41.0, 28.9), line(7, 'IR', 35.7, 51.4), line(8, 'IL', 32.8, 35.0), line(9, 'EG', 30.0, 31.2)].join('\n')
	);
	const ids = (rows: { geonameId: number }[]) => rows.map((r) => r.geonameId);
	it('takes Iraq, Syria and the neighbours inside the map’s box', () => {
		expect(ids(readGeoNamesRows(undefined, file))).toEqual([1, 2, 3, 4, 5]);
	});
	it('leaves out a neighbour’s town outside the box (Istanbul, Tehran) and countries no frontier route reaches', () => {
		expect(ids(readGeoNamesRows(undefined, file))).not.toContain(6);
		expect(ids(readGeoNamesRows(undefined, file))).not.toContain(7);
		expect(ids(readGeoNamesRows(undefined, file))).not.toContain(8);
	});
	it('gives the frontier’s two countries alone when asked (the search lookup)', () => {
		expect(ids(readGeoNamesRows(['IQ', 'SY'], file))).toEqual([1, 2]);
	});
});
