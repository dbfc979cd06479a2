import { describe, expect, it } from 'vitest';
import { dateWords, monthsBetween } from './dates';

describe('dateWords', () => {
	it('names a day-precise date by year, month (ISO, English, both Arabic series) and day', () => {
		const w = dateWords('2025-10-22');
		expect(w).toEqual(expect.arrayContaining(['2025', '2025-10', '2025-10-22', 'October', 'Oct', 'تشرين الأول', 'أكتوبر', '22']));
		expect(w).not.toContain('November');
	});
	it('names every month of a span, across a year end', () => {
		const w = dateWords('2024-12-01', '2025-01-31');
		expect(w).toEqual(expect.arrayContaining(['2024-12', '2025-01', 'December', 'January', 'كانون الأول', 'كانون الثاني', '2024', '2025']));
		expect(w).not.toContain('2024-12-01');
	});
	it('names a month-precise date by its month only', () => {
		expect(dateWords('2025-05')).toEqual(expect.arrayContaining(['2025-05', 'May', 'أيار', 'مايو']));
		expect(dateWords('2025-05')).not.toContain('June');
	});
	it('says nothing for no date', () => {
		expect(dateWords(null)).toEqual([]);
	});
});

describe('monthsBetween', () => {
	it('is inclusive at both ends', () => {
		expect(monthsBetween('2025-07-30', '2025-09-01')).toEqual(['2025-07', '2025-08', '2025-09']);
	});
	it('is bounded', () => {
		expect(monthsBetween('1900-01', '2025-01').length).toBe(36);
	});
});

// Regression (issue 20): a month-13 date threw in monthNames and broke article search for everyone.
describe('dates that are no calendar dates', () => {
	it.each(['2025-13-01', '2025-13', '2025-02-30', 'banana', '0000'])('%s gives no words and does not throw', (d) => {
		expect(monthsBetween(d, d)).toEqual([]);
		expect(dateWords(d)).toEqual([]);
		expect(dateWords('2025-01-01', d)).toEqual([]);
	});
});
