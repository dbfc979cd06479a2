/**
 * Whole word families and the phrase a cue belongs to: invented sentences (none taken from the labelled
 * splits), each rule with variants in other words and orders, and a near miss it must not touch.
 */
import { describe, expect, it } from 'vitest';
import { classifyClause } from './classify';
import { typeOf } from './clause-testing';


describe('a superlative that compares with the past is no background', () => {
	it('«الأولى من نوعها منذ سنوات» keeps the event', () => {
		expect(typeOf('وقّعت الوزارتان في عمّان مذكرة تفاهم لتبادل الخبرات، هي الأولى من نوعها منذ سنوات')).toBe('agreement');
		expect(typeOf('ضبطت الجمارك شحنة كبتاغون هي الأعلى منذ سنوات')).toBe('drug-seizure');
	});
	it('but «قبل سنوات» alone is background', () => {
		expect(typeOf('وقّع الطرفان مذكرة تفاهم قبل سنوات')).toBeNull();
	});
});

describe('a motive or charge ends where the clause tells what the event caused', () => {
	it('the toll after «، أسفر عن» / «، ما أدى إلى» is the event’s', () => {
		expect(typeOf('اندلع نزاع عشائري مسلح في قرية قرب البلدة على خلفية خلاف على المياه، أسفر عن مقتل ثلاثة')).toBe('clash');
		expect(typeOf('اشتبك مسلحون من عائلتين على خلفية ثأر قديم، ما أدى إلى إصابة اثنين')).toBe('clash');
		expect(typeOf('نشب اقتتال بين عشيرتين على خلفية نزاع على أرض، خلّف قتيلين')).toBe('clash');
	});
	it('but what someone is arrested over stays the charge', () => {
		expect(typeOf('اعتقلت الشرطة شاباً على خلفية مقتل جاره')).toBe('arrest');
	});
});

describe('a crowd that burns or smashes riots', () => {
	it('whatever the verb form', () => {
		expect(typeOf('أقدم عشرات الشبان الغاضبين على إحراق إطارات وتحطيم واجهات المحال')).toBe('riot');
		expect(typeOf('حطّم عشرات الغاضبين نوافذ مبنى الإدارة')).toBe('riot');
		expect(typeOf('أضرم مئات المتظاهرين النار في مقر المجلس')).toBe('riot');
	});
	it('but an armed group burning crops is no riot', () => {
		expect(typeOf('أقدم عناصر التنظيم على إحراق محاصيل القمح')).not.toBe('riot');
	});
});

describe('«قطع الطريق أمام / على» someone is to forestall them', () => {
	it('no protest', () => {
		expect(typeOf('انتشرت القوات في محيط البلدة لتأمين الطرق وقطع الطريق أمام الخلايا الهاربة')).toBe('deployment');
		expect(typeOf('قطعت القوات الطريق على المتسللين')).not.toBe('protest');
	});
	it('but protesters blocking a road protest', () => {
		expect(typeOf('قطع محتجون الطريق الدولي بالإطارات')).toBe('protest');
		expect(typeOf('قطع المحتجون الطريق أمام حركة السيارات')).toBe('protest');
	});
});

describe('receiving a reporter is an interview, not a meeting', () => {
	it('whoever the host', () => {
		expect(typeOf('استقبل قائد العمليات مراسل الصحيفة في مقره على الحدود')).toBeNull();
		expect(typeOf('التقى مدير الأمن الحدودي في مكتبه صحفيين من وكالات عدة')).toBeNull();
	});
	it('but receiving a security delegation is a meeting', () => {
		expect(typeOf('استقبل قائد قوات الحدود وفداً أمنياً عراقياً')).toBe('security-meeting');
	});
});

describe('aircraft as the means of a killing', () => {
	it('make it an air strike, whoever was killed', () => {
		expect(typeOf('طائرات F-16 دمّرت مضافة للتنظيم، وقُتل بداخلها مسلحان')).toBe('airstrike');
		expect(typeOf('قُتل خمسة مسلحين في هجوم للطيران على مخبئهم')).toBe('airstrike');
		expect(typeOf('أسفر هجوم مروحية عن مقتل قيادي في التنظيم')).toBe('airstrike');
	});
	it('but a drone is a drone strike and gunfire a clash', () => {
		expect(typeOf('قُتل راعٍ بهجوم طائرة مسيّرة')).toBe('drone-strike');
		expect(typeOf('أطلق مسلحون النار على حاجز وقُتل جندي')).toBe('clash');
	});
});

describe('a victim named by a civilian trade', () => {
	it('makes gunfire an attack on civilians', () => {
		expect(typeOf('أطلق مسلحون النار على صيادين قرب البحيرة فأصابوا أحدهم')).toBe('attack-on-civilians');
		expect(typeOf('قُتل سائق شاحنة بإطلاق نار على الطريق')).toBe('attack-on-civilians');
		expect(typeOf('أطلق مجهولون النار على صيدلاني أمام صيدليته')).toBe('attack-on-civilians');
	});
	it('but a soldier fired on is in a clash', () => {
		expect(typeOf('أُصيب جندي بإطلاق نار من مسلحين قرب الحاجز')).toBe('clash');
	});
});

describe('Iraqi «غلق» for «إغلاق»', () => {
	it('closes a crossing', () => {
		expect(typeOf('غلق منفذ القائم أمام المسافرين اعتباراً من ظهر اليوم')).toBe('crossing-closed');
		expect(typeOf('تم غلق المعبر الحدودي لأسباب أمنية')).toBe('crossing-closed');
	});
	it('but closing a case is none', () => {
		expect(typeOf('تقرر غلق الملف التحقيقي')).toBeNull();
	});
});

describe('units deployed, in any case ending', () => {
	it('«فوجاً», «لواءين», «كتيبة»', () => {
		expect(typeOf('يوم السبت نشرنا فوجاً إضافياً على الشريط الحدودي')).toBe('deployment');
		expect(typeOf('نشرت القيادة لواءين على طول الحدود')).toBe('deployment');
		expect(typeOf('نشرت القيادة كتيبة على الطريق الدولي')).toBe('deployment');
	});
	it('but a statement published is no deployment', () => {
		expect(typeOf('نشرت الوزارة بياناً على موقعها')).toBeNull();
	});
});

describe('«ل» after an event noun names who acted, not a purpose', () => {
	it('the means it names types the event', () => {
		expect(typeOf('قُتل راعيان بقصف لطائرة مسيّرة قرب البلدة')).toBe('drone-strike');
		expect(typeOf('أصيب جنديان في هجوم لمسيّرة مفخخة على موقعهم')).toBe('drone-strike');
		expect(typeOf('قُتل مدني بقصف لطائرة حربية مجهولة شرقي المدينة')).toBe('airstrike');
	});
	it('but after a verb and its object «ل» with a verbal noun is still the aim', () => {
		expect(typeOf('اعتقلت القوات ثلاثة أشخاص كانوا يعدّون لاستهداف المدنيين')).toBe('arrest');
	});
});

describe('a crossing reopened, in the passive', () => {
	it('«أُعيد فتحه», «أُعيد افتتاح», «أُعيد تشغيل» reopen it, past a closure told as background', () => {
		expect(typeOf('أُعيد فتح معبر البوكمال أمام المسافرين صباح اليوم')).toBe('crossing-reopened');
		expect(typeOf('وكان المنفذ قد أُعيد افتتاحه الأسبوع الماضي بعد إغلاق استمر شهراً')).toBe('crossing-reopened');
		expect(typeOf('أُعيد تشغيل المنفذ الحدودي بعد توقف دام أياماً')).toBe('crossing-reopened');
	});
	it('but a reopening to come is no event, and a road is no crossing', () => {
		expect(typeOf('ومن المقرر أن يُعاد فتح المعبر الأسبوع المقبل')).toBeNull();
		expect(typeOf('أُعيد فتح الطريق بين البلدتين بعد إزالة الركام')).not.toBe('crossing-reopened');
	});
});

describe('«ل» with a verbal noun after an agreement stays its aim', () => {
	it('is no seizure or event of its own', () => {
		expect(typeOf('وقّع الجانبان في دمشق مذكرة تفاهم لضبط الحدود المشتركة')).toBe('agreement');
		expect(typeOf('أبرم البلدان اتفاقاً لمكافحة التهريب عبر الحدود')).toBe('agreement');
	});
});

describe('a controlled detonation disposes of what was found', () => {
	it('the find stays the event', () => {
		expect(typeOf('عثرت قوة على مخبأ فيه عبوتان ناسفتان وبنادق، وجرى تفجير العبوتين تفجيراً مسيطراً عليه')).toBe('weapons-seizure');
		expect(typeOf('عُثر على مستودع يضم أسلحة وعبوات ناسفة، وقد فُجّرت العبوات لاحقاً تحت السيطرة')).toBe('weapons-seizure');
		const one = 'عثرت دورية على عبوة ناسفة وفجّرتها تفجيراً مسيطراً عليه';
		const lone = classifyClause(one, { start: 0, end: one.length, text: one }).event!;
		expect([lone.type, lone.sub_event_type]).toEqual(['ied', 'Disrupted weapons use']);
	});
	it('but a bomb that went off is an explosion', () => {
		const t = 'انفجرت عبوة ناسفة بدورية للجيش';
		expect(classifyClause(t, { start: 0, end: t.length, text: t }).event!.sub_event_type).toBe('Remote explosive/landmine/IED');
	});
});

describe('a meeting that only mentions the press', () => {
	it('stays a meeting', () => {
		expect(typeOf('اجتمع قائد العمليات مع وفد أمني بحضور المكتب الإعلامي')).toBe('security-meeting');
		expect(typeOf('استقبل محافظ المدينة وفداً عسكرياً، وتحدث بعدها لمراسل القناة')).toBe('security-meeting');
	});
});
