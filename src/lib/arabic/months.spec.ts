import { describe, expect, it } from 'vitest';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, arabicMonth } from './months';
import { findDates } from '$lib/corpus/dates';

describe('the Arabic month table', () => {
	it('writes the Iraqi/Levantine name, with the Egyptian one after a slash when asked', () => {
		const levantine = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
		expect(Array.from({ length: 12 }, (_, i) => arabicMonth(i + 1))).toEqual(levantine);
		expect(arabicMonth(10, true)).toBe('تشرين الأول/أكتوبر');
		expect(arabicMonth(1, true)).toBe('كانون الثاني/يناير');
		expect(() => arabicMonth(13)).toThrow(RangeError);
		expect(() => arabicMonth(0)).toThrow(RangeError);
	});

	it('is the table the corpus parser reads: every name of every row parses as its month', () => {
		expect.hasAssertions();
		for (const [table, year] of [
			[GREGORIAN_MONTHS, 2025],
			[HIJRI_MONTHS, 1447]
		] as const)
			table.forEach((names, i) => {
				for (const name of names) {
					const [d] = findDates(`في 3 ${name} ${year}`);
					expect(d?.month, name).toBe(i + 1);
				}
			});
	});

	it('round-trips: what the interface writes, with or without the twin, the parser reads back', () => {
		for (let mo = 1; mo <= 12; mo++) {
			const [d] = findDates(`في 5 ${arabicMonth(mo, true)} 2024`);
			expect(d?.iso).toBe(`2024-${String(mo).padStart(2, '0')}-05`);
		}
	});
});
