/**
 * ISO days as day numbers and back, by calendar arithmetic (proleptic Gregorian; `Date` maps
 * years 0–99 to 1900+). The timeline's sliders move in these.
 */
import { daysInMonth } from '$lib/corpus/dates';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Days since 0000-03-01 (any fixed origin works: only differences matter).
 * @example dayNumber('2025-07-02') - dayNumber('2025-07-01') // 1
 */
export function dayNumber(iso: string): number {
	const parts = iso.split('-').map(Number);
	const d = parts[2];
	let [y, m] = parts;
	if (m <= 2) {
		y -= 1;
		m += 12;
	}
	return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * (m - 3) + 2) / 5) + d - 1;
}

/** The ISO day of a day number. */
export function isoDay(n: number): string {
	let y = Math.floor((n * 400) / 146097);
	while (dayNumber(`${pad(y + 1, 4)}-03-01`) <= n) y++;
	while (dayNumber(`${pad(y, 4)}-03-01`) > n) y--;
	let rest = n - dayNumber(`${pad(y, 4)}-03-01`);
	let m = 3;
	for (;;) {
		const yy = m > 12 ? y + 1 : y;
		const mm = m > 12 ? m - 12 : m;
		const len = daysInMonth(yy, mm);
		if (rest < len) return `${pad(yy, 4)}-${pad(mm)}-${pad(rest + 1)}`;
		rest -= len;
		m++;
	}
}

/** The same day `months` later or earlier, clamped to the month's length. */
export function addMonths(iso: string, months: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const t = y * 12 + (m - 1) + months;
	const ny = Math.floor(t / 12);
	const nm = (t % 12) + 1;
	return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}
