/**
 * The factions' own wording: «الاحتلال» for a foreign force, «the same group» named again, an Iraqi
 * «فصيل» with no name, the «عدوان» of a foreign air force. Sentences written for this file, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';

const ids = (text: string, country: 'IQ' | 'SY' | null = 'IQ') => [...new Set(findActors(text, 0, text.length, country).map((a) => a.id))];
/** The actors of the last sentence of `text` only, the earlier ones read as its article. */
const idsOfLast = (text: string, country: 'IQ' | 'SY' | null = 'IQ') => {
	const from = text.lastIndexOf('.') + 1;
	return [...new Set(findActors(text, from, text.length, country).map((a) => a.id))];
};

describe('«الاحتلال»: the occupier the article names', () => {
	it('reads it by its own adjective', () => {
		expect(ids('سقطت قذائف على قاعدة لقوات الاحتلال الأمريكي قرب الحسكة')).toEqual(['us-forces']);
		expect(ids('قصفت مدفعية الاحتلال التركي قرى ريف زاخو')).toEqual(['turkish-forces']);
	});
	it('reads the bare word by the adjective the article gave it before', () => {
		expect(idsOfLast('نواصل مقاومة قوات الاحتلال الأمريكي في بلادنا. واستهدف أبطالنا قاعدة الاحتلال في الرميلان بثلاث مسيرات')).toEqual(['us-forces']);
		expect(idsOfLast('تواصل مسيرات الاحتلال التركي قصف القرى. وأصيب راع بقصف لطائرات الاحتلال قرب ديريك', 'SY')).toContain('turkish-forces');
	});
	it('reads the bare word as the only foreign force the article names', () => {
		expect(idsOfLast('وصلت تعزيزات للتحالف الدولي إلى القاعدة أمس. وزعمت المجموعة أن صواريخها قتلت جنود الاحتلال')).toContain('coalition');
		expect(idsOfLast('قال مسؤول أمريكي إن القاعدة لم تتضرر. وقال الفصيل إن رشقة صاروخية أصابت قاعدة الاحتلال')).toContain('us-forces');
	});
	it('leaves it out where the article names no foreign force, and does not take «تركيز» for Turkey', () => {
		expect(ids('معركتنا مع الاحتلال طويلة')).toEqual([]);
		expect(ids('مع تركيز النيران استهدفت الصواريخ قاعدة الاحتلال')).toEqual([]);
	});
});

describe('«the same group» named again', () => {
	it('is the armed group named before it', () => {
		expect(idsOfLast('تبنت كتائب سيد الشهداء الهجوم على القاعدة. وكانت الجماعة نفسها قد قصفت مطار أربيل قبل شهر')).toContain('iran-backed-militias');
		expect(idsOfLast('هاجم عناصر من داعش نقطة للجيش. وفي اليوم التالي، قتل التنظيم ذاته راعياً في البادية')).toContain('isis');
		expect(idsOfLast('كانت الغارة على مستودع لفصيل عراقي موالٍ لإيران. واعتقلت قوات الأمن العام ثلاثة من عناصر الفصيل نفسه', 'SY')).toEqual(['syrian-government-forces', 'iran-backed-militias']);
	});
	it('is nothing where no armed group was named before', () => {
		expect(idsOfLast('اجتمع المحافظ بوجهاء المدينة. وأعلنت المجموعة ذاتها تشكيل لجنة')).toEqual([]);
	});
});

describe('factions and aggressions', () => {
	it('reads an unnamed Iraqi faction as the Iran-backed factions', () => {
		expect(ids('قتل قيادي في فصيل عراقي مسلح بضربة قرب البوكمال', 'SY')).toEqual(['iran-backed-militias']);
		expect(ids('داهمت القوات مقرا للفصيل في جرف النصر')).toEqual(['iran-backed-militias']);
		// Near miss: in a Syrian report «الفصيل» alone is an opposition faction, which no id covers.
		expect(ids('انسحب الفصيل من القرية', 'SY')).toEqual([]);
	});
	it('reads a foreign «عدوان» by its adjective', () => {
		expect(ids('ارتقى شهيدان بعدوان جوي أمريكي على مقر للحشد')).toContain('us-forces');
		expect(ids('أدان البيان الاعتداء التركي على قضاء زاخو')).toContain('turkish-forces');
	});
});
