/**
 * People a force says it protects or serves: «لحماية المدنيين», «حفاظاً على سلامة المواطنين», «خدمة الأهالي».
 * They name whom a force acts for, not its victims: a soldier killed «أثناء تأديته واجبه في حماية المدنيين» is no
 * civilian killed, and a base set up «لحماية المدنيين من الهجمات» attacks nobody.
 */

import { norm } from '$lib/arabic/normalize';

/** The protecting noun (with its clitics), then the people (normalised text: ة is ه). */
const PROTECTED = /(?:^|\s)(?:[وف]?(?:ل|ب|لل|بال|ال)?(?:حمايه|سلامه|امن|خدمه|تامين)|حفاظا\s+عل[يى]\s+(?:ال)?(?:سلامه|امن|ارواح))\s+(?:ال)?(?:مدنيين|مواطنين|اهالي|سكان|الاهالي)(?![\p{L}])/gu;

/** The normalised clause with the people it protects blanked out (same length, so offsets stay). */
export function withoutProtected(clause: string): string {
	return clause.replace(PROTECTED, (m) => ' '.repeat(m.length));
}

const PROTECTED_END = new RegExp(`${PROTECTED.source}$`, 'u');

/** Whether the people named at text[start, end) are ones a force protects («… في حماية المدنيين»). */
export function protectedAt(text: string, start: number, end: number): boolean {
	return PROTECTED_END.test(norm(text.slice(Math.max(0, start - 30), end)));
}
