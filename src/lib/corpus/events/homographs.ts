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
const FLOW = /^(?:[\s\u00A0]+\p{L}+){0,2}?[\s\u00A0]+[وف]?(?:ال)?(?:ضخ|عمل|العمل|انتاج|تصدير|تصديره|حركه|عبور|ملاحه|تيار|امدادات|امداد|تزويد|اطلاق|قتال|مفاوضات|محادثات|رحلات|دوام|نشاط|تشغيل|صرف|توزيع|تدفق|مشروع|مشاريع|العمليات|عمليات|الخط|المحطه|محطه|الحقل|الانبوب|المصفي)(?![\p{L}])/u;

/**
 * «ما أوقف الضخ ثلاثين ساعة», «أوقفت الشركة الإنتاج», «أوقف إطلاق النار»: «أوقف» with a flow or a plant as
 * its object (right after it, or after a subject of up to two words) halts it; it arrests no one.
 */
export function halted(text: string, t: Hit<Trigger>): boolean {
	if (!/^[وف]?(?:اوقف|اوقفت|اوقفوا|يوقف|توقف)$/.test(norm(t.text))) return false;
	return FLOW.test(norm(text.slice(t.end, t.end + 40)).split(/[،,.؛]/)[0]);
}
