import { describe, expect, it } from 'vitest';
import { findWhens } from './when';

/** The dates findWhens reads in a text, as [words, from]. */
const dates = (text: string, article: string) => findWhens(text, article).map((w) => [w.evidence.text, w.from]);

describe('«الأحد» and «الاثنين» without «الماضي»', () => {
	// 2026-03-12 is a Thursday: the Sunday before is 8 March, the Monday 9 March.
	it('name a day right after the verb that opens the clause', () => {
		expect(dates('انفجرت الأحد عبوة ناسفة بدورية على طريق الخرافي.', '2026-03-12')).toEqual([['الأحد', '2026-03-08']]);
		expect(dates('2- قُتل الإثنين راعٍ بانفجار لغم قرب القرية.', '2026-03-12')).toEqual([['الإثنين', '2026-03-09']]);
		expect(dates('وأعلنت الاثنين قيادة الشرطة القبض على المتهمين.', '2026-03-12')).toEqual([['الاثنين', '2026-03-09']]);
	});
	it('name a day set off by commas', () => {
		expect(dates('وقال مصدر إن وحدات من الجيش انتشرت، الأحد، في محيط المعبر.', '2026-03-12')).toEqual([['الأحد', '2026-03-08']]);
	});
	it('keep «الماضي» to the week before', () => {
		expect(dates('اعتُقل الشاب الاثنين الماضي في السوق.', '2026-03-09')).toEqual([['الاثنين الماضي', '2026-03-02']]);
	});
	it('are not a day as «the one» or «the two»', () => {
		expect(dates('وقتل المسلحون الاثنين معاً أمام المنزل.', '2026-03-12')).toEqual([]);
		expect(dates('أفرجت الشرطة عن الأحد عشر موقوفاً.', '2026-03-12')).toEqual([]);
		expect(dates('وتبادل الطرفان الأسرى وأطلق سراح الاثنين.', '2026-03-12')).toEqual([]);
	});
});
