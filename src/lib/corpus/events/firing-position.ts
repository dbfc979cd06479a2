/**
 * Where a force stands or people are held qualifies them; it is not where their act landed. «قصفت مدفعية الجيش
 * التركي المتمركزة في محيط بلدة رأس العين عدداً من القرى في ريف ناحية تل تمر»: the shells fell on Tell Tamr's
 * villages, fired from around Ras al-Ain. So also «انطلاقاً من قاعدتها في X», «من مواقعها في محيط X», «القوات
 * المرابطة قرب X», «ذوو المحتجزين في مخيم الهول». where.ts weighs such a place like an origin: below the
 * clause's own place, and kept when the clause names no other. A force «في محيط X» with no such participle is
 * where the act was («قصفت المدفعية مواقع في محيط X»). Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** Up to two words between the preposition and the name: «في محيط بلدة …», «بالقرب من مدينة …». */
const GAP = String.raw`(?:\p{L}+\s+){0,2}`;
/** A participle of being stationed, deployed or held, then في/ب/داخل/قرب/عند. */
const POSTED = new RegExp(String.raw`(?:^|\s)(?:ال)?(?:متمركز|منتشر|مرابط|متواجد|مستقر|محتجز|معتقل|موقوف|مسجون|نازح|مقيم|قاطن)\p{L}*\s+(?:في|ب|داخل|قرب|عند)\s*${GAP}$`, 'u');
/** Fired from: «انطلاقاً من …», «من مواقعها في …», «من قاعدة له قرب …», «من نقاط تمركزه في …». */
const FIRED_FROM = new RegExp(
	String.raw`(?:^|\s)(?:انطلاقا\s+من\s+|من\s+(?:ال)?(?:مواقع|موقع|قواعد|قاعد|نقاط|نقط|ثكنات|ثكن|مقرات|مقر|تمركزات|منصات|منص)\p{L}*(?:\s+(?:ال)?\p{L}+)?\s+(?:في|ب|داخل|قرب|عند)\s*)${GAP}$`,
	'u'
);

/** Whether `m` is only where the force of `clause` stands or its people are held. */
export function postedAt(text: string, clause: Span, m: Span): boolean {
	const before = norm(text.slice(Math.max(clause.start, m.start - 60), m.start));
	// A stop between the participle and the name ends the qualifying phrase.
	const tail = before.slice(Math.max(0, before.search(/[^،,.؛]*$/u)));
	return POSTED.test(tail) || FIRED_FROM.test(tail);
}
