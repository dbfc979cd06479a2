/**
 * When an event happened, from the words of its clause, resolved against the article's own date:
 * explicit dates (dates.ts: every month-name tradition and the Hijri calendar; a date without a year
 * takes the article's), and relative ones («أمس», «فجر اليوم», «مساء الخميس», «الأسبوع الماضي»,
 * «مطلع الشهر», «الشهر الماضي», «منذ أيام»). When the article's date is only a span (a month, an
 * approximate range) relative dates resolve against both of its ends (precision approximate); when it
 * is unknown they stay unresolved (from/to null, precision `unknown`, and a note saying why).
 */
import { findDates } from '../dates';
import { norm, normalize } from '$lib/arabic/normalize';
import { GREGORIAN_MONTHS } from '$lib/arabic/months';
import type { Span } from './scan';
import { quotedName, reportedAt } from './report-date';
import { headingWeek } from './heading-week';
import { MONTH_DAY, monthDay } from './month-day';
import { TOLD_BEFORE, toldBefore } from './told-before';
import { lastWeekday, ONE_TWO_DAY } from './bare-weekday';

export type Precision = 'day' | 'week' | 'month' | 'approximate';

/** What relative dates resolve against: the article's day (`from === to`) or the span its date is known within; null when unknown. */
export type Anchor = { from: string; to: string } | null;

/** A resolved date: one day (`from === to`) or an inclusive range of ISO days; null ends when nothing anchors it. */
export interface When {
	from: string | null;
	to: string | null;
	precision: Precision | 'unknown';
	/** Why the date is approximate or unresolved, when the article's own date is the cause. */
	note?: string;
	evidence: Span;
	/** `report`: the date the source spoke («أعلنت، اليوم الأربعاء، …»), not necessarily the event's. */
	role: 'event' | 'report' | 'same' | 'next';
	/** «في التاسع من الشهر نفسه» (role `same`): that day of the month told before; «بعد ذلك بثلاثة أيام» (role `next`): days after it. */
	monthDay?: number;
	after?: number;
	/** An explicit year long before the article: background, not news. */
	background: boolean;
}

const DAY = 86400000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
const add = (d: string, n: number) => iso(time(d) + n * DAY);
/** Days before the article beyond which a dated event is background: analysis pieces recount events of the last months as news. */
const LONG_AGO = 183;
const monthStart = (d: string, back = 0) => {
	const t = new Date(time(d));
	return iso(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - back, 1));
};
const monthEnd = (d: string, back = 0) => {
	const t = new Date(time(d));
	return iso(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - back + 1, 0));
};
const dow = (d: string) => new Date(time(d)).getUTCDay(); // 0 Sunday … 6 Saturday

/** Weekdays as Arabic writes them (normalised), by JavaScript day number. */
export const WEEKDAYS: [string, number][] = [['السبت', 6], ['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعه', 5]];
const PART = '(?:يوم|مساء|صباح|فجر|ليله|ليل|ظهر|عصر|ظهيره|منتصف ليله|نهار)';
const WD = WEEKDAYS.map(([w]) => w).join('|');
const NB = '(?<![\\p{L}\\p{N}])';
const NE = '(?![\\p{L}])';

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, d: string) => Resolved | null };
/** A date phrase may open its clause with «و» or «ف» joined to it: «وقبل ثلاثة أيام», «واليوم», «فمساء أمس». */
const r = (src: string) => new RegExp(`${NB}(?:[وف]?(?:في|خلال|منذ)\\s+|[وف](?=[\\p{L}]))?${src}${NE}`, 'gu');

/** Gregorian month names of every tradition, normalised, longest first, with their index (0 = January). */
const MONTH_NAMES = GREGORIAN_MONTHS.flatMap((names, i) => names.map((x) => [norm(x), i] as const)).sort((a, b) => b[0].length - a[0].length);
const MONTH_ALT = MONTH_NAMES.map(([x]) => x.replace(/ /g, '\\s+')).join('|');
/**
 * «في حزيران الماضي», «آذار/ مارس المنصرم» — not «العاشر من يناير الماضي» or «21 أيلول/ سبتمبر الماضي», which name a
 * day, nor «المغلق منذ كانون الأول الماضي», the start of a state.
 */
const LAST_MONTH = new RegExp(`(?<!(?:[0-9\\u0660-\\u0669]|من|منذ|/)\\s*)${NB}(?:[وف]?(?:في|خلال)\\s+)?(?:شهر\\s+)?(${MONTH_ALT})(?:\\s*/\\s*(?:${MONTH_ALT}))?\\s+(?:الماضي|المنصرم|الفايت)${NE}`, 'gu');
const day = (x: string) => ({ from: x, to: x, precision: 'day' as const });
const range = (from: string, to: string, precision: Precision) => ({ from, to, precision });

const RULES: Rule[] = [
	// A month named with «الماضي»: the latest such month before the article's own (a year back for the article's month).
	{
		re: LAST_MONTH,
		resolve: (m, d) => {
			const i = MONTH_NAMES.find(([x]) => x === m[1].replace(/\s+/g, ' '))![1];
			const back = (new Date(time(d)).getUTCMonth() - i + 12) % 12 || 12;
			return range(monthStart(d, back), monthEnd(d, back), 'month');
		}
	},
	// «في اليوم نفسه», «في اليوم التالي», «وبعد ذلك بثلاثة أيام»: against the event told just before (told-before.ts).
	{ re: r(`(?:${TOLD_BEFORE})`), resolve: (m, d) => ({ ...day(d), ...toldBefore(m) }) },
	// «في التاسع من الشهر نفسه», «يوم 12 من الشهر الجاري», «في العاشر من الشهر الماضي»: a day of a month named before or of now.
	{ re: r(MONTH_DAY), resolve: (m, d) => monthDay(m, d) },
	// «أول أمس» before «أمس»: the day before yesterday.
	{ re: r('(?:اول\\s+(?:من\\s+)?امس)'), resolve: (_m, d) => day(add(d, -2)) },
	{ re: r(`(?:${PART}\\s+)?(?:امس|البارحه)\\s+(?:الاول)${NE}`), resolve: (_m, d) => day(add(d, -2)) },
	{ re: r(`(?:${PART}\\s+)?(?:امس|البارحه)(?:\\s+(${WD}))?`), resolve: (_m, d) => day(add(d, -1)) },
	{ re: r('الليله الماضيه'), resolve: (_m, d) => day(add(d, -1)) },
	// A night named by the two days it joins («ليلة الخميس – الجمعة», «ليلة الخميس على الجمعة»): after midnight
	// (بعد منتصف، فجر) it is the second day; the night as a whole spans both.
	{ re: r(`(بعد\\s+منتصف\\s+|فجر\\s+)?ليله\\s+(${WD})\\s*(?:[-–—/]|علي|الي)\\s*(${WD})`), resolve: (m, d) => nightOf(m, d) },
	// «قبل ساعات», «منذ بضع ساعات», «قبل ساعة»: the article's own day, as «قبل قليل».
	{ re: r(`(?:(?:${PART}\\s+)?(?:اليوم|هذا اليوم)(?:\\s+(${WD}))?|(?:قبل|منذ)\\s+(?:بضع\\s+|عده\\s+)?(?:ساعات|ساعه|ساعتين))`), resolve: (_m, d) => day(d) },
	{ re: r(`(?:${PART}\\s+)(${WD})(?:\\s+(الماضي|الفايت|المنصرم))?`), resolve: (m, d) => day(lastWeekday(d, WEEKDAYS.find(([w]) => w === m[1])![1], !m[2])) },
	{ re: r(`(السبت|الثلاثاء|الاربعاء|الخميس|الجمعه)(?:\\s+(الماضي|الفايت|المنصرم))?`), resolve: (m, d) => day(lastWeekday(d, WEEKDAYS.find(([w]) => w === m[1])![1], !m[2])) },
	// «الأحد» and «الاثنين» alone are also «the one» and «the two»: bare-weekday.ts says where they name a day.
	{ re: ONE_TWO_DAY, resolve: (m, d) => day(lastWeekday(d, WEEKDAYS.find(([w]) => w === (m[1] ?? m[3]))![1], !(m[2] ?? m[4]))) },
	{ re: r('قبل\\s+يومين'), resolve: (_m, d) => day(add(d, -2)) },
	// «خلال اليومين الماضيين», «في اليومين الأخيرين»: the two days before the article (approximate, as «منذ أيام»).
	{ re: r('(?:(?:خلال|في)\\s+)?(?:ال)?يومين\\s+(?:ال)?(?:ماضيين|اخيرين|منصرمين|فايتين)'), resolve: (_m, d) => range(add(d, -2), add(d, -1), 'approximate') },
	{ re: r('قبل\\s+([0-9\u0660-\u0669]+|ثلاثه|اربعه|خمسه|سته)\\s+ايام'), resolve: (m, d) => day(add(d, -dayCount(m[1]))) },
	{ re: r('(?:قبل|منذ)\\s+(?:بضعه\\s+)?ايام|(?:خلال\\s+)?الايام\\s+(?:القليله\\s+)?الماضيه'), resolve: (_m, d) => range(add(d, -7), add(d, -1), 'approximate') },
	{ re: r('(?:خلال\\s+)?(?:ال)?(?:24|٢٤)?\\s*(?:ساعه|الساعات)\\s+(?:ال)?(?:الماضيه|الاخيره)'), resolve: (_m, d) => range(add(d, -1), d, 'approximate') },
	{ re: r('(?:قبل|منذ)\\s+اسبوع'), resolve: (_m, d) => range(add(d, -8), add(d, -6), 'approximate') },
	// The 7 days ending the day before the article (the coders' rule; in a Monday article, the Monday–Sunday week before).
	{ re: r('الاسبوع\\s+(?:الماضي|المنصرم|الفايت)'), resolve: (_m, d) => range(add(d, -7), add(d, -1), 'week') },
	{ re: r('(?:هذا\\s+الاسبوع|الاسبوع\\s+(?:الجاري|الحالي))'), resolve: (_m, d) => range(add(d, -((dow(d) + 1) % 7)), d, 'week') },
	{ re: r('(?:مطلع|بدايه|اوايل)\\s+الشهر\\s+(?:الماضي|المنصرم|الفايت)'), resolve: (_m, d) => range(monthStart(d, 1), add(monthStart(d, 1), 9), 'approximate') },
	{ re: r('(?:منتصف)\\s+الشهر\\s+(?:الماضي|المنصرم|الفايت)'), resolve: (_m, d) => range(add(monthStart(d, 1), 10), add(monthStart(d, 1), 19), 'approximate') },
	{ re: r('(?:اواخر|نهايه|اخر)\\s+الشهر\\s+(?:الماضي|المنصرم|الفايت)'), resolve: (_m, d) => range(add(monthStart(d, 1), 20), monthEnd(d, 1), 'approximate') },
	{ re: r('(?:مطلع|بدايه|اوايل)\\s+(?:الشهر|هذا الشهر)(?:\\s+(?:الجاري|الحالي))?'), resolve: (_m, d) => range(monthStart(d), add(monthStart(d), 9) < d ? add(monthStart(d), 9) : d, 'approximate') },
	// «في 19 من الشهر الجاري», «يوم 3 من الشهر الماضي»: a day of the month the article counts from, not the whole month.
	{ re: r('(?:يوم\\s+)?(?:[بل]?ال)?([0-9\u0660-\u0669]{1,2})\\s+من\\s+(?:هذا\\s+)?الشهر(?:\\s+(الجاري|الحالي|الماضي|المنصرم|الفايت))?'), resolve: (m, d) => { const x = add(monthStart(d, /^(?:الماضي|المنصرم|الفايت)$/.test(m[2] ?? '') ? 1 : 0), dayCount(m[1]) - 1); return x <= d ? day(x) : null; } },
	{ re: r('الشهر\\s+(?:الماضي|المنصرم|الفايت)'), resolve: (_m, d) => range(monthStart(d, 1), monthEnd(d, 1), 'month') },
	{ re: r('(?:هذا\\s+الشهر|الشهر\\s+(?:الجاري|الحالي))'), resolve: (_m, d) => range(monthStart(d), d, 'month') },
	// «منذ مطلع العام» counts a series since then («الدفعة الثالثة منذ مطلع العام»): a span of counting, no event's date.
	{ re: r('(?:مطلع|بدايه)\\s+(?:العام|السنه)(?:\\s+(?:الجاري|الحالي))?'), resolve: (m, d) => (/^[وف]?منذ/.test(m[0]) ? null : range(`${d.slice(0, 4)}-01-01`, d, 'approximate')) },
	{ re: r('(?:العام|السنه)\\s+(?:الماضي|المنصرم|الفايت)'), resolve: (_m, d) => { const y = Number(d.slice(0, 4)) - 1; return range(`${y}-01-01`, `${y}-12-31`, 'approximate'); } }
];

/** The night between two weekdays: the second day after midnight, else both days (approximate). */
function nightOf(m: RegExpExecArray, d: string): Resolved {
	const second = lastWeekday(d, WEEKDAYS.find(([w]) => w === m[3])![1], true);
	return m[1] ? day(second) : range(add(second, -1), second, 'approximate');
}

function dayCount(s: string): number {
	const words: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6 };
	return words[s] ?? Number(s.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660)));
}

type Resolved = Omit<When, 'evidence' | 'role' | 'background'> & { same?: boolean; next?: boolean };

/** A relative date against the anchor: as is against a day, widened to both ends of a span, unresolved without one. */
function relative(resolve: (d: string) => Resolved | null, anchor: Anchor, words: string): Resolved | null {
	if (!anchor) return { from: null, to: null, precision: 'unknown', note: `«${words}» is relative and the article's date is unknown` };
	if (anchor.from === anchor.to) return resolve(anchor.from);
	const a = resolve(anchor.from);
	const b = resolve(anchor.to);
	if (!a || !b) return null;
	return { from: a.from, to: b.to, precision: 'approximate', same: a.same, next: a.next, after: a.after, note: `«${words}» resolved against the article's date, known only as ${anchor.from}…${anchor.to}` };
}

/**
 * Every date expression of `text[from, to)`, resolved against the article's date: a day
 * (YYYY-MM-DD), a span, or null. `yearHint` is the year dates without one take when the article's
 * date is unknown (the year its other dates give), else they stay unresolved.
 */
export function findWhens(text: string, articleDate: string | Anchor, from = 0, to = text.length, yearHint: number | null = null): When[] {
	const anchor: Anchor = typeof articleDate === 'string' ? { from: articleDate, to: articleDate } : articleDate;
	const n = normalize(text.slice(from, to));
	const out: When[] = [];
	const year = anchor ? Number(anchor.to.slice(0, 4)) : yearHint;
	const at = (i: number, len: number) => ({ start: from + n.map[i], end: from + n.map[i + len - 1] + 1 });
	const role = (s: number): When['role'] => (reportedAt(text, from, s) ? 'report' : 'event');
	for (const rule of RULES) {
		rule.re.lastIndex = 0;
		for (let m = rule.re.exec(n.text); m; m = rule.re.exec(n.text)) {
			const pos = at(m.index, m[0].length);
			if (quotedName(text, pos)) continue;
			const res = relative((d) => rule.resolve(m, d), anchor, text.slice(pos.start, pos.end));
			if (!res || out.some((o) => o.evidence.start < pos.end && pos.start < o.evidence.end)) continue;
			const { same, next, ...value } = res;
			out.push({ ...value, evidence: { ...pos, text: text.slice(pos.start, pos.end) }, role: next ? 'next' : same ? 'same' : role(pos.start), background: false });
		}
	}
	// A bulletin's lines open with their weekday: «- الأحد: …», «- يوم الاثنين، …», a day of the week gone by —
	// in the week its heading names («النشرة الأسبوعية (12 - 18 كانون الثاني 2026)») when it names one. Only
	// the label form «الأحد:» stands without such a heading. The label may follow the item's own dateline, a
	// town and a dash («البوكمال — الأحد: …», «ريف الحسكة - السبت: …»).
	const week = headingWeek(text, year);
	// A bulletin headed by its week dates a bare weekday anywhere in an item («… نفذتها قوة من الشرطة يوم الأحد.») in
	// that week, not in the week of its publication; «الأحد الماضي» and «أمس الأحد» keep the article's reckoning.
	if (week && anchor && week.to < anchor.from)
		for (const o of out) {
			const w = new RegExp(`^(?:[وف])?(?:${PART}\\s+)?(${WD})$`, 'u').exec(norm(o.evidence.text));
			const inWeek = w && o.precision === 'day' ? lastWeekday(week.to, WEEKDAYS.find(([x]) => x === w[1])![1], true) : null;
			if (inWeek && inWeek >= week.from) Object.assign(o, day(inWeek));
		}
	// A numbered item («1- الاثنين: …», «(2) الأربعاء: …», «٣. السبت: …», «▪️ الاثنين: …») opens with its label after its number or bullet.
	for (const m of n.text.matchAll(new RegExp(`(?<=(?:^|\\n)[\\s\\-–—•*\\p{So}\\uFE0F]*(?:\\(?[0-9\\u0660-\\u0669]{1,2}\\s*[-–.)]\\s*)?(?:[^\\n:،,.؛]{2,40}?\\s[—–-]\\s*)?)(?:يوم\\s+)?(${WD})(?=\\s*([:،,]))`, 'gu'))) {
		if (m[2] !== ':' && !week) continue;
		const pos = at(m.index, m[0].length);
		const wd = WEEKDAYS.find(([w]) => w === m[1])![1];
		const inWeek = week ? lastWeekday(week.to, wd, true) : null;
		if (inWeek && inWeek >= week!.from) {
			out.splice(0, out.length, ...out.filter((o) => !(o.evidence.start < pos.end && pos.start < o.evidence.end)));
			out.push({ ...day(inWeek), evidence: { ...pos, text: text.slice(pos.start, pos.end) }, role: 'event', background: false });
			continue;
		}
		if (out.some((o) => o.evidence.start < pos.end && pos.start < o.evidence.end)) continue;
		const res = relative((d) => day(lastWeekday(d, wd, false)), anchor, text.slice(pos.start, pos.end));
		if (res) out.push({ ...res, evidence: { ...pos, text: text.slice(pos.start, pos.end) }, role: 'event', background: false });
	}
	for (const d of findDates(text.slice(from, to))) {
		const pos = { start: from + d.start, end: from + d.end };
		if (out.some((o) => o.evidence.start < pos.end && pos.start < o.evidence.end)) continue;
		let res: Resolved | null = null;
		if (d.iso && d.precision === 'day') res = day(d.iso);
		else if (d.iso) res = range(`${d.iso}-01`, monthEnd(`${d.iso}-01`), 'month');
		else if (d.calendar === 'gregorian' && d.month && year === null) res = { from: null, to: null, precision: 'unknown', note: `«${text.slice(pos.start, pos.end)}» gives no year, and neither the article's date nor its other dates do` };
		else if (d.calendar === 'gregorian' && d.month && year !== null) {
			// No year: the article's, or the year before when that would put it after the article.
			let y = year;
			const mm = String(d.month).padStart(2, '0');
			const probe = d.day ? `${y}-${mm}-${String(d.day).padStart(2, '0')}` : `${y}-${mm}-01`;
			if (anchor && probe > add(anchor.to, 2)) y--;
			res = d.day ? day(`${y}-${mm}-${String(d.day).padStart(2, '0')}`) : range(`${y}-${mm}-01`, monthEnd(`${y}-${mm}-01`), 'month');
		}
		// «بين 12 و14 تموز», «من 3 إلى 5 آب»: a span of named days, from the first to the day the month follows.
		const sp = res?.from && d.day ? /(?:بين|من)\s+([0-9\u0660-\u0669]{1,2})\s*(?:و|إلى|الى|حتى|[-–])\s*$/u.exec(text.slice(Math.max(from, pos.start - 16), pos.start)) : null;
		const first = sp ? Number(sp[1].replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660))) : 0;
		if (res?.from && sp && first >= 1 && first < d.day!) (res = range(`${res.from.slice(0, 8)}${String(first).padStart(2, '0')}`, res.to!, 'day')), (pos.start -= sp[0].length);
		// A date with its year more than half a year before the article is background («شهدت في آب 2024 هجوماً»), however
		// the clause is worded; a recent one is news («وكانت قد استقبلت في 3 شباط …»). Dates without a year are the year's.
		const old = d.year !== null && res?.to && anchor ? res.to < add(anchor.from, -LONG_AGO) : year !== null && d.year !== null && d.calendar === 'gregorian' && d.year < year - 1;
		if (res) out.push({ ...res, evidence: { ...pos, text: text.slice(pos.start, pos.end) }, role: role(pos.start), background: !!old });
	}
	// A bare year («عام 2017», «منذ 2014», «في صيف 2021», «خلال عامي 2022 و2023») is no event date, but long before
	// the article it is background.
	for (const m of n.text.matchAll(/(?<![\p{L}\p{N}])(?:عام|عامي|العامين|سنه|سنتي|السنتين|اعوام|الاعوام|سنوات|السنوات|منذ|في|بعد|قبل|ابان|خلال)\s+(?:(?:صيف|شتاء|ربيع|خريف)\s+(?:عام\s+)?)?((?:19|20)\d\d)(?![\p{N}])/gu)) {
		const pos = at(m.index, m[0].length);
		if (year !== null && Number(m[1]) < year - 1 && !out.some((o) => o.evidence.start < pos.end && pos.start < o.evidence.end))
			out.push({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, precision: 'approximate', evidence: { ...pos, text: text.slice(pos.start, pos.end) }, role: 'event', background: true });
	}
	return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
