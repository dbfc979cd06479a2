/**
 * Event verbs whose unvocalised letters spell another word, or whose object makes them another verb:
 * «فجّر» (blew up) is «فجر» (dawn) without its shadda; «أوقف» detains a person but stops a flow
 * («أوقف الضخ»). false-friends.ts drops every hit these recognise. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Hit } from './scan';
import type { Trigger } from './lexicon';

/** A day or a number after «فجر»: «فجر اليوم», «فجر أمس», «فجر الثلاثاء», «فجر يوم», «فجر 12 آذار». */
const DAWN_OF = /^[\s\u00A0]*(?:[وف]?(?:ال)?يوم|اليوم|امس|الامس|البارحه|الغد|غد|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|هذا|[0-9٠-٩])(?![\p{L}])/u;
/** A time word before «فجر»: «عند فجر», «قبيل فجر», «منذ فجر», «صلاة الفجر», «الثالثة فجراً». */
const DAWN_AFTER = /(?:^|\s)[وف]?(?:عند|قبيل|بعيد|منذ|حتي|مع|وقت|صلاه|ساعات|الساعه|ساعه|من|في|خلال|(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|واحده|نصف|ربع|[0-9٠-٩:]+))[\s\u00A0]+$/u;

/**
 * «فجر» read as dawn, not as «فجّر / فُجّر» (blew up, was blown up): dawn is followed by a day or a number,
 * or comes after a time word, or is the adverb «فجراً» (tanween, or bare before a stop). The shadda, when an
 * outlet writes it, settles the verb.
 */
export function dawn(text: string, t: Hit<Trigger>): boolean {
	// «ففجر» and «وفجر» carry a conjunction; «فجر» alone begins with its own «ف».
	const word = /^[وف]?(فجرا?)$/.exec(norm(t.text))?.[1];
	if (!word || t.text.includes('\u0651')) return false;
	const after = text.slice(t.end, t.end + 16);
	if (/^\u064B/.test(after) || (word === 'فجرا' && /^[\s\u00A0]*(?:[.,،؛:)»"]|$)/u.test(after))) return true;
	return DAWN_OF.test(norm(after)) || DAWN_AFTER.test(norm(text.slice(Math.max(0, t.start - 20), t.start)));
}

/** What one stops, not whom one detains: pumping, work, traffic, output, fire, supply, talks. */
const FLOW_WORDS = String.raw`(?:ضخ|عمل|العمل|انتاج|تصدير|تصديره|حركه|عبور|ملاحه|تيار|امدادات|امداد|تزويد|اطلاق|قتال|مفاوضات|محادثات|رحلات|دوام|نشاط|تشغيل|صرف|توزيع|تدفق|مشروع|مشاريع|العمليات|عمليات|الخط|المحطه|محطه|الحقل|الانبوب|المصفي)(?![\p{L}])`;
/**
 * A day of the month or today/yesterday between the subject and the object: «أوقفت هيئة المنافذ، في الثالث من آذار/
 * مارس، حركة الشاحنات», «علّقت الإدارة يوم 5 أيار العبور», «أوقفت الشركة اليوم الخميس الضخ» (normalised text).
 */
const TIME_ADJUNCT = String.raw`(?:[\s\u00A0]+(?:في|يوم|منذ|صباح|مساء|فجر|ليله))?[\s\u00A0]+(?:(?:ال)?(?:[0-9\u0660-\u0669]{1,2}|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|\p{L}+ عشر|عشرين|\p{L}+ والعشرين|ثلاثين)(?:[\s\u00A0]+من)?[\s\u00A0]+\p{L}+(?:[\s\u00A0]*/[\s\u00A0]*\p{L}+)?(?:[\s\u00A0]+[0-9\u0660-\u0669]{4})?|(?:اليوم|امس)(?:[\s\u00A0]+(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))?)`;
/**
 * The flow right after «أوقف», or after a subject of up to three words and a day: not a flow word after «من», which
 * names whom one detains («أوقفت الشرطة عنصرين من حركة …»).
 */
const FLOW = new RegExp(String.raw`^(?:[\s\u00A0]+\p{L}+){0,3}?(?:${TIME_ADJUNCT})?[\s\u00A0]+(?<!من[\s\u00A0]+)[وف]?(?:ال)?${FLOW_WORDS}`, 'u');

/**
 * «ما أوقف الضخ ثلاثين ساعة», «أوقفت الشركة الإنتاج», «أوقف إطلاق النار»: «أوقف» with a flow or a plant as
 * its object (right after it, or after a subject of up to three words and a day, FLOW) halts it; it arrests no one.
 */
export function halted(text: string, t: Hit<Trigger>): boolean {
	if (!/^[وف]?(?:اوقف|اوقفت|اوقفوا|يوقف|توقف)$/.test(norm(t.text))) return false;
	// A time set off by commas may stand before the object: «أوقفت، منذ صباح أمس، حركة الشاحنات».
	const after = norm(text.slice(t.end, t.end + 90)).replace(PAREN_TIME, '$1 ');
	return FLOW.test(after.split(/[،,.؛]/)[0]);
}
/** «، منذ صباح أمس الأحد،», «، يوم الخميس،», «، في الثالث من آذار،»: a time between commas, after a subject of up to three words (normalised text). */
const PAREN_TIME = /^((?:[\s\u00A0]+\p{L}+){0,3})[\s\u00A0]*[،,][\s\u00A0]*(?:منذ|في|يوم|صباح|مساء|فجر|ليله|ظهر|عصر|اليوم|امس|مطلع|بدايه)(?![\p{L}])[^،,.؛]{0,40}[،,]/u;
