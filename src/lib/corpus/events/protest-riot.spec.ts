/**
 * Protests and riots: sit-ins, marches, roads cut, and crowds that burn, stone or storm.
 * Every sentence is written for this file from how frontier outlets word the event (none is taken from
 * the labelled splits); each family ends with sentences that must not draft as it.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';


describe('protest', () => {
	it.each([
		['نظّم العشرات وقفة احتجاجية أمام مبنى المحافظة'],
		['تظاهر المئات في دير الزور تنديداً بالاعتقالات'],
		['اعتصم أهالي المعتقلين أمام مقر المجلس'],
		['قطع محتجون طريقاً دولياً بالإطارات المشتعلة'],
		['خرج العشرات في تظاهرة للمطالبة بالإفراج عن أبنائهم'],
		['أغلق محتجون الطريق المؤدي إلى المنفذ'],
		['احتج العشرات على قطع الكهرباء'],
		['نظم أهالي القرية وقفة احتجاجية ضد القصف التركي'],
		['خرج المئات في مظاهرة حاشدة تنديداً بالغارات الإسرائيلية'],
		['خرج الأهالي في مسيرة احتجاجية وسط المدينة'],
		['نظم المئات مسيرة شعبية تنديداً بالغلاء']
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('protest');
	});
});

describe('riot', () => {
	it.each([
		['أحرق محتجون إطارات وأغلقوا الطريق'],
		['أقدم غاضبون على إحراق مقر حزب في المدينة'],
		['اندلعت أعمال شغب في سجن الحسكة'],
		['هاجم محتجون مبنى القائمقامية ورشقوه بالحجارة'],
		['اقتحم محتجون غاضبون مقر الحزب وأضرموا النار فيه'],
		['شهد سجن غويران استعصاء للسجناء'],
		['قُتل سجينان وجُرح أربعة حراس خلال عصيان اندلع داخل سجن الصناعة'],
		['أحبطت القوات محاولة فرار جماعية لمعتقلين من سجن غويران']
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('riot');
	});
});

describe('no protest', () => {
	it('forces cutting the smugglers\' route forestall them', () => {
		expect(typeOf('قطعت القوات الأمنية الطريق أمام المهربين')).not.toBe('protest');
	});
	it('a call to protest next Friday is a plan', () => {
		expect(typeOf('دعت التنسيقيات إلى التظاهر يوم الجمعة المقبل')).toBeNull();
	});
});

describe('«مسيرة» as a march or a course is no drone', () => {
	it.each([['تواصل الحكومة مسيرة الإعمار في المحافظة'], ['أشاد بمسيرة النضال الطويلة'], ['تحدث عن مسيرة السلام في المنطقة']])('«%s»', (text) => {
		expect(typeOf(text)).toBeNull();
	});
	it('a drone is still a drone', () => {
		expect(typeOf('استهدفت مسيرة مجهولة سيارة قرب البوكمال')).toBe('drone-strike');
	});
});
