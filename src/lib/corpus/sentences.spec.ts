import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from './sentences';

describe('sentenceSpans', () => {
	it('splits on Arabic and Latin stops followed by space, and on line breaks', () => {
		const t = 'الأولى هنا. الثانية؟ الثالثة\nالرابعة؛ الخامسة';
		expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['الأولى هنا.', 'الثانية؟', 'الثالثة', 'الرابعة؛', 'الخامسة']);
	});
	it('does not split decimals', () => {
		const t = 'ضبط 1.27 مليون حبة. ثم انتهى';
		expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['ضبط 1.27 مليون حبة.', 'ثم انتهى']);
	});
	it('keeps closing quotes with their sentence and trims white space', () => {
		const t = '  قال: "انتهى." وبعد';
		expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['قال: "انتهى."', 'وبعد']);
	});
	it('does not end a sentence at the stop of an initial', () => {
		const cut = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));
		expect(cut('شيّع الأهالي جثمان الشاب (ع. ح)، 24 عاماً، الذي قتل أمس. وتجمع العشرات')).toEqual(['شيّع الأهالي جثمان الشاب (ع. ح)، 24 عاماً، الذي قتل أمس.', 'وتجمع العشرات']);
		expect(cut('اعتقلت الدورية المدعو م. خ. من أبناء القرية. ثم أفرجت عنه')).toEqual(['اعتقلت الدورية المدعو م. خ. من أبناء القرية.', 'ثم أفرجت عنه']);
		expect(cut('قتل الطفل «س. ع» برصاصة طائشة. وأصيب آخر')).toEqual(['قتل الطفل «س. ع» برصاصة طائشة.', 'وأصيب آخر']);
		// A lone letter that ends a plain sentence still ends it.
		expect(cut('انتهت المرحلة ب. ثم بدأت المرحلة التالية')).toEqual(['انتهت المرحلة ب.', 'ثم بدأت المرحلة التالية']);
	});
	it('finds the sentence around a span', () => {
		const t = 'أ ب. ج د. هـ';
		const spans = sentenceSpans(t);
		const at = t.indexOf('ج');
		const s = sentenceAt(spans, at, at + 1);
		expect(t.slice(s.start, s.end)).toBe('ج د.');
	});
});
