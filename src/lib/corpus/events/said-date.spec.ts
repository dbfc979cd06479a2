/**
 * A date after «أن / إن» is inside what the source said, the event's, also when «أن» carries its pronoun («إنها»,
 * «أنهم», «بأنه»); a date right after the reporting verb is the day the source spoke (report-date.ts). Sentences
 * written for this spec; 2025-08-23 is a Saturday.
 */
import { describe, expect, it } from 'vitest';
import { findWhens } from './when';

const D = '2025-08-23';
const roleOf = (text: string, day: string) => findWhens(text, D).find((w) => w.from === day)?.role ?? null;

describe('a date inside what was said, after «أن» with its pronoun', () => {
	it.each([
		['أعلنت القيادة ضبط شحنة أسلحة في عملية قالت إنها نُفذت يوم الأربعاء الماضي قرب البوكمال', '2025-08-20'],
		['وأكد المصدر أنهم دخلوا الأراضي العراقية مساء الاثنين عبر طريق ترابي', '2025-08-18'],
		['وذكر الجيش بأنه اعتقل المتهمين أمس في قرية قرب ربيعة', '2025-08-22'],
		['وأوضحت الشرطة أنها عثرت الثلاثاء على مخبأ للأسلحة', '2025-08-19']
	])('%s', (text, day) => expect(roleOf(text, day)).toBe('event'));
});

describe('the day the source spoke', () => {
	it.each([
		['أعلنت وزارة الداخلية، الخميس، ضبط شحنة كبتاغون قرب البوكمال', '2025-08-21'],
		['قالت القيادة يوم الجمعة إن قواتها أحبطت محاولة تسلل', '2025-08-22']
	])('%s', (text, day) => expect(roleOf(text, day)).toBe('report'));
});
