/**
 * Dates told against the event told just before, not against the article's date: «في اليوم نفسه» (that day),
 * «في التاسع من الشهر نفسه» (that month's ninth: month-day.ts), «في اليوم التالي» / «غداة ذلك» (the day after),
 * and a count of days from it — «وبعد ذلك بثلاثة أيام», «بعدها بيومين», «بعد أسبوع من ذلك», «قبل ذلك بيوم». A
 * chronicle (a statement's list of victims, a round-up, a timeline) counts its days from the last one it named.
 * when.ts finds the words (normalised text); extract.ts resolves them against the date of the event before.
 */
import type { When } from './when';

/** A part of the day before «اليوم التالي» («صباح اليوم التالي»). */
const PART = '(?:يوم|مساء|صباح|فجر|ليله|ليل|ظهر|عصر|ظهيره|نهار)';
/** How many days: «بيوم», «بيومين», «بثلاثة أيام», «بـ5 أيام», «بأسبوع», «بساعات» (the same day). Group 1 the count word. */
const COUNT = `(يوم\\s+واحد|يومين|يوم|اسبوعين|اسبوع|ساعتين|ساعات|ساعه|بضع\\s+ساعات|(?:[0-9\\u0660-\\u0669]{1,2}|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\\s+ايام)(?![\\p{L}])`;
/** «ذلك», «ذاك», «الحادثه», «الهجوم»: the event told before, pointed at. */
const THAT = '(?:ذلك|ذاك|الحادث\\p{L}*|الهجوم|الاعتداء|الانفجار|التفجير)';

/**
 * The words of a date told against the event before, as one alternation (named groups): `same` the same day or time,
 * `next` the day after, `dir`+`n` («بعد/قبل ذلك ب…»), `dir2`+`n2` («بعد … من ذلك») or `dir3`+`n3` («بعد يومين») a count of days.
 */
export const TOLD_BEFORE = [
	'(?<same>(?:اليوم|الوقت|الليله)\\s+(?:نفسه|ذاته|نفسها|ذاتها|عينه|عينها))',
	// «ففي ذلك اليوم», «في تلك الليلة», «ذات اليوم», «في نفس الليلة»: the day pointed at is the one told before. Not
	// «منذ ذلك اليوم», «حتى ذلك اليوم», «قبل ذلك اليوم» (a state since or until it, or another day).
	`(?<!(?:منذ|حتي|قبل|بعد)\\s+)(?<same2>(?:ذلك|ذاك)\\s+(?:اليوم|الوقت|المساء|الصباح|الفجر)|تلك\\s+(?:الليله|الساعه|الساعات|الليالي)|(?:ذات|نفس)\\s+(?:اليوم|الليله|الوقت))`,
	// «وبالتزامن مع ذلك، دفعت …», «تزامناً مع الهجوم»: at the same time as the event told before.
	`(?<same3>(?:بالتزامن|تزامنا|بالتوازي)\\s+مع\\s+${THAT})`,
	`(?<next>(?:${PART}\\s+)?(?:اليوم|الليله)\\s+(?:التالي|التاليه|الذي\\s+تلاه|الذي\\s+يليه|اللاحق)|غداه\\s+(?:ذلك|الحادث\\p{L}*|الهجوم|الفرار|الهروب))`,
	`(?<dir>بعد|قبل)(?:ها|\\s+${THAT})\\s+ب${COUNT.replace('(', '(?<n>')}`,
	`(?<dir2>بعد|قبل)\\s+${COUNT.replace('(', '(?<n2>')}\\s+(?:من|علي)\\s+${THAT}`,
	// «وبعد يومين، …» alone counts from the event before too; «قبل يومين» alone counts back from the article (when.ts).
	`(?<dir3>بعد)\\s+${COUNT.replace('(', '(?<n3>')}`
].join('|');

const WORDS: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10 };

/** Days from a count word: hours are the same day (0), a week 7. */
function days(n: string): number {
	if (/ساع/.test(n)) return 0;
	if (n === 'يومين') return 2;
	if (/^يوم/.test(n)) return 1;
	if (n === 'اسبوع') return 7;
	if (n === 'اسبوعين') return 14;
	const w = n.split(/\s+/)[0];
	return WORDS[w] ?? Number(w.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660)));
}

/** What a TOLD_BEFORE match says: the same day (`after` 0, or a day of the month), or `after` days from the event before (negative: before it). */
export function toldBefore(m: RegExpExecArray): { same: true; next?: true; after?: number } {
	const g = m.groups ?? {};
	if (g.same || g.same2 || g.same3) return { same: true };
	if (g.next) return { same: true, next: true, after: 1 };
	const n = days(g.n ?? g.n2 ?? g.n3 ?? '');
	const sign = (g.dir ?? g.dir2 ?? g.dir3) === 'قبل' ? -1 : 1;
	return n === 0 ? { same: true } : { same: true, next: true, after: sign * n };
}

const shift = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/**
 * A date told against the event before, resolved against that event's date `prev` (null when no event was told
 * before it: the words then date nothing). Any other date is returned as it is.
 */
export function againstBefore(when: When | null, prev: When | null): When | null {
	if (!when || (when.role !== 'same' && when.role !== 'next')) return when;
	if (!prev?.from || !prev.to) return null;
	if (when.role === 'same') {
		// «في التاسع من الشهر نفسه»: that day of the month of the date before.
		const at = when.monthDay ? `${prev.from.slice(0, 8)}${String(when.monthDay).padStart(2, '0')}` : null;
		return { ...prev, ...(at ? { from: at, to: at, precision: 'day' as const } : {}), evidence: when.evidence, role: 'event' };
	}
	// Days counted from an event known to the day give a day; from a span they give nothing sure.
	if (prev.from !== prev.to) return null;
	const at = shift(prev.from, when.after ?? 1);
	return { ...prev, from: at, to: at, precision: 'day', evidence: when.evidence, role: 'event' };
}

/** The last date a clause tells of its own (an event's day or month, not a report's, background or one told against another): its start and value. */
export function lastTold(whens: When[]): { at: number; when: When } | null {
	const w = whens.filter((x) => x.role === 'event' && !x.background && x.from !== null && (x.precision === 'day' || x.precision === 'month')).at(-1);
	return w ? { at: w.evidence.start, when: w } : null;
}

/**
 * What «في اليوم نفسه», «في ذلك اليوم», «في الثامن عشر من الشهر ذاته» point back at: the date told last before the
 * clause. That is the last drafted event's, unless a clause after it told a date of its own without being drafted
 * («لم يكن إغلاق المنفذ في الثالث من كانون الثاني حدثاً عابراً … وأعيد فتحه في الثامن عشر من الشهر ذاته»): the reader
 * counts from the date last read, whatever clause carried it.
 */
export function pointedAt(last: { when: When | null; mentions: { start: number }[] } | undefined, told: { at: number; when: When } | null): When | null {
	if (told && (!last || told.at > Math.max(...last.mentions.map((m) => m.start)))) return told.when;
	return last?.when ?? null;
}
