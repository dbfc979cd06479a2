import { describe, expect, it } from 'vitest';
import { firstDay, isIsoDay, isPartialDate, lastDay, overlaps } from './dates';

describe('dates', () => {
	it('validates calendar days', () => {
		expect(isIsoDay('2024-02-29')).toBe(true);
		expect(isIsoDay('2025-02-29')).toBe(false);
		expect(isIsoDay('2025-13-01')).toBe(false);
		expect(isIsoDay('2025-1-01')).toBe(false);
		// Date.UTC reads years 0–99 as 1900–1999: these must be judged by their own calendar.
		expect(isIsoDay('0001-01-01')).toBe(true);
		expect(isIsoDay('0099-12-31')).toBe(true);
		expect(isIsoDay('0004-02-29')).toBe(true);
		expect(isIsoDay('0100-02-29')).toBe(false);
		expect(isIsoDay('0000-01-01')).toBe(false);
		expect(isIsoDay('9999-12-31')).toBe(true);
		expect(isIsoDay('2025-04-31')).toBe(false);
	});
	it('expands partial dates to day ranges', () => {
		expect([firstDay('2025-05'), lastDay('2025-05')]).toEqual(['2025-05-01', '2025-05-31']);
		expect([firstDay('2024'), lastDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
		expect(lastDay('2024-02')).toBe('2024-02-29');
		expect(lastDay('2025-10-22')).toBe('2025-10-22');
		expect(lastDay('0004-02')).toBe('0004-02-29');
		expect(lastDay('0001')).toBe('0001-12-31');
		expect(isPartialDate('2025-5')).toBe(false);
	});
	it('overlap is inclusive at both ends (no event dropped on the range edge)', () => {
		expect(overlaps('2025-10-22', '2025-10-22', '2025-10-22', '2025-10-22')).toBe(true);
		expect(overlaps('2025-10-22', '2025-10-22', '2025-10-23')).toBe(false);
		expect(overlaps('2025-10-22', '2025-10-22', undefined, '2025-10-21')).toBe(false);
		expect(overlaps('2025-05-01', '2025-05-31', '2025-05-31', '2025-06-30')).toBe(true);
	});
});
