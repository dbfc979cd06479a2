/**
 * A week's or a year's tally, and deaths in scattered incidents, are statistics, not an event; a single event
 * the same outlet documents, or one dated by its own day, stays one. Sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('a tally', () => {
	it.each([
		['وفي حصيلة أسبوعية، وثّق المرصد مقتل تسعة أشخاص بينهم طفلان في ريف دير الزور'],
		['قُتل أحد عشر شخصاً في هجمات منفصلة بمحافظة الحسكة'],
		['وأحصت الشبكة مقتل خمسة مدنيين وإصابة آخرين في حوادث أمنية متفرقة بريف البوكمال'],
		['وبحسب الحصيلة السنوية، اعتقلت القوات الأمنية نحو أربعمئة مطلوب في الأنبار']
	])('%s', (text) => expect(typeOf(text)).toBeNull());
});

describe('still an event', () => {
	it.each([
		['وثّق المرصد مقتل شخصين في هجوم على حاجز بريف دير الزور'],
		['قُتل ثلاثة أشخاص مساء أمس في هجمات متفرقة شنّها مسلحون على قرى بريف الميادين'],
		['وخلال الأسبوع الماضي، داهمت القوات الأمنية قرية في ريف الحسكة واعتقلت أربعة مطلوبين']
	])('%s', (text) => expect(typeOf(text)).not.toBeNull());
});
