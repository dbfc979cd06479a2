/**
 * Events left undrafted: an earlier event told in the pluperfect with a recent date of its own (a second event, not the
 * story's told again), events named by a verbal noun that a verb carries («نفّذت … انتشاراً», «احتضنت … اجتماعاً»), a
 * negated verdict that says the event happened («لم يكن إغلاق المنفذ … حدثاً عابراً»), and «قد» before a past verb of
 * a root in «ن» («قد نشرت»). Every sentence is written for this file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { typeOf } from './clause-testing';
import { findWhens } from './when';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

const drafts = (text: string, date = '2026-03-20') => draftIncidents({ id: 't', text, date }, GEO).map((x) => [x.type, x.date.from]);

describe('a pluperfect event with a recent date of its own is another event', () => {
	it('drafted beside the story’s event of the same type', () => {
		expect(drafts('قُتل راعيان بانفجار لغم قرب البوكمال صباح أمس. وكان لغم آخر قد انفجر الشهر الماضي بسيارة مدنية قرب البوكمال.')).toEqual([
			['landmine', '2026-03-19'],
			['landmine', '2026-02-01']
		]);
		expect(drafts('اعتقلت القوات الأمنية مساء الأربعاء خمسة مطلوبين في الرمادي. وكانت القوات قد اعتقلت الأسبوع الماضي ثلاثة آخرين في الرمادي.').map((x) => x[0])).toEqual(['arrest', 'arrest']);
	});
	it('near miss: the story’s event told again in the pluperfect, on the same day, is one draft', () => {
		expect(drafts('قُتل جندي بانفجار عبوة ناسفة قرب حديثة مساء أمس. وكانت العبوة قد انفجرت مساء أمس بدورية للجيش قرب حديثة.')).toEqual([['ied', '2026-03-19']]);
	});
});

describe('a verbal noun carried by a verb', () => {
	it('«انتشاراً» in the accusative, by soldiers, police or security men', () => {
		expect(typeOf('نفذت قوات الجيش صباح اليوم انتشاراً واسعاً في أحياء البوكمال')).toBe('deployment');
		expect(drafts('شهدت أحياء الميادين مساء الخميس انتشاراً كثيفاً لعناصر الأمن العام.')).toEqual([['deployment', '2026-03-19']]);
		expect(typeOf('وسط انتشار لعناصر الشرطة في القائم')).toBe('deployment');
	});
	it('near miss: a spread of drugs or of an illness is no deployment', () => {
		expect(typeOf('حذّر مسؤولون من انتشاراً واسعاً للمخدرات بين الشباب في البوكمال')).not.toBe('deployment');
		expect(typeOf('سجلت المدينة انتشار مرض الكوليرا')).toBeNull();
	});
	it('a city or a base that hosted a meeting held it', () => {
		expect(drafts('واحتضنت أربيل أمس اجتماعاً أمنياً ضم قادة من الجيش والبيشمركة.').map((x) => x[0])).toEqual(['security-meeting']);
		expect(drafts('وكانت دمشق قد استضافت الأسبوع الماضي اجتماعاً أمنياً لقادة حرس الحدود.').map((x) => x[0])).toEqual(['security-meeting']);
	});
	it('near miss: a meeting to be hosted is a plan', () => {
		expect(drafts('ومن المقرر أن تستضيف بغداد الأسبوع المقبل اجتماعاً أمنياً لقادة حرس الحدود.')).toEqual([]);
	});
});

describe('«لم يكن … حدثاً عابراً»: a negated verdict on an event says it happened', () => {
	it('the event is drafted', () => {
		expect(drafts('لم يكن إغلاق معبر البوكمال في الخامس من آذار الجاري أمراً عادياً بالنسبة للتجار.')).toEqual([['crossing-closed', '2026-03-05']]);
		expect(typeOf('ولم تكن الغارة التي استهدفت القائم مساء الأحد حادثة معزولة')).toBe('airstrike');
	});
	it('near miss: a negation that denies the event', () => {
		expect(drafts('لم يكن هناك أي إغلاق لمعبر البوكمال في الخامس من آذار الجاري.')).toEqual([]);
		expect(typeOf('لم يتم إغلاق المعبر أمس')).toBeNull();
	});
});

describe('«قد» before a past verb of a root in «ن» is «has»', () => {
	it('keeps the event', () => {
		expect(typeOf('وكانت قيادة العمليات قد نشرت أمس فوجاً إضافياً على الحدود')).toBe('deployment');
		expect(typeOf('وكانت القوات قد نقلت عشرين عائلة من مخيم الهول')).toBe('repatriation');
	});
	it('near miss: «قد» before a present verb is «may»', () => {
		expect(typeOf('قال القائد إننا قد ننشر قوات إضافية على الحدود')).toBeNull();
	});
});

describe('«أوقف»، with a time between commas, then the traffic it stops', () => {
	it('halts the traffic: a closure, not an arrest', () => {
		expect(typeOf('أوقفت إدارة معبر البوكمال، منذ مساء الخميس، حركة الشاحنات نحو العراق')).toBe('crossing-closed');
		expect(typeOf('وأوقفت السلطات، يوم الثلاثاء، حركة العبور في منفذ القائم')).toBe('crossing-closed');
		expect(typeOf('أوقفت هيئة المنافذ، في الثالث من آذار، العبور عبر منفذ ربيعة')).not.toBe('arrest');
	});
	it('near miss: people after the time are detained', () => {
		expect(typeOf('أوقفت الشرطة، مساء أمس، ثلاثة مطلوبين في الرمادي')).toBe('arrest');
	});
});

describe('people handed across a crossing or the border', () => {
	it('a handover, whoever hands or takes them', () => {
		expect(typeOf('سلّمت قوات الأسايش أمس عبر معبر فيشخابور خمسة عشر مواطناً عراقياً إلى سلطات الإقليم')).toBe('handover');
		expect(typeOf('وتسلّمت السلطات العراقية عند منفذ ربيعة 20 مواطناً دخلوا الأراضي السورية')).toBe('handover');
		expect(typeOf('كما تم تسليم ثلاثة مواطنين سوريين إلى حرس الحدود الأردني')).toBe('handover');
	});
	it('near miss: a peaceful march of citizens near a crossing hands no one over', () => {
		expect(typeOf('نظم مواطنون مسيرة سلمية قرب معبر اليعربية')).not.toBe('handover');
	});
	it('near miss: families, counted in persons, received at the border come home', () => {
		expect(typeOf('غادرت 80 عائلة، أي نحو 300 شخص، مخيم الهول أمس وتسلمتها قوة عراقية عند الحدود')).toBe('repatriation');
	});
});

describe('«قبل ساعات», «منذ بضع ساعات»: the article’s own day', () => {
	it('dates the event', () => {
		expect(findWhens('أطلقت الفصائل قبل ساعات طائرة مسيّرة باتجاه قاعدة حرير', '2026-03-20')[0]).toMatchObject({ from: '2026-03-20', precision: 'day' });
		expect(findWhens('وقُتل جنديان منذ بضع ساعات', '2026-03-20')[0]).toMatchObject({ from: '2026-03-20' });
	});
	it('near miss: «قبل أيام» stays a span', () => {
		expect(findWhens('وقُتل جنديان قبل أيام', '2026-03-20')[0]).toMatchObject({ precision: 'approximate' });
	});
});
