/**
 * Tallies told in the words of a single event: a body's weekly or yearly figures («اعتُقل ما يزيد على 1,200 متهم»,
 * «ضُبط 1870 شخصاً حاولوا عبور الحدود خلال الأسبوع الماضي»), a count of operations («نفذت 47 عملية استباقية ضبطت
 * خلالها …»), the number of those a verb happened to («عدد الأشخاص الذين ضُبطوا … بلغ …»), and a span's toll over
 * operations in the plural («تحييد 38 إرهابياً خلال الأسبوع الماضي في عمليات شمالي العراق»). Each is a statistic,
 * no incident (the README's «aggregate statistics»). findCues (cues.ts) adds what this finds as period or aggregate
 * cues; where they reach is reach.ts's call.
 */
import type { Normalized } from '$lib/arabic/normalize';
import { DAY } from './reach';
import { SPAN_PAST, vagueClaim } from './vague-claims';

/** A number as written: digits (Arabic-Indic too) with thousands separators. */
const value = (s: string) => Number(s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[,٬]/g, ''));

/**
 * Hundreds of people held, caught or killed in one go is no operation a source tells as one: «اعتُقل أكثر من 1,200
 * متهم», «ضُبط 1870 شخصاً». Persons only: a seizure of «900 ألف حبة» is one event.
 */
const PERSONS = /(?<![\p{N}\p{L}])([0-9\u0660-\u0669][0-9\u0660-\u0669,٬]*)\s+(?:[\p{L}]+\s+)?[وب]?(?:ال)?(?:متهم|شخص|اشخاص|مطلوب|متسلل|مهرب|ارهابي|عنصر|عناصر|مشتبه|موقوف|معتقل|مخالف)\p{L}{0,3}(?![\p{L}])/gu;
const MANY_PERSONS = 200;
/** Ten operations or more, counted: «47 عملية استباقية», «عشرات المداهمات», «مئات الدوريات». */
const OPERATIONS = /(?<![\p{N}\p{L}])(?:([0-9\u0660-\u0669]+)\s+|(?:عشرات|مئات)\s+(?:ال)?)(?:عمليه|عمليات|هجوما|هجمات|غاره|غارات|ضربه|ضربات|مداهمه|مداهمات|حمله|حملات|دوريه|دوريات|كمينا|كماين)(?![\p{L}])/gu;
/** «عدد الأشخاص الذين …», «عدد المتسللين الذين …», «عدد من تم توقيفهم»: the count of those the verb after it happened to. */
const COUNT_OF = /(?<![\p{L}])[وفب]?(?:ال)?عدد\s+(?:(?:ال\p{L}+\s+){1,2}(?:الذين|اللذين|اللواتي|ممن)|من\s+(?:تم|جري))(?![\p{L}])/gu;
/** A span of days just past («خلال الأسبوع الماضي», «خلال الأيام الماضية») with operations in the indefinite plural. */
const SPAN = /(?<![\p{L}])خلال\s+(?:ال)?(?:اسبوع|ايام|ساعات|اشهر|شهر)\s+(?:ال)?(?:ماضي|ماضيه|منصرم|منصرمه|فايت|فايته|اخير|اخيره)(?![\p{L}])/u;
const IN_OPERATIONS = /(?<![\p{L}])(?:في|خلال|ضمن)\s+(?:عمليات|حملات|مداهمات|غارات|هجمات)(?!\s+(?:ال|هذه|تلك))(?![\p{L}])/u;

export interface TallyCue {
	start: number;
	end: number;
	kind: 'period' | 'aggregate';
}

/** The tally cues of the normalised clause `n` (offsets into `n.text`; cues.ts maps them back). */
export function tallyCues(n: Normalized): TallyCue[] {
	const out: TallyCue[] = [];
	const dated = DAY.test(n.text);
	if (!dated)
		for (const m of n.text.matchAll(PERSONS)) if (value(m[1]) >= MANY_PERSONS) out.push({ start: m.index, end: m.index + m[0].length, kind: 'period' });
	for (const m of n.text.matchAll(OPERATIONS)) if (m[1] === undefined || value(m[1]) >= 10) out.push({ start: m.index, end: m.index + m[0].length, kind: 'period' });
	// The cue is «عدد» alone: the people counted («المتسللين») may be the event word it reaches.
	for (const m of n.text.matchAll(COUNT_OF)) out.push({ start: m.index, end: m.index + m[0].indexOf('عدد') + 3, kind: 'aggregate' });
	const span = SPAN.exec(n.text) ?? SPAN_PAST.exec(n.text);
	const ops = IN_OPERATIONS.exec(n.text);
	if (span && ops) out.push({ start: span.index, end: span.index + span[0].length, kind: 'period' });
	// A party's claim with no place or day of its own: «حيّدت 9 إرهابيين خلال الأيام السبعة الماضية» (vague-claims.ts).
	const vague = vagueClaim(n.text);
	if (vague) out.push({ ...vague, kind: 'period' });
	return out;
}
