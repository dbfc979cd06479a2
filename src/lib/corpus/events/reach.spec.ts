/**
 * How far a cue reaches in its clause (classify.ts): words that stand near an event word but belong to
 * another phrase of the clause. Every sentence is written for this file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import { typeOf } from './clause-testing';


describe('background words after the event word that describe its object, not its time', () => {
	it('a day of the clause’s own keeps the event', () => {
		expect(typeOf('تظاهر العشرات يوم السبت في الساحة للمطالبة بالإفراج عن معتقلين منذ سنوات')).toBe('protest');
		expect(typeOf('اعتقلت الشرطة، أمس، رجلاً كان يدير مضافة للتنظيم إبان سيطرته على البلدة')).toBe('arrest');
		expect(typeOf('خطف مسلحون، مساء الخميس، شقيق معتقل مغيّب منذ أعوام في سجون النظام')).toBe('abduction');
	});
	it('so does a superlative between the event and the period', () => {
		expect(typeOf('أحبطت قوات الحدود محاولة تهريب شحنة أسلحة هي الأكبر منذ سقوط المدينة')).toBe('smuggling-interdiction');
	});
	it('a day of the month written out is a day of the clause’s own', () => {
		expect(typeOf('وفي 3 تموز الجاري، اعتقلت الشرطة رجلاً يدير مضافة للتنظيم منذ سنوات')).toBe('arrest');
		expect(typeOf('انفجرت عبوة ناسفة يوم 14 شباط بسيارة قيادي مطلوب منذ أعوام')).toBe('ied');
		expect(typeOf('وفي ١٢ آب، خطف مسلحون تاجراً مغيّباً شقيقه منذ سنوات')).toBe('abduction');
	});
	it('so does «أول» or «آخر» heading the noun it compares («أول قاعدة … منذ سنوات»)', () => {
		expect(typeOf('أنشأت القوات نقطة عسكرية في البلدة لتكون أول قاعدة دائمة لها في المنطقة منذ سنوات')).toBe('base-established');
		expect(typeOf('أُعيد فتح المعبر في أول عبور للشاحنات منذ أعوام')).toBe('crossing-reopened');
		expect(typeOf('اشتبك الجيش مع مسلحين في البادية بآخر مواجهة من نوعها منذ سنوات')).toBe('clash');
	});
	it('near misses: no day of its own, or the background word first', () => {
		// A month and a year with no day leave the clause undated by a day.
		expect(typeOf('أنشأت القوات نقطة عسكرية في آذار 2019 في البلدة منذ سنوات')).toBeNull();
		expect(typeOf('ضبطت الشرطة شحنة حشيش في المستودع منذ سنوات')).toBeNull();
		expect(typeOf('وقبل سنوات شهدت القرية اشتباكات عنيفة يوم الجمعة')).toBeNull();
	});
});

describe('«قد» before a past verb of the forms that begin with «ت» is «has», not «may»', () => {
	it('a past person’s suffix makes the verb past', () => {
		expect(typeOf('وكانت القوات قد تسلّمت، يوم الأحد، عشرين معتقلاً من قسد')).toBe('handover');
		expect(typeOf('وكان عناصر الأمن قد تسلموا المطلوبين من الجانب العراقي')).toBe('handover');
		expect(typeOf('وكانت السلطات قد تسلمتا دفعة من المحتجزين لدى قسد')).toBe('handover');
	});
	it('near miss: an imperfect after «قد» stays a possibility', () => {
		expect(typeOf('وقال إن قسد قد تسلم المحتجزين إلى العراق')).toBeNull();
	});
});

describe('a demonstrative points back only to a definite noun', () => {
	it('before an indefinite noun it is the object of the verb before it', () => {
		expect(typeOf('وسبق ذلك اجتماعٌ أمني عُقد في بغداد بين قادة الحدود')).toBe('security-meeting');
		expect(typeOf('وتلا ذلك انفجارُ عبوة ناسفة قرب الجسر')).toBe('ied');
		expect(typeOf('وأعقب ذلك اشتباكات عنيفة في القرية')).toBe('clash');
	});
	it('near miss: «ذلك الهجوم» is the attack already told', () => {
		expect(typeOf('وقد وقع ذلك الهجوم على الطريق الدولي')).toBeNull();
	});
});

describe('a verbal noun with the purpose «لـ» is the aim of the act before it', () => {
	it('after a finite report or an agreement', () => {
		expect(typeOf('اعتقلت قوة أمنية شخصاً أعدّ لاغتيال مختار القرية')).toBe('arrest');
		expect(typeOf('داهمت القوات منزلاً واعتقلت رجلين كانا يعدّان لتفجير عبوة في السوق')).toBe('arrest');
		expect(typeOf('وقعت الحكومتان مذكرة تفاهم لضبط الحدود المشتركة')).toBe('agreement');
	});
	it('what the arrested were planning, told after the arrest, leaves the arrest', () => {
		expect(typeOf('اعتقلت الاستخبارات، يوم الأحد، خمسة من عناصر التنظيم في القرية، كانوا يخططون لتفجير سيارة مفخخة')).toBe('arrest');
		expect(typeOf('وتخطط الخلية لتفجير سيارة مفخخة')).toBeNull();
	});
	it('«سبل», «آليات» before a verbal noun are ways to do it, not a report', () => {
		expect(typeOf('عقد المحافظ اجتماعاً أمنياً لبحث سبل ضبط السلاح المنفلت')).toBe('security-meeting');
		expect(typeOf('ناقش الاجتماع الأمني آليات ضبط المعابر')).not.toBe('weapons-seizure');
	});
	it('near misses: «لـ» that is no purpose', () => {
		expect(typeOf('قتل راع بانفجار لغم قرب القرية')).toBe('landmine');
		expect(typeOf('تعرضت دورية لهجوم مسلح قرب البلدة')).toBe('clash');
	});
});

describe('shots into the air are no fight', () => {
	it('«في الهواء» after the gunfire word turns it off', () => {
		expect(typeOf('قبل أن تفرقهم الشرطة بإطلاق النار في الهواء')).toBeNull();
		expect(typeOf('وأطلق عناصر الحاجز الرصاص في الهواء لإبعاد المتجمهرين')).toBeNull();
		expect(typeOf('فرّقت قوات الأمن المحتجين بإطلاق عيارات نارية في الهواء')).toBe('protest');
	});
	it('near miss: gunfire at someone stays a fight', () => {
		expect(typeOf('أطلق مسلحون النار على حاجز للجيش قرب البلدة')).not.toBeNull();
	});
});

describe('a clause with no day and no place of its own tells an event already told', () => {
	const drafts = (text: string) => draftIncidents({ id: 'x', text, date: '2026-03-02' }, TEST_GEOGRAPHY);
	it('the other side’s toll after «فيما», «بينما» is the same fight', () => {
		expect.hasAssertions();
		expect(drafts('اندلعت اشتباكات، مساء الأحد، بين الجيش ومسلحين قرب كركوك أسفرت عن مقتل جندي، فيما تمكنت القوة من قتل ثلاثة مسلحين.').map((d) => d.type)).toEqual(['clash']);
		expect(drafts('هاجم مسلحون نقطة للجيش، فجر اليوم، في كركوك ما أدى إلى مقتل جنديين، بينما قتل الجنود أحد المهاجمين.').map((d) => d.type)).toEqual(['clash']);
	});
	it('an event noun with the article names the event told before', () => {
		const text = 'شنت طائرات التحالف، أمس، غارات على مواقع للتنظيم قرب القائم.\n\nوفي دير الزور، انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية.\n\nفيما قالت مصادر إن "الغارات لم توقع خسائر بشرية".';
		expect(drafts(text).map((d) => d.type)).toEqual(['airstrike', 'ied']);
	});
	it('near miss: a clause with a place of its own is another event', () => {
		expect(drafts('اندلعت اشتباكات، مساء الأحد، في كركوك، فيما هاجم مسلحون نقطة للجيش في القائم.')).toHaveLength(2);
	});
});

describe('what protesters denounce or demand is their grievance, not an event', () => {
	it('event words after «تنديداً», «احتجاجاً على», «لافتات» leave the protest', () => {
		expect(typeOf('وخرج المئات في تظاهرة حاشدة وسط المدينة، اليوم، تنديداً بالقصف التركي على القرى')).toBe('protest');
		expect(typeOf('اعتصم العشرات أمام مبنى المحافظة أمس احتجاجاً على مقتل شاب برصاص مجهولين')).toBe('protest');
		expect(typeOf('تظاهر أهالي البلدة يوم الجمعة ورفعوا لافتات تطالب بوقف غارات المسيّرات')).toBe('protest');
		expect(typeOf('تنديداً بالقصف، تظاهر العشرات في الساحة اليوم')).toBe('protest');
	});
	it('near miss: an event told beside a protest that is not its grievance keeps its type', () => {
		expect(typeOf('قصفت المدفعية التركية القرى أمس، ورفع الأهالي شكاوى')).toBe('shelling');
	});
});

describe('a motive phrase fronted and closed by a comma sets the scene for the event after it', () => {
	it.each([
		['وعلى خلفية الحادث، قطع غاضبون الطريق الرئيسي وأحرقوا الإطارات', 'riot'],
		['على خلفية مقتل الشاب، خرج العشرات في تظاهرة أمام مبنى البلدية', 'protest'],
		['وعلى خلفية ذلك، اعتقلت القوات الأمنية خمسة مشتبه بهم في القرية', 'arrest']
	])('«%s» → %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('near misses: the event word inside the motive phrase, or a motive with no comma, stays a motive', () => {
		expect(typeOf('على خلفية تفجير عبوة ناسفة قرب السوق')).toBeNull();
		expect(typeOf('اعتقلت الشرطة شاباً على خلفية تفجير عبوة ناسفة قرب السوق')).toBe('arrest');
	});
});

describe('a comment after a comma judges the event; its negations and past years are not the event’s', () => {
	it.each([
		['تسلّمت القوات الأمنية عشرة مطلوبين من الجانب الآخر، في خطوة وصفها مراقبون بأنها لم تحدث منذ سنوات', 'handover'],
		['أعيد فتح المعبر أمام الشاحنات، الأمر الذي لم يكن متاحاً قبل عامين', 'crossing-reopened'],
		['اعتقلت الشرطة ثلاثة مهربين قرب الحدود، وهو ما لم تشهده المنطقة منذ سنوات', 'arrest']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
	it('near miss: a negation before the event word, or with no comma, still reaches it', () => {
		expect(typeOf('لم تتسلّم القوات الأمنية أي مطلوبين من الجانب الآخر')).toBeNull();
		expect(typeOf('اعتقلت الشرطة ثلاثة مهربين قبل عامين')).toBeNull();
	});
});

describe('a generic word that is the subject of a result verb names the operations, not a habit', () => {
	it('the outcome it tells is the event', () => {
		expect(typeOf('وأسفرت العمليات عن اعتقال ثمانية مطلوبين في القرى المحيطة')).toBe('arrest');
		expect(typeOf('وقد أدت الحملات الأمنية إلى توقيف عشرين مشتبهاً به في الأحياء الشرقية')).toBe('arrest');
		expect(typeOf('أثمرت عمليات التفتيش عن ضبط كمية من الأسلحة والذخائر في مستودع')).toBe('weapons-seizure');
	});
	it('near miss: the generic word with no result verb still turns the word off', () => {
		expect(typeOf('تحدث عن عمليات الاعتقال في المنطقة')).toBeNull();
	});
});

describe('a definite event noun as the subject of «يأتي» or «جاء» is the event already told', () => {
	it.each([
		'ويأتي الاتفاق بعد أشهر من التوتر بين الطرفين في المنطقة',
		'وجاء الهجوم بعد يومين من زيارة القائد للبلدة',
		'وتأتي الاعتقالات في إطار حملة بدأت مطلع الشهر'
	])('«%s» is no event of its own', (text) => expect(typeOf(text)).toBeNull());
	it('near miss: reinforcements that came are a deployment', () => {
		expect(typeOf('وجاءت تعزيزات عسكرية إلى البلدة مساء أمس')).toBe('deployment');
	});
});

describe('a trend told with background, then an instance of it dated by its own words', () => {
	it.each([
		['وتتسارع عودة العائلات منذ أشهر، إذ غادرت 120 عائلة مخيم الهول الأسبوع الماضي', 'repatriation'],
		['تتكرر الهجمات على الرعاة منذ سنوات، حيث قتل مسلحون راعياً مساء أمس في البادية', 'attack-on-civilians'],
		['تعاني البلدة من الاغتيالات منذ أعوام، فقد اغتال مجهولون مختاراً يوم الأحد', 'assassination']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
	it('near miss: an instance with no day of its own stays background', () => {
		expect(typeOf('تتكرر الهجمات على الرعاة منذ سنوات، إذ قتل مسلحون عشرات الرعاة في البادية')).toBeNull();
	});
});
