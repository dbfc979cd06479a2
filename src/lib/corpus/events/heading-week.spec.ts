import { describe, expect, it } from 'vitest';
import { headingWeek } from './heading-week';

const HEAD = (span: string) => `الحصاد الأمني في الأنبار\n\nتستعرض الشبكة في تقريرها الأسبوعي أبرز الأحداث الأمنية خلال الأسبوع الممتد ${span}، استناداً إلى بيانات رسمية.\n\n▪️ الاثنين: أحبطت القطعات محاولة تهريب.`;

// A round-up's heading may name each end of its week by its weekday too: «من الاثنين 3 إلى الأحد 9 تشرين الثاني».
describe('the heading week, with weekday names at its ends', () => {
	it.each([
		['من الاثنين 3 إلى الأحد 9 تشرين الثاني 2025', '2025-11-03', '2025-11-09'],
		['من 3 إلى الأحد 9 تشرين الثاني 2025', '2025-11-03', '2025-11-09'],
		['بين السبت 12 والجمعة 18 نيسان 2026', '2026-04-12', '2026-04-18'],
		['من يوم الأحد 5 حتى يوم السبت 11 تموز 2026', '2026-07-05', '2026-07-11'],
		['من 3 إلى 9 تشرين الثاني 2025', '2025-11-03', '2025-11-09']
	])('%s', (span, from, to) => expect(headingWeek(HEAD(span), null)).toEqual({ from, to }));
	it.each([['في الأحد 9 تشرين الثاني 2025'], ['من الاثنين 3 إلى الأحد 19 تشرين الثاني 2025']])('no week: %s', (span) => expect(headingWeek(HEAD(span), null)).toBeNull());
});
