/**
 * Two registers of the frontier's forces (triggers-ground.ts): an attack («تعرّض») beaten off is a fight, and people
 * who crossed the border unlawfully are an infiltration. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('«صدّ / تصدّى لـ» an attack («تعرّض»): a clash', () => {
	it.each([
		['صدّت قطعات الفوج الثاني، فجر اليوم، تعرضاً لعصابات داعش على مرصد في وادي حوران'],
		['تصدّت قوة من الحشد مساء أمس لتعرّض إرهابي استهدف نقطة مرابطة قرب الحدود'],
		['وتمكن المقاتلون من صدّ تعرّض غادر شنته بقايا التنظيم على الساتر'],
		['يواصل أبطال اللواء التصدي لتعرضات الخلايا في الصحراء، إذ صدّوا ليلة الجمعة تعرضاً على قاطعهم']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('clash');
	});
	it('«تصدّى» to something else, or «صدّ» alone, is no fight', () => {
		expect(typeOf('تصدت الحكومة لظاهرة ارتفاع الأسعار في الأسواق')).toBeNull();
		expect(typeOf('صدّ المدافع الكرة في الدقيقة الأخيرة')).toBeNull();
	});
});

describe('people who crossed unlawfully: an infiltration', () => {
	it.each([
		['اعتقلت قوات الحدود ثلاثة أشخاص عبروا من الجانب السوري بطريقة غير شرعية'],
		['أوقف حرس الحدود أمس شخصاً دخل الأراضي العراقية بصورة غير قانونية قرب القائم'],
		['ضبطت الدوريات أفراد عائلتين اجتازوا الساتر خلسة، وأحالتهم إلى الجهات المختصة'],
		['ألقي القبض على شابين عبرا النهر بشكل غير نظامي']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('infiltration');
	});
	it('not «عبر» the preposition, nor a crossing told in the pluperfect of people handed over', () => {
		expect(typeOf('ضبطت القوات شحنة سجائر مهربة عبر الحدود بطريقة غير شرعية')).not.toBe('infiltration');
		expect(typeOf('سلّمت السلطات عشرة مواطنين كانوا قد دخلوا البلاد بطرق غير شرعية إلى ذويهم')).not.toBe('infiltration');
		expect(typeOf('اعتقلت الشرطة ثلاثة مطلوبين في المدينة، وقالت إنهم "دخلوا بطريقة غير شرعية"')).toBe('arrest');
	});
});

describe('shelling that backs an assault on the ground is its support: a clash (means.ts)', () => {
	it.each([
		['هاجمت مجموعات مسلحة، مدعومةً بقصف مدفعي، نقاط الجيش قرب القرية قبل أن تنسحب'],
		['اقتحم المسلحون البلدة بإسناد من قذائف الهاون واشتبكوا مع حراسها'],
		['هاجمت الفصائل مواقع القوات تحت غطاء من القصف الصاروخي']
	])('%s', (text) => {
		expect(typeOf(text)).toBe('clash');
	});
	it('shelling alone, or fired at an assault, stays shelling', () => {
		expect(typeOf('قصفت المدفعية التركية قرى ريف البلدة مساء أمس')).toBe('shelling');
		expect(typeOf('سقطت قذائف هاون على حي سكني في المدينة')).toBe('shelling');
	});
});
