/** The week a bulletin heads its items with (when.ts dates a bare weekday of an item inside it). */
import { findDates } from '../dates';

/** A weekday's name as a heading writes it before a day of the month. */
const WEEKDAY = '(?:يوم\\s+)?(?:السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)';

/** The span of days a bulletin's first lines head it with: «(12 - 18 كانون الثاني 2026)», «من 3 إلى 9 آذار». */
export function headingWeek(text: string, year: number | null): { from: string; to: string } | null {
	const head = text.slice(0, Math.min(text.length, 300));
	const dates = findDates(head);
	// «من 29 كانون الأول 2025 إلى 4 كانون الثاني 2026»: a week across a month's (or a year's) end names both days whole.
	for (let i = 1; i < dates.length; i++) {
		const [a, b] = [dates[i - 1], dates[i]];
		const gap = a.iso && b.iso && a.precision === 'day' && b.precision === 'day' ? (Date.parse(b.iso) - Date.parse(a.iso)) / 86_400_000 : -1;
		if (gap >= 1 && gap <= 7 && /^\s*(?:و|إلى|الى|حتى|[-–])\s*$/u.test(head.slice(a.end, b.start))) return { from: a.iso!, to: b.iso! };
	}
	for (const d of dates) {
		const y = d.year ?? year;
		if (d.calendar !== 'gregorian' || !d.day || !d.month || y === null) continue;
		// «من الاثنين 3 إلى الأحد 9 تشرين الثاني»: the last day may carry its weekday's name.
		const m = new RegExp(String.raw`(?:^|[\s(])(?:(?:بين|من)\s+)?(?:${WEEKDAY}\s+)?([0-9\u0660-\u0669]{1,2})\s*(?:و|إلى|الى|حتى|[-–])\s*(?:${WEEKDAY}\s+)?$`, 'u').exec(head.slice(Math.max(0, d.start - 40), d.start));
		const first = m ? Number(m[1].replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660))) : 0;
		if (first >= 1 && first < d.day && d.day - first <= 7) {
			const mm = String(d.month).padStart(2, '0');
			return { from: `${y}-${mm}-${String(first).padStart(2, '0')}`, to: `${y}-${mm}-${String(d.day).padStart(2, '0')}` };
		}
	}
	return null;
}
