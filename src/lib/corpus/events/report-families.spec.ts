/**
 * Families of news wording the drafter reads as a whole (a monitor's dispatches and tallies, a force's
 * statements, a local outlet's relays): «قد» before a past verb phrase, a negated report, the deed
 * that describes the people held, a body named «الأمن العام» that seizes, a drive-by killing, a revenge
 * killing, a month's tally, a denial in the first person, a clan peace, a bare «انفجار» after a device
 * named, a ministry at a meeting, the imperfect of a reopening.
 * Every sentence is written for this file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';
import { typeOf } from './clause-testing';

const drafts = (text: string, date = '2026-03-20') => draftIncidents({ id: 't', text, date }, GEO);

describe('«قد» before a past verb phrase is «has»', () => {
	it('the phrase’s first word decides, and «تمّ» is the passive’s past helper', () => {
		expect(typeOf('وكانت الدوريتان قد تبادلتا إطلاق النار مساء أمس قرب الجسر')).toBe('clash');
		expect(typeOf('وكان عناصر الحاجز قد تبادلوا إطلاق النار مع مهاجمين فجر اليوم')).toBe('clash');
		expect(typeOf('وكان قد تم اعتقال ثلاثة مطلوبين في القرية يوم الأحد')).toBe('arrest');
	});
	it('near miss: an imperfect after «قد» stays «may»', () => {
		expect(typeOf('وقال إن القوات قد تشتبك مع المهربين في أي لحظة')).toBeNull();
	});
});

describe('a negation of the report of an event', () => {
	it('turns off the event word when only words of announcing or occurring stand between', () => {
		expect(typeOf('ضبطت الشرطة مخزناً للأسلحة في البلدة، دون أن يُعلن عن اعتقال أي شخص')).toBe('weapons-seizure');
		expect(typeOf('عثرت دورية على مستودع ذخائر في القرية دون الإعلان عن توقيف أحد')).toBe('weapons-seizure');
		expect(typeOf('فكّكت فرق الهندسة عبوة ناسفة على الطريق، ولم يتم اعتقال أحد')).toBe('ied');
	});
	it('turns off an event whose date is said not to be known yet: it has not happened', () => {
		expect(typeOf('ولم يُكشف عن موعد إعادة فتح المنفذ أمام حركة الشاحنات')).toBeNull();
		expect(typeOf('ولم يُحدَّد بعد موعد لاستئناف العبور في معبر اليعربية')).toBeNull();
		expect(typeOf('دون تحديد موعد لإعادة افتتاح المعبر الحدودي')).toBeNull();
	});
	it('near miss: other words between keep the event', () => {
		expect(typeOf('لم تمضِ ساعة حتى اعتقلت القوات المنفذين في الحي')).toBe('arrest');
	});
});

describe('what the people held did, told after the arrest', () => {
	it('is their record, not another event', () => {
		expect(typeOf('اعتقلت الشرطة ستة من الشبان الذين شاركوا في أعمال الشغب')).toBe('arrest');
		expect(typeOf('ألقت القوات القبض على خلية ثبت تورطها في تفجير عبوات ناسفة')).toBe('arrest');
		expect(typeOf('أوقف الأمن العام المتورطين في الهجوم على الحاجز')).toBe('arrest');
		expect(typeOf('اعتقلت القوات رجلين ممن نفذوا عملية الاغتيال')).toBe('arrest');
	});
	it('near miss: taking part, told as the event itself, is still the protest', () => {
		expect(typeOf('شارك العشرات في وقفة احتجاجية أمام مبنى المجلس')).toBe('protest');
	});
});

describe('«ضبط الأمن العام …»: a body that seized, not «keeping order»', () => {
	it('when a thing seized follows', () => {
		expect(typeOf('ضبط الأمن العام شحنة أسلحة في أحد أحياء المدينة')).toBe('weapons-seizure');
		expect(typeOf('ضبط الأمن الداخلي كمية من الحشيش في سيارة عند الحاجز')).toBe('drug-seizure');
		expect(typeOf('ضبط الأمن الجنائي مستودعاً للذخائر قرب السوق')).toBe('weapons-seizure');
	});
	it('near miss: order kept, nothing seized', () => {
		expect(typeOf('ضبط الأمن العام في المدينة بات أولوية للمحافظ')).toBeNull();
	});
});

describe('a person shot dead by gunmen on a motorbike', () => {
	it('is an assassination, whoever the victim', () => {
		expect(typeOf('قُتل موظف برصاص مسلحين يستقلون دراجة نارية أمام منزله')).toBe('assassination');
		expect(typeOf('قتل مسلحون على متن دراجة نارية عنصراً في الشرطة وسط البلدة')).toBe('assassination');
		expect(typeOf('لقي شاب مصرعه بإطلاق نار من مجهولين لاذوا بالفرار على دراجة نارية')).toBe('assassination');
		expect(typeOf('أطلق ملثمون يستقلون دراجة نارية النار على تاجر فأردوه قتيلاً')).toBe('assassination');
	});
	it('near misses: an attack on a checkpoint, or no motorbike', () => {
		expect(typeOf('قتل عنصران بهجوم مسلحين يستقلون دراجات نارية على حاجز للجيش')).not.toBe('assassination');
		expect(typeOf('قُتل مزارع برصاص مجهولين في البادية')).toBe('attack-on-civilians');
	});
});

describe('a revenge killing, and civilians named in the dual or plural', () => {
	it('is violence against civilians', () => {
		expect(typeOf('أقدم مسلحون على قتل رجلين من عائلة واحدة في القرية')).toBe('attack-on-civilians');
		expect(typeOf('قُتل شابان برصاص مجهولين قرب السوق')).toBe('attack-on-civilians');
		expect(typeOf('قتل مسلحون من إحدى العشائر شخصاً ثأراً لمقتل قريبهم')).toBe('attack-on-civilians');
	});
	it('near misses: fighters killed, or a clan gunfight', () => {
		expect(typeOf('قتل ثلاثة مسلحين في اشتباك مع الجيش')).toBe('clash');
		expect(typeOf('اندلعت اشتباكات ثأرية بين عشيرتين في البلدة')).toBe('clash');
	});
});

describe('a month as the span of a count', () => {
	it('makes the count a statistic', () => {
		expect(typeOf('وثّق المرصد خلال شهر آب مقتل 20 شخصاً في المحافظة')).toBeNull();
		expect(typeOf('وأشار إلى أن شهر حزيران/ يونيو شهد اعتقال 40 شخصاً')).toBeNull();
		expect(typeOf('شهد الشهر الماضي مقتل 15 مدنياً في حوادث متفرقة')).toBeNull();
	});
	it('near miss: a town that saw a fight on a day', () => {
		expect(typeOf('شهدت البلدة يوم الأحد اشتباكات عنيفة بين الطرفين')).toBe('clash');
	});
});

describe('a denial in any person', () => {
	it('turns off what is denied', () => {
		expect(typeOf('ننفي ما تناقلته صفحات عن اعتقال عناصرنا في البلدة')).toBeNull();
		expect(typeOf('ونفينا في حينه قصف القرى المحاذية للنهر')).toBeNull();
		expect(typeOf('وفنّدت القيادة ما قيل عن هجوم على الحاجز')).toBeNull();
	});
	it('near miss: «نفّذت» is no denial', () => {
		expect(typeOf('نفذت القوات حملة مداهمات في الحي فجر اليوم')).toBe('arrest');
	});
});

describe('a clan peace', () => {
	it('is an agreement, in any voice', () => {
		expect(typeOf('أُبرم صلح بين عشيرتين في البلدة برعاية وجهاء المنطقة')).toBe('agreement');
		expect(typeOf('أبرمت العائلتان صلحاً أنهى نزاعاً قديماً')).toBe('agreement');
		expect(typeOf('تمت المصالحة بين العشيرتين مساء الجمعة')).toBe('agreement');
		expect(typeOf('عُقد صلح عشائري في القرية بحضور الأمن العام')).toBe('agreement');
	});
	it('near miss: «أبرم» a contract', () => {
		expect(typeOf('أبرم المجلس عقداً لصيانة الطريق')).toBeNull();
	});
});

describe('a bare «انفجار» told after the device', () => {
	it('keeps the device named', () => {
		const d = drafts('انفجر لغم أرضي براعي أغنام في بادية الميادين يوم الاثنين. وتداولت صفحات أنباء عن مقتل شخص ثانٍ في انفجار البادية.');
		expect(d.map((x) => x.type)).toEqual(['landmine']);
	});
});

describe('a ministry of force among those who met', () => {
	it('makes the meeting a security one', () => {
		expect(typeOf('اجتمع وفد من وزارة الدفاع بوجهاء العشائر في البلدة')).toBe('security-meeting');
		expect(typeOf('التقى وزير الداخلية قادة الشرطة في المحافظة')).toBe('security-meeting');
	});
	it('near miss: another ministry', () => {
		expect(typeOf('اجتمع وفد من وزارة الزراعة بالفلاحين في البلدة')).toBeNull();
	});
});

describe('the imperfect of a reopening', () => {
	it('tells what happened after «قبل أن / بعد أن»', () => {
		expect(typeOf('قبل أن تعيد السلطات فتح المعبر أمام الشاحنات')).toBe('crossing-reopened');
		expect(typeOf('بعد أن يُعاد فتح المنفذ الحدودي أمام المسافرين')).toBe('crossing-reopened');
	});
	it('near miss: anywhere else it is a plan', () => {
		expect(typeOf('أغلقت الهيئة المنفذ الحدودي على أن يُعاد فتحه بعد يومين')).toBe('crossing-closed');
		expect(typeOf('على أن تعيد الهيئة فتحه أمام المسافرين')).toBeNull();
	});
});

describe('a month that saw one act, not a count', () => {
	it('tells that act', () => {
		expect(typeOf('شهد الشهر الماضي اعتقال الشرطة خلية في البلدة')).toBe('arrest');
		expect(typeOf('وكان شهر آب قد شهد اغتيال مختار القرية')).toBe('assassination');
	});
});

describe('«مصادره» (its sources) folded onto «مصادرة» (confiscation)', () => {
	it('is no seizure', () => {
		expect(typeOf('يرصد المرصد الحوادث استناداً إلى شبكة مراسليه ومصادره الأهلية في البلدة')).toBeNull();
		expect(typeOf('وقالت الصحيفة بحسب مصادرها إن الوضع هادئ في المدينة')).toBeNull();
	});
	it('near miss: a confiscation of arms', () => {
		expect(typeOf('وتمت مصادرة أسلحة وذخائر من المنزل')).toBe('weapons-seizure');
	});
});
