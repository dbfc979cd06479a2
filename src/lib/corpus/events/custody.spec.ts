/**
 * Custody and curfews as the parties of a front word them (triggers-custody.ts): prisoner exchanges and releases
 * are handovers, a curfew imposed is Strategic developments / Other. Sentences written for this file; each family
 * ends with sentences that must not draft as it.
 */
import { describe, expect, it } from 'vitest';
import { eventOf, typeOf } from './clause-testing';

describe('a prisoner exchange or a release is a handover', () => {
	it.each([
		['جرت أمس عملية تبادل للأسرى بين الفصائل والجيش قرب منبج'],
		['أُنجزت صفقة تبادل المعتقلين بين الطرفين عند معبر التايهة'],
		['تبادل الطرفان 60 محتجزاً بوساطة عشائرية'],
		['أفرجت قوى الأمن الداخلي عن 20 موقوفاً من أبناء المنطقة'],
		['أُفرج صباح اليوم عن دفعة من المعتقلين في سجن غويران'],
		['أطلقت السلطات سراح خمسة سجناء بموجب العفو']
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('handover');
	});
	it.each([
		// Accusations exchanged, fire exchanged, a release of a statement: no one held changes hands.
		['تبادل الطرفان الاتهامات بخرق التفاهمات'],
		['أفرجت الحكومة عن موازنة المشاريع المتوقفة']
	])('«%s» is no handover', (text) => {
		expect(typeOf(text)).not.toBe('handover');
	});
	it('leaves an exchange of fire a clash', () => {
		expect(typeOf('تبادلت القوات إطلاق النار مع مسلحين قرب الحاجز')).toBe('clash');
	});
});

describe('a curfew imposed', () => {
	it.each([
		['فرضت قوى الأمن الداخلي حظر تجوال كاملاً في بلدة الشحيل'],
		['أعلنت قيادة الشرطة حظراً شاملاً للتجوال في مدينة تلعفر اعتباراً من مساء اليوم'],
		['فُرض منع التجول في قضاء سنجار لمدة يومين'],
		['تفرض السلطات المحلية حظر التجول في البلدة منذ صباح اليوم']
	])('«%s» is Strategic developments / Other', (text) => {
		const e = eventOf(text);
		expect([e?.type, e?.event_type, e?.sub_event_type]).toEqual(['other', 'Strategic developments', 'Other']);
	});
	it.each([
		['رفعت السلطات حظر التجوال عن مدينة الرقة صباح اليوم'],
		['أعلنت الإدارة إنهاء حظر التجول في البلدة'],
		['فرضت الحكومة رسوماً جديدة على الشاحنات']
	])('«%s» is no curfew imposed', (text) => {
		expect(typeOf(text)).not.toBe('other');
	});
});
