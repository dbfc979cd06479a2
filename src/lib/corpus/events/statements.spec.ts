/**
 * The words of the parties' statements around their events: a fear or a concern that opens a cause told as fact,
 * an aim in quotation marks, the people a force protects, a party's objection, fire on protesters, drones listed
 * with the small arms of an assault, a weapon that «struck», a crowd with its banners, and an interview's answer
 * dated by its question. Sentences written for this file; each family has sentences it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { eventOf, typeOf } from './clause-testing';
import { askedBefore } from './interview';

describe('a cause told after a concern or a warning happened', () => {
	it.each([
		['تتابع الوزارة بقلق بالغ تحركات الميليشيا، إذ أقدمت على إنشاء نقاط عسكرية جديدة قرب السد', 'base-established'],
		['حذّرت القيادة من التصعيد بعد أن قصفت المدفعية قرى في ريف الرقة', 'shelling'],
		['أعربت الإدارة عن قلقها حيث اعتقلت دورية ثلاثة شبان من البلدة', 'arrest']
	])('«%s» → %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it.each([
		['يخشى الأهالي من هجوم جديد على القرية'],
		['حذّرت الوزارة من قصف محتمل، إذ قد تستهدف الميليشيا القرى'],
		['تتابع الوزارة بقلق احتمال إنشاء نقاط عسكرية جديدة']
	])('«%s» stays no event', (text) => {
		expect(typeOf(text)).toBeNull();
	});
});

describe('an aim, quoted or not, and the people a force protects', () => {
	it.each([
		['أنشأت الوحدات قاعدة عسكرية جديدة على الطريق "لتأمين الطريق وحماية المدنيين من الهجمات المتكررة"', 'base-established'],
		['نشر الجيش تعزيزات في البلدة «لحماية الأهالي من الاعتداءات»', 'deployment']
	])('«%s» → %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('codes a soldier killed while protecting civilians as a fight, with no civilians', () => {
		const e = eventOf('استُشهد جندي برصاص قناص على الجبهة أثناء تأديته واجبه في حماية المدنيين');
		expect(e?.type).toBe('clash');
	});
	it('keeps civilians killed as civilians', () => {
		expect(typeOf('قُتل ثلاثة مدنيين برصاص قناص في البلدة')).toBe('attack-on-civilians');
	});
});

describe('a party\'s objection is no protest', () => {
	it.each([
		['أنشأت القوات نقطة عسكرية على التلة، ما أثار احتجاج «قسد»'],
		['استدعت الخارجية السفير وسلّمته مذكرة احتجاج'],
		['قدّمت بغداد احتجاجاً رسمياً على القصف']
	])('«%s»', (text) => {
		expect(typeOf(text)).not.toBe('protest');
	});
	it.each([['خرجت احتجاجات في مدينة الرقة للمطالبة بالرواتب'], ['نظم العشرات وقفة احتجاجية أمام مبنى المحافظة']])('«%s» is a protest', (text) => {
		expect(typeOf(text)).toBe('protest');
	});
});

describe('fire on protesters is the protest, met with force', () => {
	it.each([
		['أطلقت قوات الأسايش الرصاص الحي على متظاهرين في البلدة'],
		['فتح عناصر الحاجز النار على المحتجين وأصابوا اثنين منهم'],
		['أطلق مسلحون النار باتجاه المعتصمين أمام المبنى']
	])('«%s»', (text) => {
		const e = eventOf(text);
		expect([e?.type, e?.event_type, e?.sub_event_type]).toEqual(['protest', 'Protests', 'Protest with intervention']);
	});
	it('leaves fire on a checkpoint a clash', () => {
		expect(typeOf('أطلق مسلحون النار على حاجز للجيش قرب البلدة')).toBe('clash');
	});
});

describe('drones or shells listed with the small arms of an assault', () => {
	it.each([
		['هجوم شنته مجموعات على نقاط الجيش، مستخدمةً الأسلحة المتوسطة والطائرات المسيّرة'],
		['هاجم مسلحون القرية بالبنادق والمسيرات'],
		['شنّت الميليشيا هجوماً بالأسلحة الخفيفة والمتوسطة وقذائف الهاون على الحاجز']
	])('«%s» is a clash', (text) => {
		expect(typeOf(text)).toBe('clash');
	});
	it.each([['استهدفت طائرة مسيّرة سيارة عسكرية قرب السد'], ['هاجمت مسيّرة انتحارية نقطة للجيش']])('«%s» stays a drone strike', (text) => {
		expect(typeOf(text)).toBe('drone-strike');
	});
});

describe('a weapon that struck', () => {
	it.each([
		['طائرة مسيّرة تركية ضربت سيارة على الطريق بين القريتين', 'drone-strike'],
		['ضربت صواريخ القاعدة الجوية فجر اليوم', 'shelling']
	])('«%s» → %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('«ضرب طوقاً» strikes nothing', () => {
		expect(typeOf('ضربت القوات طوقاً أمنياً حول الحي')).toBeNull();
	});
});

describe('a crowd with banners or chants is a protest', () => {
	it.each([
		['تجمّع أكثر من مئتي شخص أمام مبنى القائممقامية ورفعوا لافتات تطالب بوقف القصف'],
		['احتشد الأهالي في الساحة رافعين شعارات ضد الفساد'],
		['تجمهر العشرات أمام المديرية وهتفوا ضد المسؤولين']
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('protest');
	});
	it('a crowd gathered for a funeral is no protest', () => {
		expect(typeOf('تجمّع المئات في المقبرة لتشييع الضحايا')).not.toBe('protest');
	});
});

describe('an interview\'s answer is dated by its question', () => {
	const text = 'رووداو: ماذا جرى مساء الخميس؟\n\nالمسؤول: مسيّرة ضربت سيارة قرب القرية. وبعدها هدأ الوضع.\n\nرووداو: وما الجديد؟\n\nالمسؤول: لا شيء.';
	it('gives the first sentence of the answer the question before it', () => {
		const at = text.indexOf('مسيّرة');
		expect(askedBefore(text, { start: at, end: at + 10, text: '' })?.text).toBe('رووداو: ماذا جرى مساء الخميس؟');
	});
	it('gives nothing to a later sentence, nor to a line after no question', () => {
		const later = text.indexOf('وبعدها');
		expect(askedBefore(text, { start: later, end: later + 5, text: '' })).toBeNull();
		const plain = 'اعتقلت الشرطة متهماً.\n\nوفي سياق آخر، انفجرت عبوة.';
		const at = plain.indexOf('وفي');
		expect(askedBefore(plain, { start: at, end: at + 5, text: '' })).toBeNull();
	});
});
