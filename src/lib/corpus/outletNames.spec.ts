import { describe, expect, it } from 'vitest';
import { findMentions } from '$lib/atlas/stages/mentions';
import { draftMeta } from './draft';
import { outletSpans } from './outletNames';

// Invented sentences. The gazetteer is two entries: Baghdad (whose name is inside «بغداد اليوم») and Mosul.
const GAZ = {
	entries: [
		{ id: 'baghdad', variants: ['بغداد'] },
		{ id: 'mosul', variants: ['الموصل'] }
	],
	stop_phrases: []
} as unknown as Parameters<typeof findMentions>[1];
const placesIn = (text: string) => (findMentions([{ id: 'x', text }], GAZ).get('x') ?? []).map((m) => m.ref);

describe('an outlet named after a place is the outlet where the text names it as one', () => {
	it('in the credit line, in quotation marks, after لـ or a medium’s noun', () => {
		expect(placesIn('انفجار في الموصل\nنينوى – بغداد اليوم\nقال مصدر إن عبوة انفجرت.')).toEqual(['mosul']);
		expect(placesIn('وقال المصدر لـ"بغداد اليوم" إن الهجوم وقع ليلاً في الموصل.')).toEqual(['mosul']);
		expect(placesIn('وأضاف في حديث لبغداد اليوم أن القوات انتشرت.\n\n\nوتابع أن الوضع مستقر.')).toEqual([]);
		expect(placesIn('نقل موقع بغداد اليوم عن ضابط قوله إن الطريق أغلق.\n\n\nلا تعليق.')).toEqual([]);
		expect(placesIn('وذكرت «بغداد اليوم» أن دورية تعرضت لإطلاق نار.')).toEqual([]);
	});
	it('but the same words in a sentence are the city: «شهدت بغداد اليوم…»', () => {
		const text = 'عنوان\n\nسطر\n\nسطر ثالث\n\nشهدت بغداد اليوم انفجاراً في سوق شعبي، فيما وصل وفد إلى الموصل.';
		expect(placesIn(text)).toEqual(['baghdad', 'mosul']);
		expect(outletSpans(text)).toEqual([]);
	});
	it('the date line’s town is not a place inside the outlet’s name', () => {
		const text = 'صلاح الدين – بغداد اليوم\nأفاد مصدر أمني بأن ضربة جوية نفذت أمس.';
		const meta = draftMeta('x', text, { places: [{ start: 13, end: 18, name_en: 'Baghdad' }] });
		expect(meta.outlet_en.value).toBe('Baghdad Today');
		expect(meta.dateline.value).toBeNull();
		const mosul = 'الموصل – بغداد اليوم\nأفاد مصدر أمني بأن ضربة جوية نفذت أمس.';
		expect(draftMeta('y', mosul, { places: [{ start: 0, end: 6, name_en: 'Mosul' }, { start: 9, end: 14, name_en: 'Baghdad' }] }).dateline.value).toBe('Mosul');
	});
});
