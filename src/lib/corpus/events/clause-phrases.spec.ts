/**
 * Which phrase of a clause an event word belongs to — the aim of a meeting, the object of a seizure, a
 * relayed source, a published item — and the verb forms that report an event in either voice or
 * word order. Every sentence is written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from './lexicon';
import { typeOf } from './clause-testing';


describe('a word inside the aim of an act is that aim, not an event', () => {
	it.each([
		['التقى وفد عسكري بقادة التحالف في أربيل، لبحث آليات تسريع نقل العائلات من المخيم', 'security-meeting'],
		['اجتمع مسؤولون أمنيون من البلدين صباح اليوم بهدف تنظيم إعادة النازحين إلى قراهم', 'security-meeting'],
		['بحث قائد الشرطة مع وفد أمني من أجل استكمال ترحيل اللاجئين العالقين', 'security-meeting'],
		['وقّع الجانبان اتفاقاً لمناقشة ملف اللاجئين وإعادة دفعة من العائلات', 'agreement']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));

	it('near miss: the same noun told as the act itself, with no aim before it, stays the event', () => {
		expect(typeOf('جرت صباح اليوم إعادة مئة عائلة من المخيم إلى الموصل')).toBe('repatriation');
		expect(typeOf('اجتمع وفد أمني بقادة قسد، وأُعيدت بعدها عشرون عائلة من المخيم')).not.toBe(null);
	});
});

describe('a belt named after a find or a seizure is what was found', () => {
	it.each([
		['داهمت قوة وكراً للتنظيم وقتلت إرهابيين اثنين وضبطت حزاماً ناسفاً', 'clash'],
		['عثرت مفرزة على مضافة فيها حزام ناسف وذخائر', 'weapons-seizure'],
		['نفذت القوات إنزالاً جوياً أسفر عن مقتل ثلاثة مسلحين وضبط حزام ناسف كان بحوزتهم', 'clash']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));

	it('near miss: a belt set off is a suicide bombing', () => {
		expect(typeOf('فجّر مسلح حزاماً ناسفاً قرب حاجز للجيش فقتل جنديين')).toBe('suicide-bombing');
	});
});

describe('«نقل … عن» relays words and «نشر الخبر» publishes them', () => {
	it.each([
		'ونقلت وكالة محلية عن مصدر في إدارة المخيم أن الأوضاع هادئة',
		'كما نقل موقع إخباري عن أحد النازحين قوله إن العائلات تنتظر',
		'نقلت صحيفة عن مسؤول عراقي أن ملف المخيم سيُطرح'
	])('«%s»: no repatriation', (text) => expect(findTriggers(text).some((t) => t.entry.type === 'repatriation')).toBe(false));

	it.each([
		'ولم تعلّق قيادة الجيش على الحادث حتى ساعة نشر الخبر',
		'ونشرت قيادة العمليات بياناً عن الحادث',
		'وانتشرت صور الحادث بعد نشر التقرير'
	])('«%s»: no deployment', (text) => expect(typeOf(text)).not.toBe('deployment'));

	it('near misses: people moved «عن طريق» a crossing, forces deployed', () => {
		expect(typeOf('نقلت الحافلات أربعين عائلة من المخيم عن طريق معبر حدودي')).toBe('repatriation');
		expect(typeOf('نشرت قيادة العمليات قوات إضافية على الشريط الحدودي')).toBe('deployment');
	});
});

describe('verb forms that report an event', () => {
	it.each([
		// A crossing reopened, in the passive.
		['وكان المعبر قد أُعيد فتحه أمام الشاحنات يوم الأحد', 'crossing-reopened'],
		['أُعيد افتتاح منفذ ربيعة صباح اليوم بعد توقف دام شهراً', 'crossing-reopened'],
		['أُعيد فتح المنفذ الحدودي أمس', 'crossing-reopened'],
		// A crowd blocking a road, its subject between the verb and the road; stoning is rioting.
		['قطع عشرات من أهالي البلدة، مساء أمس، الطريق الرئيسي احتجاجاً على انقطاع الكهرباء', 'protest'],
		['قطع المئات من الشبان صباح اليوم طريق المطار بالإطارات ورشقوا سيارات الشرطة بالحجارة', 'riot'],
		['رشق شبان غاضبون دورية للشرطة بالحجارة قرب السوق', 'riot'],
		// A command acting as a unit opens a base.
		['افتتحت قيادة عمليات نينوى، يوم الثلاثاء، قاعدة متقدمة جديدة غربي الموصل', 'base-established'],
		['أنشأت الفرقة الخامسة قاعدة جديدة قرب الحدود', 'base-established']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));

	it('near misses: forces cutting a route, a road cut with no crowd, a base of a party', () => {
		expect(typeOf('قطعت القوات الأمنية الطريق أمام المهربين قرب الحدود')).not.toBe('protest');
		expect(typeOf('قطع السيل الطريق بين القريتين')).toBeNull();
		expect(typeOf('افتتح الحزب مقراً جديداً في المدينة')).toBeNull();
	});
});
