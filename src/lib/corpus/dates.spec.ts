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

describe('findDates (Arabic texts)', async () => {
	const { findDates, hijriToIso } = await import('./dates');
	const iso = (t: string) => findDates(t).map((d) => [d.text, d.iso, d.precision]);
	it('reads every month-name tradition, with twin names and Arabic-Indic digits', () => {
		expect(iso('في 26 ديسمبر/ كانون الأول 2024 زار')).toEqual([['26 ديسمبر/ كانون الأول 2024', '2024-12-26', 'day']]);
		expect(iso('بتاريخ ٨ تشرين الثاني ٢٠٢٥')).toEqual([['٨ تشرين الثاني ٢٠٢٥', '2025-11-08', 'day']]);
		expect(iso('الجزائر في 5 جويلية 2024')).toEqual([['5 جويلية 2024', '2024-07-05', 'day']]);
		expect(iso('خلال شباط 2024')).toEqual([['شباط 2024', '2024-02', 'month']]);
		expect(iso('date 2025-11-08 شفق')).toEqual([['2025-11-08', '2025-11-08', 'day']]);
		expect(iso('في 3/4/2024')).toEqual([['3/4/2024', '2024-04-03', 'day']]);
	});
	it('converts Hijri dates (Umm al-Qura) and keeps the era mark verbatim', () => {
		expect(iso('17 جمادى الأولى 1447 هـ')).toEqual([['17 جمادى الأولى 1447 هـ', '2025-11-08', 'day']]);
		expect(hijriToIso(1446, 9, 1)).toBe('2025-03-01');
	});
	it('keeps a date without a year as evidence with no ISO value', () => {
		expect(iso('في أيار/ مايو الماضي')).toEqual([['أيار/ مايو', null, 'unknown']]);
		expect(iso('في 10 من تشرين الثاني الحالي')).toEqual([['10 من تشرين الثاني', null, 'unknown']]);
	});
	it('takes no ordinary word for a month: مارس "he practised", آب, رمضان as a name', () => {
		expect(findDates('مارس ضغوطا على الحكومة وآب إلى بيته، وقال رمضان إن')).toEqual([]);
		expect(findDates('في 31 شباط 2025')).toEqual([]);
	});
	it('gives verbatim offsets', () => {
		const t = 'بغداد، ١٧ جُمادى الأولى ١٤٤٧ هـ (واع)';
		const found = findDates(t);
		expect(found.length).toBeGreaterThan(0);
		for (const d of found) expect(t.slice(d.start, d.end)).toBe(d.text);
	});
});
