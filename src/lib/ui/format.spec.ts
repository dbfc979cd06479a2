import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDate, formatKm, formatTimestamp } from './format';
import { formatNumber, numberingSystem } from '$lib/i18n';

describe('formatDate', () => {
	it('never shows more precision than the source gives', () => {
		expect(formatDate('2025-10-22', 'day')).toBe('22 Oct 2025');
		expect(formatDate('2025-10-22', 'month')).toBe('Oct 2025');
		expect(formatDate('2025-10', 'day')).toBe('Oct 2025');
		expect(formatDate('2025', 'year')).toBe('2025');
		expect(formatDate('2025-10', 'approximate')).toBe('about Oct 2025');
		expect(formatDate(null, 'day')).toBe('date unknown');
	});

	// Regression (issue 20): year 0 showed as 1 Jan 1900 and 2025-02-30 as 2 Mar 2025.
	it('never shows another date than the data holds', () => {
		for (const bad of ['2025-02-30', '2025-13-01', '2025-13', '0000', 'banana', '2025-1-5']) expect(formatDate(bad, 'day'), bad).toBe(bad);
		expect(formatDate('0099-05-04', 'day')).toBe('4 May 99');
		expect(formatDate('2024-02-29', 'day')).toBe('29 Feb 2024');
	});
});

describe('formatKm', () => {
	it('rounds by size', () => {
		expect(formatKm(0)).toBe('0 km');
		expect(formatKm(0.3)).toBe('under 1 km');
		expect(formatKm(7.25)).toBe('7.3 km');
		expect(formatKm(1234.4)).toBe('1,234 km');
		expect(formatKm(null)).toBe('unknown');
	});
});

describe('formatDate in Arabic', () => {
	const ar = { locale: 'ar' } as const;
	it('writes Iraqi/Levantine month names, the Egyptian twin where asked, in the catalogue digits', () => {
		expect(formatDate('2025-10-22', 'day', ar)).toBe('22 تشرين الأول 2025');
		expect(formatDate('2025-10-22', 'day', { ...ar, twin: true })).toBe('22 تشرين الأول/أكتوبر 2025');
		expect(formatDate('2024-02', 'month', ar)).toBe('شباط 2024');
		expect(formatDate('2025', 'year', ar)).toBe('2025');
		expect(formatDate('2025-01', 'approximate', ar)).toMatch(/كانون الثاني 2025/);
		expect(formatDate('2025-02-30', 'day', ar)).toBe('2025-02-30');
	});

	it('writes one digit system, the one the catalogue names, in every number and date', () => {
		const nu = numberingSystem('ar');
		const mine = new Set([...new Intl.NumberFormat(`ar-u-nu-${nu}`).format(1234567890)].filter((c) => /\p{Nd}/u.test(c)));
		const seen = [formatDate('2025-10-22', 'day', ar), formatNumber(1270000, undefined, 'ar'), formatTimestamp(new Date(Date.UTC(2026, 11, 6, 9, 5)), 'ar')].join(' ');
		const used = [...seen].filter((c) => /\p{Nd}/u.test(c));
		expect(used.length).toBeGreaterThan(10);
		for (const c of used) expect(mine.has(c), `${c} in ${seen}`).toBe(true);
		expect(formatTimestamp(new Date(Date.UTC(2026, 11, 6, 9, 5)), 'ar')).toBe(`${formatNumber(6, undefined, 'ar')} كانون الأول ${formatNumber(2026, { useGrouping: false }, 'ar')} ${formatNumber(9, { minimumIntegerDigits: 2 }, 'ar')}:${formatNumber(5, { minimumIntegerDigits: 2 }, 'ar')} UTC`);
	});
});

describe('the catalogue digits', () => {
	it('every digit a message writes is of the system the catalogue chooses for its language', () => {
		expect.hasAssertions();
		for (const locale of ['en', 'ar'] as const) {
			const nu = numberingSystem(locale);
			const allowed = new Set([...new Intl.NumberFormat(`en-u-nu-${nu}`).format(1234567890)]);
			const text = readFileSync(`messages/${locale}.json`, 'utf8').replace(/"\$schema"[^\n]*/, '');
			const wrong = [...text].filter((c) => /\p{Nd}/u.test(c) && !allowed.has(c));
			expect(wrong, locale).toEqual([]);
		}
	});
});
