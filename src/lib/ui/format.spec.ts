import { describe, expect, it } from 'vitest';
import { formatDate, formatKm } from './format';

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
