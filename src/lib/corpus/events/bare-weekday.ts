/**
 * Weekdays: the day a weekday names before an article's date, and where a bare «الأحد» or «الاثنين» names one.
 *
 * «الأحد» and «الاثنين» alone are also «the one» and «the two» (عبد الأحد، الاثنين معاً). As a day they need «الماضي»
 * («الأحد الماضي»), a part of the day (when.ts), or the places a time adverbial takes in a news clause: set off by
 * commas («انتشرت الوحدات، الأحد، في محيط المعبر») or right after the verb that opens the clause, before its subject
 * («انفجرت الأحد عبوة ناسفة», «1- قُتل الإثنين راعٍ», «وأعلنت الاثنين وزارة الداخلية …»). Matched on normalised text.
 */
const OPENING_VERB = String.raw`(?<=(?:^|\n|[.،,:؛]\s*|[0-9\u0660-\u0669]{1,2}\s*[-–.)]\s*)[وف]?\p{L}{3,}\s+)`;
const SET_OFF = String.raw`(?<=[،,]\s*)(?=\p{L}+\s*[،,.])`;
/** Not «the two of them» nor «eleven»: «الاثنين معاً», «الأحد عشر», «الاثنين منهم». */
const NOT_A_NUMBER = String.raw`(?!\s+(?:عشر|عشره|معا|منهم|منهما|الاخرين|الاخران|كليهما|كلاهما)(?![\p{L}]))`;

/** The weekday (group 1) and «الماضي» when it follows (group 2): the day on or before the article's, or the one before. */
export const ONE_TWO_DAY = new RegExp(
	String.raw`(?<![\p{L}])(?:(?:${OPENING_VERB}|${SET_OFF})[وف]?(الاحد|الاثنين)(?:\s+(الماضي|الفايت|المنصرم))?|(الاحد|الاثنين)\s+(الماضي|الفايت|المنصرم))${NOT_A_NUMBER}(?![\p{L}])`,
	'gu'
);

const DAY_MS = 86400000;
/** The last day before (or, with `today`, on) ISO day `d` that is weekday `w` (0 Sunday … 6 Saturday). */
export function lastWeekday(d: string, w: number, today: boolean): string {
	const t = Date.parse(`${d}T00:00:00Z`);
	let back = (new Date(t).getUTCDay() - w + 7) % 7;
	if (back === 0 && !today) back = 7;
	return new Date(t - back * DAY_MS).toISOString().slice(0, 10);
}
