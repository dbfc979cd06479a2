/**
 * Prisons and camps (prison-words.ts, prison.ts, false-friends.ts): a mutiny and its toll, an escape that
 * succeeded or was foiled, a looting, and «مراكز الاحتجاز» named as a topic. Every sentence is written for
 * this file; none is taken from a labelled split.
 */
import { describe, expect, it } from 'vitest';
import { eventOf, typeOf } from './clause-testing';


describe('a prison mutiny is a riot, its dead and wounded its toll', () => {
	it.each([
		'لقي ثلاثة نزلاء حتفهم وأُصيب حارس خلال استعصاء في السجن المركزي بالمدينة',
		'قُتل سجين وجُرح خمسة من الحراس في عصيان اندلع داخل أحد مهاجع السجن ليل الجمعة',
		'تمرّد عشرات السجناء في سجن البلدة صباح اليوم وأحرقوا الأغطية',
		'وأعلنت إدارة الإصلاحية السيطرة على حالة استعصاء نفذها موقوفون احتجاجاً على نقلهم'
	])('«%s» → riot', (text) => {
		expect(typeOf(text)).toBe('riot');
		expect(eventOf(text)!.event_type).toBe('Riots');
	});
	it('a foiled break-out fought inside the prison is a riot', () => {
		expect(typeOf('أحبط الحراس محاولة هروب جماعية من السجن، واندلعت اشتباكات داخل المهجع قُتل فيها سجينان')).toBe('riot');
		expect(typeOf('تمكنت قوات الأمن من إحباط محاولة فرار من سجن البلدة بعد اشتباك مع السجناء أسفر عن إصابة حارسين')).toBe('riot');
	});
	it('near misses: civil disobedience is no prison riot; a clash outside a prison stays a clash', () => {
		expect(typeOf('دعت النقابات إلى عصيان مدني في المدينة يوم الأحد')).not.toBe('riot');
		expect(typeOf('قُتل عنصران في اشتباك مع مسلحين قرب الجسر مساء أمس')).toBe('clash');
	});
});

describe('an escape from a prison or a camp', () => {
	it.each([
		['فرّ سبعة معتقلين من سجن تابع للشرطة في البلدة بعد أن كسروا النافذة', 'other'],
		['وتمكن أربعة موقوفين من الفرار من مركز توقيف المدينة فجر اليوم', 'other'],
		['هرب ثلاثة سجناء من السجن المركزي مستغلين انقطاع الكهرباء', 'other'],
		['أحبطت الأسايش محاولة فرار امرأتين مع أطفالهما من المخيم عبر الساتر الترابي', 'smuggling-interdiction'],
		['تم إحباط محاولة هروب عائلتين من مخيم اللاجئين ليلاً', 'smuggling-interdiction']
	])('«%s» → %s', (text, type) => expect(typeOf(text)).toBe(type));
	it('near miss: attackers getting away is no escape', () => {
		expect(typeOf('أطلق مسلحون النار على حاجز للشرطة ثم فرّوا إلى جهة مجهولة')).not.toBe('other');
	});
});

describe('a looting', () => {
	it.each([
		'تعرّض مستودع الإغاثة في البلدة للنهب ليل الثلاثاء',
		'نهب مسلحون محتويات عيادة طبية في القرية صباح أمس',
		'وأفاد الأهالي بأن محالّ تجارية في السوق تعرضت للسلب خلال الفوضى'
	])('«%s» → other, Looting/property destruction', (text) => {
		expect(typeOf(text)).toBe('other');
		expect(eventOf(text)!.sub_event_type).toBe('Looting/property destruction');
	});
	it('near miss: plunder as rhetoric names nothing looted', () => {
		expect(typeOf('اتهم النائب الأحزاب بنهب ثروات البلاد')).toBeNull();
	});
});

describe('where or how people are held is no arrest', () => {
	it.each([
		'بحث القائد مع الوفد أوضاع مراكز الاحتجاز في المنطقة',
		'وتحدث التقرير عن ظروف الاحتجاز في السجون المكتظة',
		'زار الوفد مرافق الاعتقال في المدينة'
	])('«%s» is no arrest', (text) => expect(typeOf(text)).not.toBe('arrest'));
	it('near miss: an arrest made stays one', () => {
		expect(typeOf('احتجزت الشرطة، أمس، ثلاثة أشخاص في مركز المدينة')).toBe('arrest');
	});
});

describe('«ما نشره» is what a source published, and a commander’s meeting is a security meeting', () => {
	it.each([
		'عقد قائد القوات اجتماعاً، اليوم، مع وفد من التحالف الدولي، وفق ما نشره المركز الإعلامي',
		'التقى قادة من الجيش بوفد من التحالف الدولي أمس، بحسب ما نشرت الوكالة',
		'اجتمع القائد العام مع قادة الألوية لبحث تأمين الطرق، بحسب ما نشره موقع القيادة'
	])('«%s» → security-meeting', (text) => expect(typeOf(text)).toBe('security-meeting'));
	it('near miss: forces deployed are still a deployment', () => {
		expect(typeOf('نشر الجيش قوات إضافية على الطريق الدولي أمس')).toBe('deployment');
	});
});

describe('«مصادره» with a possessive pronoun is its sources, not a confiscation', () => {
	it.each(['يرصد المرصد الحوادث استناداً إلى شبكة مراسليه ومصادره الأهلية', 'ونقلت الصحيفة عن مصادرها الخاصة أن الوفد وصل', 'وقالت الوكالة نقلاً عن مصادرهم إن الاجتماع انتهى'])('«%s» is no seizure', (text) => {
		expect(typeOf(text)).toBeNull();
	});
	it('near miss: a confiscation stays one', () => expect(typeOf('أعلنت الجمارك مصادرة شحنة أسلحة في المنفذ صباح اليوم')).toBe('weapons-seizure'));
});

describe('a smuggler arrested in the act is an interdiction', () => {
	it.each([
		'ألقت الشرطة القبض على مهرّب قرب البلدة كان ينقل ثلاثة أشخاص في سيارته مقابل المال',
		'اعتقلت دورية مهربين اثنين أثناء نقلهم عائلة عبر الساتر الترابي',
		'أوقفت القوات مهرباً وهو يحاول إدخال شحنة سجائر إلى القرية'
	])('«%s» → smuggling-interdiction', (text) => expect(typeOf(text)).toBe('smuggling-interdiction'));
	it('near miss: a smuggler arrested on a warrant stays an arrest', () => {
		expect(typeOf('اعتقلت الشرطة مهرباً مطلوباً للقضاء في البلدة مساء أمس')).toBe('arrest');
	});
});

describe('camp residents handed to their state go home', () => {
	it.each([
		'سلّمت إدارة المخيم، أمس، خمس نساء وعشرة أطفال إلى وفد من الحكومة الفرنسية',
		'وسلّمنا يوم الأحد ثلاث عائلات إلى ممثلين عن سلطات بلادها',
		'تم تسليم سبعة أيتام إلى وفد من وزارة الخارجية الهولندية في القامشلي'
	])('«%s» → repatriation', (text) => expect(typeOf(text)).toBe('repatriation'));
	it('near miss: detainees handed to a government stay a handover', () => {
		expect(typeOf('سلّمت القوات عشرين معتقلاً من عناصر التنظيم إلى الحكومة العراقية')).toBe('handover');
	});
});

describe('a targeted killing by gunmen on a motorbike or at the victim’s door is an assassination', () => {
	it.each([
		'قُتل شاب برصاص ملثمين كانوا يستقلون دراجة نارية في البلدة مساء أمس',
		'أطلق مسلحون مجهولون النار على تاجر فأردوه قتيلاً أمام منزله في القرية',
		'لقي موظف حتفه بعد أن استهدفه مسلحون على متن دراجة نارية وسط المدينة'
	])('«%s» → assassination', (text) => expect(typeOf(text)).toBe('assassination'));
	it('near miss: bikers attacking a checkpoint fight its guards', () => {
		expect(typeOf('هاجم مسلحون يستقلون دراجات نارية حاجزاً للجيش وقتلوا عنصرين')).not.toBe('assassination');
	});
});
