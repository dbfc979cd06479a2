/**
 * A clause is a finite report when a verb tells its event, wherever the verb's subject puts it: a light verb
 * before its subject and verbal noun, «تعرّض» with its target between it and the attack, a weapon noun whose
 * strike a verb tells. And a clause is cut, or dropped, by what a speaker adds or a site's history. Every
 * sentence is written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { clauseSpans, isVerb } from './classify';
import { eventOf } from './clause-testing';


describe('a light verb, its subject, then its verbal noun (verb–subject–object)', () => {
	it.each([
		['عقد محافظ نينوى مع قائد العمليات في الموصل اجتماعاً أمنياً موسعاً', 'security-meeting'],
		['وسيّرت وحدات من حرس الحدود صباح اليوم دوريات على الشريط الحدودي', 'patrol'],
		['ونظّم العشرات من أهالي القرية أمس وقفة احتجاجية أمام مبنى القائممقامية', 'protest'],
		['شنّت قوة من الفرقة السابعة فجر الخميس حملة دهم في الصحراء', 'arrest']
	])('«%s» is a finite %s', (text, type) => {
		const ev = eventOf(text);
		expect(ev?.type).toBe(type);
		expect(ev && isVerb(ev.trigger)).toBe(true);
	});
	it('near miss: a subordinate clause between the verb and the noun', () => {
		const ev = eventOf('عقد المجلس جلسته وأكد أن الاجتماع الأمني مع الوفد العسكري أُرجئ');
		expect(ev && isVerb(ev.trigger)).not.toBe(true);
	});
});

describe('«تعرّض» with its target between it and what it suffered', () => {
	it.each([
		['تعرّض مقر الفوج الثالث قرب البلدة، فجر اليوم، لهجوم بطائرة مسيّرة', 'drone-strike'],
		['وتعرضت محطة الضخ الواقعة على أطراف الناحية لقصف مدفعي مساء أمس', 'shelling'],
		['تعرضت دورية للشرطة على الطريق الدولي لهجوم مسلح', 'clash']
	])('«%s»', (text, type) => {
		const ev = eventOf(text);
		expect(ev?.type).toBe(type);
		expect(ev && isVerb(ev.trigger)).toBe(true);
	});
	it('near miss: suffering criticism is no attack', () => {
		expect(eventOf('تعرّض وزير الكهرباء أمس لانتقادات واسعة في البرلمان')).toBeNull();
	});
});

describe('a weapon noun whose strike a finite verb tells is a finite report', () => {
	it.each([
		['استهدفت طائرة مسيّرة سيارة على طريق المطار', 'drone-strike'],
		['قُتل راعيان بقذيفة هاون سقطت قرب خيمتهما', 'shelling']
	])('«%s»', (text, type) => {
		const ev = eventOf(text);
		expect(ev?.type).toBe(type);
		expect(ev && isVerb(ev.trigger)).toBe(true);
	});
	it('near miss: a weapon named with no verb of a strike stays a noun', () => {
		const ev = eventOf('قذائف الهاون في مخازن الجيش القديمة قرب المعسكر');
		expect(ev && isVerb(ev.trigger)).not.toBe(true);
	});
});

describe('what a speaker adds after a reporting participle, with a day of its own, is a clause of its own', () => {
	it.each([
		['وقال أحد المعتصمين إن "المطالب لم تتحقق"، مشيراً إلى أن قذيفتين سقطتا مساء الخميس قرب المعمل.', 'مشيراً'],
		['وأوضح المسؤول أن الوضع مستقر، مضيفاً أن القوات اعتقلت أمس ثلاثة مطلوبين.', 'مضيفاً'],
		['وتحدث الموظف عن مخاطر العمل، لافتاً إلى أن عبوة انفجرت فجر الأحد بسيارة زميله.', 'لافتاً']
	])('«%s»', (text, word) => {
		expect(clauseSpans(text).some((c) => c.text.startsWith(word))).toBe(true);
	});
	it('near miss: with no day of its own it goes on about the first', () => {
		const text = 'وقال المصدر إن الهجوم وقع ليلاً، مشيراً إلى أن المهاجمين لاذوا بالفرار.';
		expect(clauseSpans(text)).toHaveLength(1);
	});
});

describe('an event told as repeated over a span is the site\'s history', () => {
	it.each([
		['كما استُهدفت المحطة بقذائف مرات عدة خلال الأشهر الماضية'],
		['وتعرض الخط لهجمات خلال العامين الماضيين'],
		['وقد فُجّرت أبراج الخط مراراً'],
		// Unvocalised «فجر» is the verb here, not a dawn that would date the clause.
		['وفجر مسلحون أبراج الخط مرات عدة خلال العامين الماضيين']
	])('«%s»', (text) => {
		expect(eventOf(text)).toBeNull();
	});
	it('near miss: repeated on a day the clause names is that day\'s event', () => {
		expect(eventOf('قصفت المدفعية القرية مرات عدة مساء أمس')?.type).toBe('shelling');
	});
});
