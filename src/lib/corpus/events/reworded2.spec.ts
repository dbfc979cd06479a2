/**
 * The same event worded another way, the families the robustness split `reworded2/` broke: a charge in the fronted
 * subject of a finite arrest verb, a verbal noun governed by «تعرّض لـ», a crowd that «stood» in protest, families
 * «going out» of a camp, the seized weapon before its passive seizure verb, and an undefined homograph after a
 * bearing word. Sentences written for this file (none is taken from the labelled splits).
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';
import { nameContext } from '../context';

describe('a charge that describes the fronted subject of a finite arrest verb is why they were arrested', () => {
	it('«متهمون بـ… اعتُقلوا», «مطلوبان … أُلقي القبض عليهما», «يُشتبه بتورطهم … أوقفوا»', () => {
		expect(typeOf('خمسة متهمين بالانتماء إلى خلايا التنظيم اعتُقلوا فجر اليوم في ناحية العبيدي')).toBe('arrest');
		expect(typeOf('مطلوبان للقضاء بتهم إرهابية أُلقي القبض عليهما مساء الأحد في حي الصناعة')).toBe('arrest');
		expect(typeOf('ثلاثة شبان يُشتبه بتورطهم في سرقة المواشي أوقفتهم دورية للشرطة في ريف الرطبة')).toBe('arrest');
		expect(typeOf('امرأة متهمة بتهريب الأطفال من المخيم احتُجزت أمس عند البوابة الرئيسية')).toBe('arrest');
	});
	it('the charge still reaches any other event after it: «بتهمة خطف طفل», «يُشتبه بأنهم اختطفوا»', () => {
		expect(typeOf('اعتُقل شاب بتهمة خطف طفل من أمام مدرسته')).toBe('arrest');
		expect(typeOf('يُشتبه بأنهم اختطفوا طفلاً من أمام مدرسته')).toBeNull();
	});
});

describe('«تعرّض … لـ» governs the verbal noun it is followed by: the event suffered, not a purpose', () => {
	it('abduction, arrest and targeting, the victim between the verb and the noun', () => {
		expect(typeOf('تعرّض سائق شاحنة من أهالي البعاج للخطف على الطريق الدولي')).toBe('abduction');
		expect(typeOf('تعرضت ممرضتان في مشفى المدينة للاختطاف مساء أمس')).toBe('abduction');
		expect(typeOf('تعرّضوا للاعتقال على يد عناصر الأمن أثناء عودتهم من السوق')).toBe('arrest');
	});
	it('a thing made for something keeps «لل» as its purpose: «سيارة معدّة للتفجير»', () => {
		expect(typeOf('عُرضت في المعرض صور لسيارة معدّة للتفجير')).toBeNull();
	});
});

describe('a crowd that «stood» in protest', () => {
	it('«وقف / وقفت / وقفوا» with a crowd and a grievance', () => {
		expect(typeOf('وقف العشرات من ذوي المفقودين أمام مقر الأمم المتحدة تنديداً بالصمت الدولي')).toBe('protest');
		expect(typeOf('وقفت مئات النساء في الساحة العامة رفضاً لقرار الترحيل')).toBe('protest');
		expect(typeOf('وقفوا أمام مبنى البلدية، وهم من أهالي الحي، للمطالبة بإعادة التيار الكهربائي')).toBe('protest');
	});
	it('a halt, or a man who stood, is none', () => {
		expect(typeOf('وقف إطلاق النار بين العشيرتين صامد منذ أسبوع')).toBeNull();
		expect(typeOf('وقف المحافظ أمام الصحفيين وتحدث عن خطة الخدمات')).toBeNull();
	});
});

describe('families «going out» of a camp', () => {
	it('«خروج / مغادرة / إخراج» and «خرجت» with families and the camp', () => {
		expect(typeOf('أشرفت إدارة المخيم صباح اليوم على خروج 95 عائلة عراقية من مخيم الهول')).toBe('repatriation');
		expect(typeOf('بدأت مغادرة دفعة جديدة من العوائل السورية المخيم باتجاه ريف الرقة')).toBe('repatriation');
		expect(typeOf('خرجت قافلة تضم 60 عائلة من مخيم الهول نحو الموصل')).toBe('repatriation');
	});
	it('going out of anywhere else, or with no families, is none', () => {
		expect(typeOf('خروج المسافرين من المطار تأخر بسبب العاصفة')).toBeNull();
		expect(typeOf('خرجت العائلات إلى الحدائق في أول أيام العيد')).toBeNull();
	});
});

describe('the seized weapon named before its passive seizure verb', () => {
	it('«منصة صواريخ ضُبطت», «عبوتان وبنادق ضُبطت», «صواريخ كاتيوشا ضُبطت»', () => {
		expect(typeOf('منصة لإطلاق الصواريخ فيها أربعة صواريخ ضُبطت ليلاً في بستان قرب الكرابلة')).toBe('weapons-seizure');
		expect(typeOf('عبوتان ناسفتان وبنادق كلاشينكوف ضُبطت داخل مخبأ في وادي الثرثار')).toBe('weapons-seizure');
		expect(typeOf('صواريخ كاتيوشا معدّة للإطلاق ضُبطت صباح اليوم في منطقة زراعية')).toBe('weapons-seizure');
	});
	it('rockets fired by a strike verb stay shelling though a seizure follows', () => {
		expect(typeOf('استهدفت صواريخ القاعدة فجراً وضُبطت منصة الإطلاق لاحقاً')).toBe('shelling');
	});
});

describe('an undefined homograph after a bearing word is the place', () => {
	const ctx = (t: string, name: string) => nameContext(t, t.indexOf(name), t.indexOf(name) + name.length);
	it('«جنوب غربي حديثة», «قرب عنه», «أطراف حديثة»', () => {
		expect(ctx('عثرت القوة على مضافة جنوب غربي حديثة', 'حديثة').homograph).toBe(false);
		expect(ctx('انفجرت عبوة ناسفة قرب عنه', 'عنه').homograph).toBe(false);
		expect(ctx('سقطت قذيفة على أطراف حديثة', 'حديثة').homograph).toBe(false);
	});
	it('the adjective, and a defined homograph after a bearing word, stay words', () => {
		expect(ctx('ضبطت أسلحة حديثة في المستودع', 'حديثة').homograph).toBe(true);
		expect(ctx('انتظر المراجعون قرب الباب', 'الباب').homograph).toBe(true);
	});
});
