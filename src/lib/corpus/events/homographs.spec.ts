/**
 * «فجّر» (blew up) against «فجر» (dawn), and «أوقف» that halts a flow against «أوقف» that detains: every
 * sentence is written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';


describe('«فجّر» in every person and the passive, vocalised or not, is an explosion', () => {
	it.each([
		['فجّر مسلحون مجهولون جسراً صغيراً على الطريق الزراعي قرب القرية'],
		['وفُجّرت محطة ضخ المياه بعبوة ناسفة فجر اليوم'],
		['فجر عناصر التنظيم منزل المختار في البلدة مساء الخميس'],
		['وقال المصدر إن البرجين فجرا بعبوات لاصقة'],
		['وفجروها بعد أن أخلوها من سكانها']
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('ied');
	});
	it.each([
		['وصلت التعزيزات فجر اليوم إلى أطراف البلدة'],
		['انسحبت القوة فجر الثلاثاء من الموقع'],
		['عادت العائلات إلى منازلها قبيل الفجر وعند فجر يوم الجمعة'],
		['وبدأت الحملة في الساعة الرابعة فجراً']
	])('near miss: dawn, «%s»', (text) => {
		expect(typeOf(text)).not.toBe('ied');
	});
});

describe('«أوقف» with a flow or a plant as its object halts it, it arrests no one', () => {
	it.each([['ما أوقف الضخ عبر الأنبوب يومين كاملين'], ['وأوقفت الشركة الإنتاج في الحقل احترازياً'], ['أوقف الحادث حركة القطارات بين المدينتين']])('«%s»', (text) => {
		expect(typeOf(text)).not.toBe('arrest');
	});
	it.each([['أوقفت دورية الشرطة شخصين يحملان أسلحة غير مرخصة'], ['وأوقفت القوات الأمنية سائق الشاحنة عند الحاجز']])('near miss: a detention, «%s»', (text) => {
		expect(typeOf(text)).toBe('arrest');
	});
});
