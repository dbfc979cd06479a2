import { describe, expect, it } from 'vitest';
import { findFatalities, findInjuries, findQuantities } from './numbers';
import { findNumbers } from './number-words';
import { dualOf } from './duals';

const values = (text: string) => findNumbers(text).map((n) => n.value);

describe('numbers', () => {
	it.each([
		['قتل 12 شخصاً', 12],
		['ضبط ١٠٨ كيلوغرامات', 108],
		['1.27 مليون حبة', 1270000],
		['خمسة وعشرين عنصراً', 25],
		['أحد عشر مطلوباً', 11],
		['ثلاثة آلاف حبة', 3000],
		['مئة وخمسين عائلة', 150],
		['بمئتي ألف حبة', 200000],
		['أربعة ملايين ومئتي ألف حبة', 4200000],
		['ستمئة شخص', 600],
		['بنحو مليوني حبة', 2000000],
		['ألفي عبوة', 2000]
	])('«%s» → %d', (text, v) => expect(values(text)[0]).toBe(v));

	it('reads a dual that ends the clause as its own unit', () => {
		expect(findQuantities('وألقت القبض على شخصين').people?.value).toBe(2);
		expect(findQuantities('ضبط 400 ألف حبة وألقت القبض على شخصين')).toMatchObject({ pills: { value: 400000 }, people: { value: 2 } });
	});
	it('reads duals as two and vague plurals as no count', () => {
		expect(findNumbers('مقتل عنصرين')[0]).toMatchObject({ value: 2, dual: true });
		expect(findNumbers('إصابة عشرات المدنيين')[0]).toMatchObject({ value: null, approximate: true });
	});
	it('reads duals of persons and things by their form, with particles and the article', () => {
		expect(values('أسر الجيش رجلين ودمّر سيارتين')).toEqual([2, 2]);
		expect(values('للطفلتين')).toEqual([2]);
		expect(dualOf('والضابطان')).toMatchObject({ singular: 'ضابط', person: true });
		expect(dualOf('عبوتين')).toMatchObject({ singular: 'عبوه', person: false });
	});
	it('does not read a sound plural that looks like a dual (مدنيين، مسلحين) as two', () => {
		expect(values('أطلق مسلحين النار على مدنيين')).toEqual([]);
		expect(values('أصيب مدنيين اثنين')).toEqual([2]);
	});
	it('marks approximations and keeps the words', () => {
		const text = 'ضبط أكثر من 4 ملايين حبة';
		const [n] = findNumbers(text);
		expect(n).toMatchObject({ value: 4000000, approximate: true, text: 'أكثر من 4 ملايين' });
		expect(text.slice(n.start, n.end)).toBe(n.text);
	});
	it('takes no weekday or «someone» for a number', () => {
		expect(values('اندلعت يوم الأحد الماضي')).toEqual([]);
		expect(values('قال أحد المسؤولين')).toEqual([]);
		expect(values('مساء الثلاثاء')).toEqual([]);
	});
});

describe('casualties', () => {
	it('count the dead and the wounded separately', () => {
		const text = 'بمقتل جنديين من الجيش العراقي وإصابة ثالث بجروح';
		expect(findFatalities(text)?.value).toBe(2);
		// «وإصابة ثالث»: a third man, wounded.
		expect(findInjuries(text)?.value).toBe(1);
	});
	it.each([
		['لقي راعي أغنام حتفه بانفجار لغم', 1],
		['قُتل خمسة أشخاص وأُصيب آخرون', 5],
		['أسفرتا عن مقتل خمسة إرهابيين', 5],
		['ما أدى إلى استشهاد مقاتلَين اثنين', 2],
		['عُثر على جثة شاب مقتولاً', 1],
		// Duals of persons, and a dual pronoun on the verbal noun.
		['انفجرت عبوة أدت إلى مقتل ضابطين', 2],
		['قُتل شرطيان في الهجوم', 2],
		['قصفت مسيّرة دراجة نارية تقل شقيقين ما أسفر عن مصرعهما', 2],
		// One of a group, and a singular person after a verb of killing.
		['وقتل إحدى النساء في القصف', 1],
		['اغتال ملثمون صباح اليوم عضواً في مجلس العشيرة', 1],
		// «ارتقى», the state media's word for soldiers killed, in its persons and its verbal noun.
		['ارتقى أربعة من عناصر الجيش وأصيب ثلاثة آخرون', 4],
		['وارتقى جنديان في القصف', 2],
		['ارتقاء ستة جنود بهجوم على نقطة عسكرية', 6],
		// One person named before a count joined by و is one more of the dead, on whichever side.
		['مقتل مقاتل من الحشد واثنين من المسلحين', 3],
		['قُتل جندي وثلاثة من المهاجمين في الاشتباك', 4],
		['أسفر الهجوم عن مقتل عنصر من قسد و3 من مسلحي التنظيم', 4],
		['قتل ثلاثة من عناصر الجيش وخمسة من المسلحين', 8],
		// The singular verb with no subject after it: the one person told before.
		['رفض المطلوب الاستسلام فقُتل خلال الاشتباك', 1],
		['أطلق الحارس النار على المهاجم، فقُتل في الحال', 1],
		['ثم قُتل برصاص قناص', 1]
	])('«%s»: %d dead', (text, v) => expect(findFatalities(text)?.value).toBe(v));
	it('reads «none» where the text says so, and null where it says nothing', () => {
		expect(findFatalities('أصيب ثلاثة عناصر دون وقوع قتلى')?.value).toBe(0);
		expect(findInjuries('أصيب ثلاثة عناصر دون وقوع قتلى')?.value).toBe(3);
		expect(findFatalities('ضبطت دورية شحنة من الكبتاغون')).toBeNull();
	});
	it.each([
		// «دون أن + verb (+ عن)»: none, in any verb the writer picks.
		['انهار جزء من الجسر بانفجار عبوة من دون أن يسفر عن إصابات بشرية', 0, 0],
		['سقطت قذيفتان على أطراف البلدة دون أن تخلف ضحايا', 0, 0],
		['استهدف قصف مدفعي نقطة للجيش بدون أن يوقع خسائر بشرية', 0, 0],
		// A near miss: «دون أن» before a verb that is not about casualties says nothing about them.
		['انسحب المهاجمون دون أن يحققوا أهدافهم', null, null]
	])('«%s»: %s dead, %s wounded', (text, dead, hurt) => {
		expect(findFatalities(text)?.value ?? null).toBe(dead);
		expect(findInjuries(text)?.value ?? null).toBe(hurt);
	});
	it.each([
		// «هلاك» (perishing, said of an attacker) counts the dead like «مقتل».
		['فجّر انتحاري نفسه ما أدى إلى هلاكه وإصابة حارسين', 1],
		['أسفرت العملية عن هلاك ثلاثة إرهابيين', 3],
		['هلك اثنان من المهاجمين في الاشتباك', 2]
	])('«%s»: %d dead', (text, v) => expect(findFatalities(text)?.value).toBe(v));
	it('does not count «واحد» that qualifies another noun as a victim', () => {
		expect(findFatalities('وأوضح أن القتلى من قرية واحدة')?.value).toBeNull();
		expect(findFatalities('أسفر الانفجار عن سقوط قتيل واحد')?.value).toBe(1);
	});
	it('gives null with a note for deaths without a number', () => {
		const f = findFatalities('أسفرت الاشتباكات عن قتلى وجرحى');
		expect(f?.value).toBeNull();
		expect(f?.note).toMatch(/without a number/);
	});
	it('does not count the wounded of «مقتل وإصابة خمسة» before a wound word as dead', () => {
		expect(findInjuries('قتل خمسة أشخاص وأصيب آخرون')?.value).toBeNull();
	});
});

describe('quantities', () => {
	it('reads units, with tons in kg', () => {
		const text = 'ضبط 108 كيلوغرامات من الحشيش و1.27 مليون حبة كبتاغون وطنين';
		const q = findQuantities(text);
		expect(q.kg?.value).toBe(108);
		expect(q.pills?.value).toBe(1270000);
		expect(findQuantities('ضبط 3 طن من المخدرات').kg?.value).toBe(3000);
		expect(text.slice(q.kg!.evidence.start, q.kg!.evidence.end)).toBe(q.kg!.evidence.text);
	});
	it('ignores numbers with no unit and those already counted as casualties', () => {
		expect(findQuantities('في 22 من الشهر')).toEqual({});
		const text = 'مقتل ثلاثة عناصر';
		expect(findQuantities(text, 0, text.length, findFatalities(text)!.evidence)).toEqual({});
	});
	it('does not count an age, counts a singular noun of the dead, a companion, and the wounded before their noun', () => {
		const dead = (t: string) => findFatalities(t)?.value ?? null;
		// An age is no count: the victim is one person.
		expect(dead('قُتل مزارع يبلغ من العمر 42 عاماً بانفجار لغم')).toBe(1);
		expect(dead('قُتلت طفلة في الثامنة من عمرها بقذيفة')).toBe(1);
		// «شهيد وثلاثة جرحى»: one dead; the number before «جرحى» counts the wounded.
		expect(dead('الحصيلة: شهيد و3 جرحى')).toBe(1);
		expect(findInjuries('الحصيلة: شهيد و3 جرحى')?.value).toBe(3);
		// A victim and his companion are two.
		expect(dead('أدت الغارة إلى مقتل مسؤول محلي وسائقه')).toBe(2);
		// «لم يسفر الهجوم عن إصابات»: none, with a subject between the verb and «عن».
		expect(dead('ولم يسفر الهجوم عن إصابات بشرية')).toBe(0);
		// «no news of casualties» is not «no casualties».
		expect(findInjuries('ولم ترد أنباء عن إصابات')?.value ?? null).toBeNull();
		// Still a count: «قتل 3 وأصيب 2».
		expect(dead('قتل 3 وأصيب 2 في الاشتباك')).toBe(3);
	});
});
