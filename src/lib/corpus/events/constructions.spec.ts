/**
 * General constructions of Arabic news prose that decide an event's type or that it is no event,
 * each tested on sentences written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { classifyClause } from './classify';
import { findCues } from './cues';
import { findTriggers } from './lexicon';
import { draftIncidents } from './extract';
import type { Geography } from './where';
import { typeOf, whole } from './clause-testing';

const geo: Geography = { places: [], stop_phrases: [] };

describe('words that look like event words but are not', () => {
	it('«محتجزين» and «احتجزت» are the detained, not protesters', () => {
		expect(findTriggers('أفرجت السلطات عن عشرين محتجزاً كانوا في سجن الحسكة').some((t) => t.entry.type === 'protest')).toBe(false);
		expect(typeOf('تسلمت السلطات العراقية دفعة من المحتجزين لدى قسد')).toBe('handover');
		expect(typeOf('احتجّ العشرات أمام مبنى المحافظة')).toBe('protest');
	});
	it('«وزارة» is a ministry, not the verb «زار» (visited)', () => {
		expect(typeOf('وذكرت وزارة الدفاع أن الوضع الأمني مستقر')).toBeNull();
		expect(typeOf('زار وفد عسكري عراقي مقر قيادة الحدود')).toBe('security-meeting');
	});
	it('«اعترض على» is objected to, not intercepted', () => {
		expect(typeOf('اعترض نواب المحافظة على قرار نقل شحنة الوقود')).toBeNull();
		expect(typeOf('اعترضت دورية للجمارك صهريجاً محملاً بالوقود المهرب')).toBe('smuggling-interdiction');
	});
});

describe('the future particle «سـ» on any imperfect verb is a plan', () => {
	it('turns off the event words after it', () => {
		expect(typeOf('وقال المتحدث إن الحكومة ستستدعي القائم بالأعمال لتسليمه مذكرة احتجاج')).toBeNull();
		expect(typeOf('وأضاف أن قواته سيُنقل إليها عشرون معتقلاً من عناصر داعش')).toBeNull();
		expect(findCues('ستأخذ القوات مواقعها وسنلاحق الخلايا').filter((c) => c.phrase === 'سـ')).toHaveLength(2);
		expect(findCues('سنلاحق الخلايا').map((c) => c.entry.kind)).toContain('future');
	});
	it('but nouns that begin like it are no future', () => {
		expect(typeOf('انفجرت عبوة ناسفة بسيارة عسكرية قرب سنجار')).toBe('ied');
		expect(findCues('سيطرة ستة عناصر على سيارة وستمئة دولار في سنجار منذ سنوات').filter((c) => c.phrase === 'سـ')).toEqual([]);
	});
});

describe('long past, habitual or a meeting’s outcome: no event of its own', () => {
	it('«قبل نحو عامين», «لأشهر» date the event long before the article', () => {
		expect(typeOf('وكانت دورية قد تعرضت لكمين في الوادي ذاته قبل نحو ثلاث سنوات')).toBeNull();
		expect(typeOf('وكان المعبر قد أُغلق لسنوات بسبب المعارك')).toBeNull();
	});
	it('a habit is no occurrence', () => {
		expect(typeOf('وهو الطريق الذي تعبره الدوريات يومياً نحو الحدود')).toBeNull();
	});
	it('what the attendees agreed is the meeting’s outcome', () => {
		expect(typeOf('واتفق المجتمعون على توحيد غرف العمليات')).toBeNull();
		expect(typeOf('وقّع الجانبان اتفاقاً لتبادل المعلومات الأمنية')).toBe('agreement');
	});
	it('what the arrested took part in years ago is the charge, not a blast', () => {
		expect(typeOf('اعتقلت الشرطة مطلوباً لمشاركته في تفجير سوق الخضار')).toBe('arrest');
	});
});

describe('one event whose words pull two ways', () => {
	it('shells used in a fight make it a clash', () => {
		expect(typeOf('دارت اشتباكات بين الجيش ومسلحين استخدمت فيها البنادق الآلية وقذائف الهاون')).toBe('clash');
		expect(typeOf('سقطت قذائف هاون على أطراف البلدة')).toBe('shelling');
	});
	it('protesters who burn or throw stones riot', () => {
		const text = 'أضرم متظاهرون النار في إطارات وسط الطريق ورشقوا قوات الأمن بالحجارة';
		const ev = classifyClause(text, whole(text)).event!;
		expect([ev.type, ev.event_type, ev.sub_event_type]).toEqual(['riot', 'Riots', 'Violent demonstration']);
		expect(typeOf('تجمّع محتجون أمام مبنى البلدية مطالبين بفرص عمل')).toBe('protest');
	});
	it('arrested infiltrators are an infiltration coded as arrests', () => {
		const text = 'اعتقلت قوات الحدود ثلاثة متسللين عند الساتر الترابي';
		const ev = classifyClause(text, whole(text)).event!;
		expect([ev.type, ev.sub_event_type]).toEqual(['infiltration', 'Arrests']);
	});
	it('arms found on the arrested leave an arrest; a cache found is a seizure', () => {
		expect(typeOf('اعتقلت القوة الأمنية رجلين في السوق وضبطت بحوزتهما مسدسين')).toBe('arrest');
		expect(typeOf('عثرت مفرزة، فجر اليوم، على مخبأ فيه بنادق وقذائف')).toBe('weapons-seizure');
		expect(typeOf('عُثر على جثة رجل في بستان')).not.toBe('weapons-seizure');
	});
});

describe('tellings folded into one draft', () => {
	it('a clause saying the fight went on is the same fight', () => {
		expect.hasAssertions();
		const text = 'اشتبك الجيش مع مسلحين مساء الأحد في الحي الغربي، قبل أن تتوسع المواجهات إلى السوق وتسفر عن مقتل ثلاثة مسلحين.';
		const drafts = draftIncidents({ id: 'x', text, date: '2026-03-02' }, geo);
		expect(drafts.map((d) => d.type)).toEqual(['clash']);
	});
	it('a headline is the body’s event of its type', () => {
		const text = 'اعتقال مهرب قرب الحدود\n\nاعتقلت دورية للحرس، مساء الأحد، مهرباً كان يحاول عبور الساتر.';
		const drafts = draftIncidents({ id: 'x', text, date: '2026-03-02' }, geo);
		// The smuggler was trying to cross the berm: an infiltration with an arrest (drafting.spec.ts); the
		// headline's «اعتقال» is the body's event all the same.
		expect(drafts.map((d) => d.type)).toEqual(['infiltration']);
		expect(drafts[0].evidence.text).toContain('مساء الأحد');
	});
});

describe('a headquarters or base opened, in any voice and word order', () => {
	it('passive with the base fronted, active, «تم» + verbal noun', () => {
		expect(typeOf('وقال إن "مقراً متقدماً للفوج الثالث افتُتح أمس في البلدة"')).toBe('base-established');
		expect(typeOf('أنشأت القوات الأمريكية قاعدة عسكرية جديدة قرب الحسكة')).toBe('base-established');
		expect(typeOf('وتم افتتاح مقر جديد لفوج المغاوير في البلدة يوم الأحد')).toBe('base-established');
	});
	it('near misses: a civil office, a crossing', () => {
		expect(typeOf('افتتح المحافظ مقر البلدية الجديد في المدينة')).toBeNull();
		expect(typeOf('افتتح معبر القائم الحدودي أمام المسافرين')).toBe('crossing-reopened');
	});
	it('the object decides when the subject names a border force: a base, not a crossing', () => {
		expect(typeOf('افتتحت قوات حرس الحدود أمس مقراً جديداً في البلدة')).toBe('base-established');
		expect(typeOf('وأنشأت قوات الحدود العراقية قاعدة عسكرية قرب الشريط الحدودي')).toBe('base-established');
		expect(typeOf('وكانت مديرية المنافذ الحدودية قد افتتحت نقطة عسكرية على الطريق الدولي')).toBe('base-established');
		// Near miss: the crossing is the object, a headquarters only further on.
		expect(typeOf('افتتحت قوات الحدود منفذ الوليد قرب مقر اللواء')).toBe('crossing-reopened');
	});
});

describe('a word inside a body’s name is not what the clause is about', () => {
	it('«مكافحة المخدرات» names the seizing force, not the cargo', () => {
		expect(typeOf('ضبطت دورية لمكافحة المخدرات بنادق وذخائر في زورق على النهر')).toBe('weapons-seizure');
		expect(typeOf('وضبطت مفرزة من مديرية مكافحة المتفجرات مسدسات وقذائف في مستودع')).toBe('weapons-seizure');
		expect(typeOf('صادرت شعبة مكافحة الإرهاب كمية من الأسلحة في منزل مهجور')).toBe('weapons-seizure');
		// Near miss: drugs as the cargo are still drugs.
		expect(typeOf('ضبطت دورية لمكافحة المخدرات عشرة آلاف حبة كبتاغون')).toBe('drug-seizure');
	});
});

describe('a superlative compares the event with the past; it does not date it', () => {
	it.each([['وقّع الجانبان مذكرة تفاهم وُصفت بأنها الأوسع منذ سنوات'], ['ضبطت القوات شحنة أسلحة هي الأهم منذ سقوط النظام'], ['أُغلق المعبر في أطول إغلاق منذ سنوات']])('«%s»', (text) => {
		expect(typeOf(text)).not.toBeNull();
	});
	it('near miss: no superlative, the old time dates it', () => {
		expect(typeOf('وقّع الجانبان مذكرة تفاهم منذ سنوات')).toBeNull();
	});
});

describe('an aim after a deployment: what it is meant to stop did not happen', () => {
	it.each([['باشرت قوة من الجيش صباح اليوم الانتشار على الشريط الحدودي لسد الثغرات التي يعبر منها المهربون'], ['انتشرت وحدات من حرس الحدود قرب الساتر لمنع تسلل المسلحين'], ['نشر الجيش قوات في القاطع لحماية القرى من هجمات التنظيم']])('«%s» is a deployment', (text) => {
		expect(typeOf(text)).toBe('deployment');
	});
	it('near miss: an infiltration told as an event, then the deployment', () => {
		expect(typeOf('تسلل مسلحون عبر الساتر فجر اليوم')).toBe('infiltration');
	});
});

describe('a fronted «على إثر …» adverbial dates the clause by an earlier event (normalised: «على» is «علي»)', () => {
	it.each([
		['وعلى إثر الهجوم، باشرت وحدات من الجيش، صباح اليوم، الانتشار حول البلدة', 'deployment'],
		['وعلى إثر الاشتباكات، شنّت القوات حملة دهم في القرية', 'arrest'],
		['ورداً على القصف، أرسلت القيادة تعزيزات عسكرية إلى الجبهة', 'deployment']
	])('«%s» → %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('near miss: the fronted event with only its toll after the comma stays the event', () => {
		expect(typeOf('وعلى إثر انفجار عبوة ناسفة، قُتل جنديان')).toBe('ied');
	});
});

describe('a crowd gathering to denounce or demand is a protest', () => {
	it.each([['احتشد مئات من الأهالي صباح الأحد أمام مبنى المحافظة تنديداً بالقصف'], ['تجمهر العشرات أمام المشفى للمطالبة بالكشف عن مصير المخطوفين'], ['خرج المئات في البلدة استنكاراً لاغتيال المختار'], ['يتجمّع الأهالي كل مساء رفضاً لقرار الإغلاق']])('«%s»', (text) => {
		expect(typeOf(text)).toBe('protest');
	});
	it('near misses: forces massing, a patrol going out', () => {
		expect(typeOf('احتشدت تعزيزات عسكرية على أطراف البلدة')).not.toBe('protest');
		expect(typeOf('خرجت الدورية من القاعدة صباح اليوم')).not.toBe('protest');
	});
});

describe('a fight with smugglers whose load is seized after it is that seizure, fought', () => {
	it.each([
		['حاول مهربون عبور الحدود بشاحنة، فاشتبكت معهم دورية الحرس، وصادرت الشاحنة بما فيها من بنادق'],
		['اشتبكت القوات مع مهربين قرب الساتر وضبطت بحوزتهم أسلحة وذخائر'],
		['تبادل حرس الحدود إطلاق النار مع المهربين ثم صادروا سيارتهم المحملة بالرشاشات']
	])('«%s»', (text) => {
		const ev = classifyClause(text, whole(text)).event!;
		expect([ev.type, ev.event_type, ev.sub_event_type]).toEqual(['weapons-seizure', 'Battles', 'Armed clash']);
	});
	it('near miss: a fight with gunmen whose arms are taken after it stays a clash', () => {
		expect(typeOf('اشتبكت القوات مع مسلحين قرب الساتر وضبطت أسلحتهم')).toBe('clash');
	});
});

describe('what the arrested meant to carry out («لتنفيذ …») is the aim, not an event', () => {
	it.each([
		['اعتقلت القوات عنصراً في التنظيم كان يعدّ لتنفيذ عملية انتحارية', 'arrest'],
		['أوقفت الشرطة شخصين قالت إنهما وصلا لتنفيذ تفجير في السوق', 'arrest'],
		['داهمت قوة منزلاً كان يُستخدم لتنفيذ هجمات على الحواجز', 'arrest']
	])('«%s» → %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('near miss: a bombing carried out, with no act before it', () => {
		expect(typeOf('أقدم انتحاري على تنفيذ عملية انتحارية في السوق')).toBe('suicide-bombing');
	});
});
