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
