/**
 * A day named by its number in a month told relative to the article or to the date before it: «في التاسع من
 * الشهر نفسه», «يوم 12 من الشهر الجاري», «في العاشر من الشهر الماضي» (when.ts reads it; extract.ts resolves
 * «نفسه» against the date the story told just before). Normalised text. The number may take the article
 * («في الـ12 من الشهر الجاري», normalised «ال12»).
 */
import { ORDINAL_DAYS, ORDINAL_RE } from '$lib/arabic/ordinals';

/** «N من الشهر نفسه / الجاري / الماضي»: group 1 the day (ordinal or digits), group 2 which month. */
export const MONTH_DAY = `(?:[بل]?ال(?=[0-9\u0660-\u0669]))?(${ORDINAL_RE}|[0-9\u0660-\u0669]{1,2})\\s+من\\s+(?:هذا\\s+)?الشهر\\s+(نفسه|ذاته|الجاري|الحالي|الماضي|المنصرم|الفايت)`;

/** The day of a MONTH_DAY match against the article's day `d`; `same` when the month is the one told before. */
export function monthDay(m: RegExpExecArray, d: string): { from: string; to: string; precision: 'day'; monthDay: number; same: boolean } {
	const n = ORDINAL_DAYS.get(m[1].replace(/\s+/g, ' ')) ?? Number(m[1].replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660)));
	const t = new Date(`${d}T00:00:00Z`);
	const back = /الماضي|المنصرم|الفايت/.test(m[2]) ? 1 : 0;
	const at = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - back, n)).toISOString().slice(0, 10);
	return { from: at, to: at, precision: 'day', monthDay: n, same: /نفسه|ذاته/.test(m[2]) };
}
