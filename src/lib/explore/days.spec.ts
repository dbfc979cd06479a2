import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, isoDay } from './days';

describe('day numbers', () => {
	it('count days across month, leap and century boundaries', () => {
		expect(dayNumber('2025-03-01') - dayNumber('2025-02-28')).toBe(1);
		expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
		expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
		expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
		expect(dayNumber('2026-01-01') - dayNumber('2025-01-01')).toBe(365);
		// Agrees with Date where Date is right (years after 99).
		expect(dayNumber('2025-10-31') - dayNumber('1970-01-01')).toBe(Date.UTC(2025, 9, 31) / 864e5);
	});
	it('round-trips every day over several years, and early years', () => {
		for (let n = dayNumber('2023-12-25'); n < dayNumber('2026-01-10'); n++) expect(dayNumber(isoDay(n))).toBe(n);
		for (const d of ['0001-01-01', '0004-02-29', '0099-12-31', '9999-12-31']) expect(isoDay(dayNumber(d))).toBe(d);
	});
	it('adds months, clamped to the month', () => {
		expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
		expect(addMonths('2025-07-01', -1)).toBe('2025-06-01');
		expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
	});
});
