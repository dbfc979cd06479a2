/**
 * A story told on: a clause that points back at the event just told («وعلى إثر ذلك»، «وفي وقت لاحق»),
 * a second thing a source said («، وأن …»), what a speaker expects in every person («نتوقع»), what an
 * arrested man carried, and «صادر في» (issued in). Invented sentences, towns of the test geography.
 */
import { describe, expect, it } from 'vitest';
import { classifyClause, clauseSpans } from './classify';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';
import { typeOf } from './clause-testing';

const drafts = (text: string, date = '2026-03-10') => draftIncidents({ id: 't', text, date }, GEO);
const of = (text: string, type: string) => drafts(text).find((d) => d.type === type);

describe('a sequel of the event just told keeps its day and, naming none, its place', () => {
	it.each([
		['انفجرت عبوة ناسفة صباح أمس بدورية في البوكمال. وعلى إثر ذلك، اعتقلت القوات خمسة أشخاص.', 'albu-kamal'],
		['هاجم مسلحون حاجزاً للجيش مساء أمس داخل القائم. وعقب الهجوم، داهمت القوات منازل واعتقلت ثلاثة أشخاص.', 'al-qaim'],
		['قُتل مدني برصاص مجهولين مساء أمس داخل مخيم الهول. وفي أعقاب الحادثة، داهمت الأسايش خيام القطاع واعتقلت شخصين.', 'al-hol'],
		['انفجرت عبوة ناسفة صباح أمس بدورية في القائم. وإثر ذلك، أغلقت السلطات المنفذ.', 'al-qaim']
	])('«%s»', (text, place) => {
		const d = drafts(text).at(-1)!;
		expect(d.date).toMatchObject({ from: '2026-03-09', precision: 'day' });
		expect(d.place?.id).toBe(place);
	});
	it('«وفي وقت لاحق» moves the story on: the meeting held later is drafted, on the day before it', () => {
		const d = of('اندلعت اشتباكات صباح أمس بين مسلحين وقوة من الجيش قرب القائم. وفي وقت لاحق، عقد قائد الشرطة اجتماعاً أمنياً في البوكمال مع وجهاء العشائر.', 'security-meeting');
		expect(d?.date.from).toBe('2026-03-09');
		expect(d?.place?.id).toBe('albu-kamal');
		expect(typeOf('وفي وقت لاحق، زار وفد عسكري مقر قيادة الحدود')).toBe('security-meeting');
		expect(typeOf('في وقت لاحق، سيّرت القوات دورية على الطريق الدولي')).toBe('patrol');
	});
	it('near misses: a sequel with its own place is placed there; «في وقت لاحق» inside a clause is still a plan', () => {
		expect(drafts('انفجرت عبوة ناسفة صباح أمس بدورية في البوكمال. وعلى إثر ذلك، اعتقلت القوات في القائم ثلاثة أشخاص.').at(-1)?.place?.id).toBe('al-qaim');
		expect(typeOf('وتعقد اللجنة اجتماعاً في وقت لاحق لبحث الخروقات')).toBeNull();
		expect(typeOf('على أن يُعقد في وقت لاحق اجتماع موسع للقادة')).toBeNull();
	});
});

describe('«، وأن …» after a comma, with a day of its own, is a second thing the source said', () => {
	it.each([
		['قال المصدر إن دورية اعتقلت مهرباً قرب القائم، وأن قوة أخرى ضبطت أمس شاحنة محملة بالسجائر المهربة', ['arrest', 'smuggling-interdiction']],
		['وأضاف أن القوات انتشرت في البوكمال، وإن الأهالي تظاهروا أمس أمام مبنى الناحية', ['deployment', 'protest']],
		['أفاد مصدر بأن عبوة انفجرت بدورية للجيش، وبأن مسلحين اختطفوا فجر اليوم راعياً قرب الحدود', ['ied', 'abduction']]
	])('«%s»', (text, types) => {
		expect(clauseSpans(text).map((c) => classifyClause(text, c).event?.type)).toEqual(types);
	});
	it('near misses: with no day it goes on about the first; the concessive «وإن كان» never opens a clause', () => {
		expect(clauseSpans('قال المصدر إن عبوة انفجرت بدورية أمس، وأن جندياً قُتل فيها')).toHaveLength(1);
		expect(clauseSpans('أكد المسؤول أن مسلحين هاجموا الحاجز، وأن المهاجمين لاذوا بالفرار نحو البادية')).toHaveLength(1);
		expect(clauseSpans('انتشرت القوات في المدينة أمس، وإن كانت الاشتباكات قد توقفت صباح اليوم')).toHaveLength(1);
	});
});

describe('what a speaker expects, in every person, is no event', () => {
	it.each([
		['أغلقت السلطات منفذ القائم أمس، ونتوقع إعادة فتحه خلال أيام', 'crossing-closed'],
		['أغلقنا المعبر أمام الشاحنات صباح اليوم بسبب العاصفة، وأتوقع إعادة فتحه بعد أسبوع', 'crossing-closed'],
		['تتوقع الإدارة إعادة فتح المعبر الأسبوع المقبل', null],
		['ويتوقعون وصول تعزيزات عسكرية إلى الحدود', null],
		['توقع مسؤول محلي إعادة فتح المنفذ أمام الشاحنات', null]
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
	it('near miss: «توقيع» (signing) is not «توقع» (expecting)', () => {
		expect(typeOf('جرى توقيع اتفاق أمني بين الوزارتين أمس')).toBe('agreement');
	});
});

describe('what the arrested carried is named after «بحوزته»; the charge before it is no seized thing', () => {
	it.each([
		['اعتُقل أمس متهم بتهريب أشخاص عبر الحدود، وكانت بحوزته وثائق مزورة', 'arrest'],
		['ألقت الشرطة القبض على مطلوب بتهمة تهريب الوقود وبحوزته هويات مزورة', 'arrest'],
		['اعتقلت قوة شابين متهمين بتهريب الأغنام وبحوزتهما مبالغ مالية', 'arrest'],
		// Near misses: goods or drugs named after «بحوزته» are still what was seized.
		['اعتقلت دورية شخصاً وبحوزته 20 كغ من الحشيش', 'drug-seizure'],
		['أوقفت القوات سائقاً وبحوزته شحنة سجائر مهربة', 'smuggling-interdiction']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
});

describe('«صادر في / عن / من» is issued, not confiscated', () => {
	it.each(['صادر في بغداد', 'التقرير صادر في دمشق يوم الأحد', 'بيان صادر من قيادة العمليات المشتركة'])('«%s»', (text) => expect(typeOf(text)).toBeNull());
	it('near miss: the verb takes its object', () => {
		expect(typeOf('صادرت القوات في البوكمال شحنة أسلحة')).toBe('weapons-seizure');
		expect(typeOf('صادر الجيش كميات من الذخيرة')).toBe('weapons-seizure');
	});
});

describe('a pledge is no event; the signing of the document that holds it is', () => {
	it.each([
		['تتعهد فيها العشائر بتسليم المطلوبين إلى القضاء', null],
		['تعهد المحافظ بإعادة فتح المنفذ أمام الشاحنات', null],
		['نتعهد باعتقال كل من يهرّب السلاح عبر الحدود', null],
		['وقّع شيوخ العشائر وقائد الشرطة وثيقة شرف في القائم', 'agreement'],
		['وقّعت الفصائل المحلية ميثاقاً لضبط السلاح', 'agreement'],
		['وقّعت العشائر وثيقة تتعهد فيها بتسليم المطلوبين', 'agreement']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
	it('near misses: «وقع» of a blast or a fight is no signing', () => {
		expect(typeOf('وقع انفجار عبوة ناسفة قرب القائم')).toBe('ied');
		expect(typeOf('وقعت اشتباكات عنيفة في البوكمال')).toBe('clash');
	});
});
