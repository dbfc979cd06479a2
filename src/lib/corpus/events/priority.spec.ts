/**
 * The type of a clause when its words pull two ways, and clauses that look like events but are not:
 * general rules of Arabic news prose, each tested on sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { classifyClause } from './classify';
import { findTriggers } from './lexicon';
import { typeOf, whole } from './clause-testing';


describe('a finite verb never carries the article', () => {
	it('«القتلى» and «الضحايا» are nouns, not the verb «قتل»', () => {
		expect(typeOf('وأكدت مصادر طبية أن القتلى من أبناء قرية واحدة')).toBeNull();
		expect(findTriggers('فإن المقتولين والقتلى مدنيون').map((t) => t.phrase)).not.toContain('قتل*');
	});
	it('still finds the verb with its conjunction', () => {
		expect(typeOf('وقُتل شاب برصاص مجهولين')).not.toBeNull();
		expect(findTriggers('فاعتقلت الدورية سائقين').map((t) => t.entry.type)).toContain('arrest');
	});
});

describe('an operation typed by what it met or carried', () => {
	it('a foiled run of drugs is a drug seizure; of sheep or fuel it stays an interdiction', () => {
		expect(typeOf('أعلنت المديرية إحباط محاولة تهريب مليوني حبة مخدرة عبر منفذ ربيعة')).toBe('drug-seizure');
		expect(typeOf('أحبط حرس الحدود تهريب قطيع من المواشي نحو الأراضي السورية')).toBe('smuggling-interdiction');
	});
	it('an arrest of people found carrying drugs is a drug seizure; carrying nothing named it stays an arrest', () => {
		expect(typeOf('اعتقلت مفرزة من الشرطة شخصين وبحوزتهما ثلاثة كيلوغرامات من الحشيشة')).toBe('drug-seizure');
		expect(typeOf('اعتقلت مفرزة من الشرطة شخصين وبحوزتهما هويات مزورة')).toBe('arrest');
		// Without an arrest «بحوزتهم» only says what someone carried.
		expect(typeOf('كانت بحوزتهم حبوب مخدرة')).toBeNull();
	});
	it('a fight with smugglers is an interdiction coded as an armed clash', () => {
		const text = 'تبادلت دورية لحرس الحدود إطلاق النار مع مهربين قرب الحدود ففر المهربون';
		const ev = classifyClause(text, whole(text)).event!;
		expect([ev.type, ev.event_type, ev.sub_event_type]).toEqual(['smuggling-interdiction', 'Battles', 'Armed clash']);
		expect(typeOf('اندلعت اشتباكات بين الجيش ومسلحين من التنظيم')).toBe('clash');
	});
	it('a body found killed with no fighter named is an attack on a civilian; a fighter’s body is not', () => {
		const text = 'وُجدت جثة رجل مقتولاً برصاصة قرب الطريق العام';
		const ev = classifyClause(text, whole(text)).event!;
		expect([ev.type, ev.event_type, ev.sub_event_type]).toEqual(['attack-on-civilians', 'Violence against civilians', 'Attack']);
		expect(typeOf('سُلّمت جثث ثلاثة عناصر من التنظيم قُتلوا في اشتباك')).not.toBe('attack-on-civilians');
	});
});

describe('the main event of a clause over the events it mentions', () => {
	it('a fronted «after the clashes, …» dates the raid; it is not the event', () => {
		const text = 'وفي أعقاب الهجوم، داهمت قوة أمنية عدة منازل في القرية واعتقلت أربعة أشخاص';
		expect(typeOf(text)).toBe('arrest');
		expect(classifyClause(text, whole(text)).blocked.map((b) => b.cue.kind)).toContain('context');
	});
	it('but a fronted blast followed only by its toll stays the event', () => {
		expect(typeOf('وإثر انفجار عبوة ناسفة، قُتل جنديان على طريق المطار')).toBe('ied');
	});
	it('what the arrested are charged with or suspected of is no second event', () => {
		expect(typeOf('اعتقلت قوة من الجيش رجلاً يُشتبه بزرعه عبوات ناسفة على الطريق الدولي')).toBe('arrest');
		expect(typeOf('أوقفت الشرطة ثلاثة شبان بتهمة إطلاق قذائف على المعسكر')).toBe('arrest');
		expect(typeOf('اعتقلت الأجهزة الأمنية عدداً من الشبان على خلفية الاشتباكات العشائرية')).toBe('arrest');
	});
	it('an event named after «بعد أيام من» is context, not the event', () => {
		expect(typeOf('وتأتي الحملة بعد أيام من اجتماع أمني عُقد في القاعدة')).toBeNull();
		expect(typeOf('أُطلق سراح التاجر بعد أسابيع من اختطافه')).toBeNull();
	});
});

describe('clauses that point back, count, plan or remember', () => {
	it('a demonstrative before an event noun points back to an event already told', () => {
		expect(typeOf('وتعد هذه الغارة الثانية على المنطقة خلال شهر')).toBeNull();
		expect(typeOf('وأثار ذلك الهجوم موجة غضب بين الأهالي')).toBeNull();
		// «كذلك» (also) is no demonstrative.
		expect(typeOf('كذلك اعتقلت الدورية مطلوباً في القرية')).toBe('arrest');
	});
	it('the attackers named as known are a detail of the attack told before', () => {
		expect(typeOf('وأوضح المصدر أن المسلحين تسللوا من البادية ليلاً')).toBeNull();
		expect(typeOf('تسلل مسلحون من البادية نحو القرية')).toBe('infiltration');
	});
	it('years since an event, a change in a count and the planning of attacks are no event', () => {
		expect(typeOf('بعد خمس سنوات على اختطاف الصحفي ما يزال مصيره مجهولاً')).toBeNull();
		expect(typeOf('وتراجع عدد العائلات في المخيم بعد رحلات الإعادة')).toBeNull();
		expect(typeOf('وأكد أن القيادي مسؤول عن التخطيط لهجمات على الحواجز')).toBeNull();
	});
	it('«بيان نشرته» is a statement published, not forces deployed', () => {
		expect(typeOf('وقالت القوات في بيان نشرته على قناتها إن الوضع مستقر')).toBeNull();
		expect(typeOf('نشرت قيادة العمليات قوات إضافية على طول الحدود')).toBe('deployment');
	});
});

describe('statistics, questions, accidents, trials and other clauses that are no event', () => {
	it.each([
		['«any» clashes after a negated verb', 'لم ترصد الفرق الميدانية أي مواجهات على الضفة الشرقية'],
		['a count over the past year', 'أوقفت الشرطة أكثر من 500 متهم بالتهريب خلال العام الماضي'],
		['a toll summed since the start of the year, after the event word', 'لقي 25 راعياً حتفهم بالألغام في البادية منذ مطلع العام'],
		['a question', 'هل جرى اعتقال منفذي الكمين؟'],
		['celebratory gunfire', 'جُرح شاب بإطلاق نار ابتهاجاً بعودة الحجاج'],
		['a gas cylinder', 'انفجرت قنينة غاز في مخبز وسط الحي'],
		['a traffic accident', 'قُتل جنديان بحادث سير على طريق المطار'],
		['a trial', 'قضت المحكمة بسجن مدان بزرع عبوة ناسفة قرب المدرسة عشرين عاماً'],
		['a claim of responsibility', 'وتبنى التنظيم التفجير عبر معرفاته']
	])('%s', (_why, text) => expect(typeOf(text)).toBeNull());
	it('a comparison with the year keeps the day’s seizure', () => {
		expect(typeOf('صادرت الجمارك طناً من الحشيش في أضخم عملية منذ بداية العام')).toBe('drug-seizure');
	});
	it('«ضبط الحدود» is controlling the border, not a seizure', () => {
		expect(typeOf('بحث الجانبان ضبط الحدود')).not.toBe('other');
		expect(typeOf('يعمل الجيش على ضبط الشريط الحدودي')).toBeNull();
	});
});

describe('lexicon gaps: duals, verb–subject–object, executions', () => {
	it('dual weapons are shelling, landmines and drone strikes', () => {
		expect(typeOf('سقطت قذيفتان على أطراف المعسكر')).toBe('shelling');
		expect(typeOf('انفجر لغمان بسيارة تقل مزارعين')).toBe('landmine');
		expect(typeOf('استهدفت مسيرتان شاحنة محملة بالوقود')).toBe('drone-strike');
	});
	it('«أطلق … النار» with the subject between the verb and the fire', () => {
		expect(typeOf('أطلق عناصر الحاجز النار على سيارة لم تتوقف')).toBe('clash');
		expect(typeOf('أطلق التحالف سراح ثلاثة موقوفين')).not.toBe('clash');
	});
	it('an execution is violence against civilians', () => {
		const text = 'أعدم مسلحون رجلاً أمام أهالي القرية';
		const ev = classifyClause(text, whole(text)).event!;
		expect([ev.type, ev.event_type]).toEqual(['attack-on-civilians', 'Violence against civilians']);
	});
});
