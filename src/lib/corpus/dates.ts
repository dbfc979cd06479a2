/**
 * Dates: ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day ranges, for the time filter; and the
 * dates Arabic texts write, in every month-name tradition and the Hijri calendar, for `npm run add`.
 */
import { normalize, norm } from '$lib/arabic/normalize';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '$lib/arabic/months';
import { TASHKEEL_CLASS } from '$lib/arabic/script';
import { ORDINAL_DAYS, ORDINAL_RE } from '$lib/arabic/ordinals';

// A mark or tatweel that still belongs to the word before it.
const MARK = new RegExp(`[${TASHKEEL_CLASS}\\u0640]`, 'u');

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Days in a month of the proleptic Gregorian calendar, by arithmetic: `Date.UTC` maps years 0–99
 * to 1900–1999, so it cannot judge 0001–0099.
 */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar day as YYYY-MM-DD, years 0001–9999. */
export function isIsoDay(s: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return false;
	const [y, mo, d] = [+m[1], +m[2], +m[3]];
	return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of a partial date. */
export function firstDay(s: string): string {
	const m = PARTIAL.exec(s);
	if (!m) throw new Error(`not an ISO date: ${s}`);
	return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Last day of a partial date. */
export function lastDay(s: string): string {
	const m = PARTIAL.exec(s);
	if (!m) throw new Error(`not an ISO date: ${s}`);
	if (m[3]) return s;
	if (!m[2]) return `${m[1]}-12-31`;
	return `${m[1]}-${m[2]}-${pad(daysInMonth(+m[1], +m[2]))}`;
}

export function isPartialDate(s: unknown): s is string {
	if (typeof s !== 'string' || !PARTIAL.test(s)) return false;
	try {
		return isIsoDay(firstDay(s)) && isIsoDay(lastDay(s));
	} catch {
		return false;
	}
}

/** Whether [aFrom, aTo] meets [from, to]; both ends inclusive, either bound optional. */
export function overlaps(aFrom: string, aTo: string, from?: string, to?: string): boolean {
	return (from === undefined || aTo >= from) && (to === undefined || aFrom <= to);
}

/* ---- Dates as Arabic texts write them ---------------------------------------------------- */

export interface DateMention {
	start: number;
	end: number;
	/** Verbatim: `text.slice(start, end)`. */
	text: string;
	calendar: 'gregorian' | 'hijri';
	year: number | null;
	month: number | null;
	day: number | null;
	/** The Gregorian ISO date it gives (YYYY-MM-DD or YYYY-MM), or null when it has no year. */
	iso: string | null;
	precision: 'day' | 'month' | 'unknown';
}


const DIGITS = '0-9\u0660-\u0669\u06F0-\u06F9';
const toInt = (s: string) => Number(s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0)));
const monthTable = (table: readonly (readonly string[])[], calendar: DateMention['calendar']) => table.flatMap((names, i) => names.map((n) => ({ key: norm(n), month: i + 1, calendar })));
const MONTHS = [...monthTable(GREGORIAN_MONTHS, 'gregorian'), ...monthTable(HIJRI_MONTHS, 'hijri')].sort((a, b) => b.key.length - a.key.length);
const byKey = new Map(MONTHS.map((m) => [m.key, m]));
const MONTH_RE = MONTHS.map((m) => m.key.replace(/ /g, '\\s+')).join('|');
const END = '(?![\\p{L}])';
/**
 * Not inside a word or a number, but after an attached و ف ب ل («و14 تموز»: 14, not 4), or after the article a day's
 * number takes in Levantine and Iraqi prose («في الـ12 من آذار», «بالـ3 من الشهر»: the tatweel is dropped by norm).
 */
const DATE_START = `(?<![\\p{N}])(?:(?<![\\p{L}])|(?<=(?<![\\p{L}])[وفبل])|(?<=(?<![\\p{L}])[وف]?[بل]?ال(?=[${DIGITS}])))`;
const ARABIC_DATE = new RegExp(
	`${DATE_START}(?:([${DIGITS}]{1,2})\\s*(?:من\\s+)?|(${ORDINAL_RE})\\s+من\\s+)?(${MONTH_RE})${END}(?:\\s*[/\\-(]\\s*(${MONTH_RE})${END}\\s*\\)?)?(?:\\s*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?([${DIGITS}]{4})(?:\\s*(هـ|ه|م)${END})?)?`,
	'gu'
);
const NUMERIC_DATE = new RegExp(`(?<![${DIGITS}\\-/.])(?:([${DIGITS}]{4})-([${DIGITS}]{2})-([${DIGITS}]{2})|([${DIGITS}]{1,2})[/.]([${DIGITS}]{1,2})[/.]([${DIGITS}]{4}))(?![${DIGITS}\\-/.])`, 'gu');

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/** The Gregorian day of a Hijri (Umm al-Qura) date, found by searching the days around its estimate. */
export function hijriToIso(year: number, month: number, day: number): string | null {
	const guess = Date.UTC(Math.floor(622 + (year - 1) * 0.970229 + (month - 1) * 0.0808), 0, 1);
	for (let d = -60; d < 460; d++) {
		const t = new Date(guess + d * 86400000);
		const parts = Object.fromEntries(hijriFormat.formatToParts(t).map((p) => [p.type, p.value]));
		if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) return t.toISOString().slice(0, 10);
	}
	return null;
}

function mention(text: string, map: number[], from: number, to: number, m: Omit<DateMention, 'start' | 'end' | 'text' | 'iso' | 'precision'>): DateMention | null {
	const start = map[from];
	let end = map[to - 1] + 1;
	// Keep a tatweel or mark the normaliser dropped after the last letter ("هـ").
	while (end < text.length && MARK.test(text[end])) end++;
	let iso: string | null = null;
	if (m.year !== null && m.month !== null) {
		if (m.calendar === 'hijri') iso = m.day !== null ? hijriToIso(m.year, m.month, m.day) : null;
		else iso = m.day !== null ? `${m.year}-${pad(m.month)}-${pad(m.day)}` : `${m.year}-${pad(m.month)}`;
		if (iso && !isPartialDate(iso)) return null;
	}
	return { start, end, text: text.slice(start, end), ...m, iso, precision: iso ? (m.day !== null ? 'day' : 'month') : 'unknown' };
}

/**
 * Every date the text writes, with verbatim offsets: "8 شباط 2024", "26 ديسمبر/ كانون الأول 2024",
 * "تشرين الثاني/نوفمبر", "17 جمادى الأولى 1447 هـ", "2025-11-08", "8/11/2025", and an ordinal day
 * ("الثاني من آب", "الحادي والعشرين من أيلول 2025"). A month name alone
 * counts only with a day, a year or its twin name (أيار/مايو), so مارس "he practised" is no date.
 */
export function findDates(text: string): DateMention[] {
	const n = normalize(text);
	const out: DateMention[] = [];
	for (const m of n.text.matchAll(ARABIC_DATE)) {
		const [all, digits, ordinal, month, twin, year, era] = m;
		const day = digits ?? ordinal;
		if (!day && !twin && !year) continue;
		const info = byKey.get(month.replace(/\s+/g, ' '))!;
		const hijri = info.calendar === 'hijri' || era === 'هـ' || era === 'ه';
		const d = mention(text, n.map, m.index, m.index + all.trimEnd().length, {
			calendar: hijri ? 'hijri' : 'gregorian',
			year: year ? toInt(year) : null,
			month: info.month,
			day: ordinal ? ORDINAL_DAYS.get(ordinal.replace(/\s+/g, ' '))! : digits ? toInt(digits) : null
		});
		if (d && (d.day === null || (d.day >= 1 && d.day <= 31))) out.push(d);
	}
	for (const m of n.text.matchAll(NUMERIC_DATE)) {
		const [all, y1, m1, d1, d2, m2, y2] = m;
		const [year, month, day] = y1 ? [y1, m1, d1] : [y2, m2, d2];
		const d = mention(text, n.map, m.index, m.index + all.length, { calendar: 'gregorian', year: toInt(year), month: toInt(month), day: toInt(day) });
		if (d && d.iso) out.push(d);
	}
	return out.sort((a, b) => a.start - b.start);
}
