/**
 * Protests and riots: sit-ins, marches, roads cut, and crowds that burn, stone or storm.
 * Every sentence is written for this file from how frontier outlets word the event (none is taken from
 * the labelled splits); each family ends with sentences that must not draft as it.
 */
import { describe, expect, it } from 'vitest';
import { eventOf, typeOf } from './clause-testing';


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

describe('a crowd with banners, chants or demands', () => {
	it.each([
		['وتجمّع عشرات من أهالي القرية أمام مبنى المجلس رافعين لافتات تطالب بالإفراج عن أبنائهم'],
		['احتشد المئات في الساحة العامة مرددين هتافات ضد الإدارة المحلية'],
		['تجمهر أهالي الحي أمام مقر الشرطة ونددوا بمقتل الشاب'],
		['خرج العشرات من طلاب الجامعة ورفعوا شعارات تطالب بمحاسبة المسؤولين']
	])('%s → protest', (s) => expect(typeOf(s)).toBe('protest'));
	it('forces massing with no grievance is no protest', () => {
		expect(typeOf('تجمعت أرتال من القوات في محيط المدينة استعداداً للعملية')).not.toBe('protest');
	});
});

describe('what a crowd denounces is its grievance', () => {
	it.each([
		['خرج المئات في مظاهرة جابت شوارع المدينة، نددوا خلالها بالهجمات التي تستهدف الأحياء'],
		['نظّم أهالي البلدة وقفة أمام المشفى منددين بمقتل طبيب برصاص مجهولين'],
		['تظاهر العشرات في الساحة واستنكروا القصف الذي طال منازلهم']
	])('%s → protest', (s) => expect(typeOf(s)).toBe('protest'));
	it('a ministry condemning an attack still tells the attack', () => {
		expect(typeOf('ندّدت وزارة الخارجية بالهجوم الذي استهدف حاجزاً للجيش أمس وأسفر عن مقتل ثلاثة جنود')).not.toBe('protest');
		expect(typeOf('ندّدت وزارة الخارجية بالهجوم الذي استهدف حاجزاً للجيش أمس وأسفر عن مقتل ثلاثة جنود')).not.toBeNull();
	});
});

describe('fire to break up a protest', () => {
	it.each([
		['أطلق عناصر الأمن الرصاص الحي لتفريق مظاهرة خرجت في البلدة للمطالبة بالإفراج عن المعتقلين'],
		['أصيب ثلاثة محتجين حين فرّقت قوات الشرطة اعتصامهم بالرصاص أمام مبنى المحافظة'],
		['أطلقت دورية النار لفض تجمع للمتظاهرين قرب الدوار، ما أدى إلى إصابة شاب']
	])('%s → protest', (s) => {
		expect(eventOf(s)?.type).toBe('protest');
		expect(eventOf(s)?.sub_event_type).toBe('Protest with intervention');
	});
	it('a clash beside a protest it does not disperse stays a clash', () => {
		expect(typeOf('اشتبك مسلحون مع قوات الأمن قرب مكان المظاهرة، ما أدى إلى مقتل عنصر')).toBe('clash');
	});
});

describe('«كسر» as a verb only', () => {
	it('smashing by a crowd riots', () => {
		expect(typeOf('كسر عشرات المحتجين واجهات المحال التجارية في السوق')).toBe('riot');
	});
	it.each([['يعجز كثير من الأهالي عن تأمين كسرة خبز لأطفالهم'], ['تقاسم الأهالي كسرة الخبز الأخيرة في المخيم']])('%s → no riot', (s) => expect(typeOf(s)).not.toBe('riot'));
});
