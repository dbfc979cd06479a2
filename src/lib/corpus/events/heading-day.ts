/**
 * A round-up of one day: «الحصاد الأمني ليوم الاثنين 20 نيسان 2026», «أبرز الأحداث الأمنية التي شهدتها المحافظات
 * يوم الثلاثاء 2 أيلول 2025، وجاءت على النحو الآتي:». Its items («• كركوك: قُتل مزارع …») tell that day's events
 * without a date of their own: the day the heading names dates them, not the article's date (a round-up is
 * published the day after). extract.ts asks here only when an item's clause, sentence and day label date nothing.
 */
import { norm } from '$lib/arabic/normalize';
import { findDates } from '../dates';
import type { When } from './when';

/** The words of a round-up's heading: «الحصاد الأمني», «أبرز الأحداث», «موجز», «حصيلة … ليوم». */
const ROUND_UP = /حصاد|ابرز\s+(?:الاحداث|التطورات|المستجدات)|موجز|نشره\s+الاحداث/u;
/** Right before the day: «ليوم», «يوم», «خلال يوم», «في يوم», with its weekday («يوم الاثنين»). */
const BEFORE_DAY = /(?:^|\s)(?:ل|خلال\s+|في\s+)?يوم\s+(?:(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)\s+)?(?:الموافق\s+)?$/u;

/** The day a one-day round-up's heading names, for a clause starting at `at` after it; else null. */
export function headingDay(text: string, at: number): When | null {
	const head = text.slice(0, Math.min(text.length, 400));
	if (!ROUND_UP.test(norm(head))) return null;
	const d = findDates(head).find((x) => x.precision === 'day' && x.calendar === 'gregorian' && x.iso && BEFORE_DAY.test(norm(head.slice(Math.max(0, x.start - 30), x.start))));
	if (!d || d.end > at) return null;
	return { from: d.iso, to: d.iso, precision: 'day', evidence: { start: d.start, end: d.end, text: d.text }, role: 'event', background: false };
}
