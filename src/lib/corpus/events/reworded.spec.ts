/**
 * The same event worded the way another outlet would word it: the subject between a verb and the
 * rest of its idiom, a verbal noun carrying its object as a pronoun, a downed drone, a day counted in
 * «the current month», an adjective that only looks like an official's title. Sentences written for
 * this file (none is taken from the labelled splits); the split `reworded/` measures them at scale.
 */
import { describe, expect, it } from 'vitest';
import { findWhens } from './when';
import { nearFrom, seatOf } from './locators';
import { sequel } from './sequels';
import { typeOf, whole } from './clause-testing';

/** The span of `place` in `text`. */
const at = (text: string, place: string) => ({ start: text.indexOf(place), end: text.indexOf(place) + place.length, text: place });

describe('verb–subject–object: the subject stands between the verb and the rest of its idiom', () => {
	it('«ألقى … القبض على»', () => {
		expect(typeOf('ألقت مفرزة من مديرية الاستخبارات، مساء أمس، القبض على مطلوبين اثنين في قضاء هيت')).toBe('arrest');
		expect(typeOf('ألقى مسلحون قنبلة يدوية على منزل أحد الوجهاء')).not.toBe('arrest');
	});
	it('«لقي … حتفه / مصرعه»', () => {
		expect(typeOf('لقي مزارع حتفه وأصيب ابنه في ريف تدمر')).toBe('attack-on-civilians');
		expect(typeOf('لقي ثلاثة عناصر من الفوج مصرعهم في الاشتباك')).toBe('clash');
		expect(typeOf('لقي المقترح ترحيباً واسعاً من شيوخ العشائر')).toBeNull();
	});
	it('«توصّل … إلى صلح / اتفاق», «أُبرم … صلح»: an accord, the parties or the time between', () => {
		expect(typeOf('توصلت عشيرتان في ريف الميادين بوساطة الوجهاء إلى صلح ينهي نزاعاً قديماً')).toBe('agreement');
		expect(typeOf('أُبرم ظهر اليوم في مضافة الشيخ صلح بين الطرفين')).toBe('agreement');
		expect(typeOf('توصلت اللجنة إلى نتائج أولية في التحقيق')).toBeNull();
	});
});

describe('a stabbing that kills', () => {
	it('«طُعن حتى الموت», «طعنه بسكين» kill; «طعن في القرار» (appealed) does not', () => {
		expect(typeOf('طُعن رجل مسن حتى الموت أمام متجره في حي الثورة')).toBe('attack-on-civilians');
		expect(typeOf('طعن مجهولون امرأة بسكين داخل منزلها')).toBe('attack-on-civilians');
		expect(typeOf('طعن المحامي في قرار المحكمة أمام الهيئة التمييزية')).toBeNull();
	});
});

describe('a verbal noun that carries its object as a pronoun after «جرى / تم»', () => {
	it('«وجرى تسليمهم», «تم اعتقالهم»', () => {
		expect(typeOf('أُفرج عن عشرين موقوفاً وجرى تسليمهم إلى ذويهم')).toBe('handover');
		expect(typeOf('وتم اعتقالهم فجر اليوم في حي الجزيرة')).toBe('arrest');
		expect(typeOf('وجرى تسليمها إلى البلدية بعد ترميمها')).toBeNull();
	});
});

describe('a drone named after its downing is what was seized, not a strike', () => {
	it('«أسقط … طائرة مسيّرة تحمل …», «جرى إسقاط مسيّرة محمّلة بالكريستال»', () => {
		expect(typeOf('أسقطت وحدات الحرس طائرة مسيّرة تحمل كيلوغرامين من الكريستال قرب الرويشد')).toBe('drug-seizure');
		expect(typeOf('وجرى إسقاط مسيّرة محمّلة بحبوب الكبتاغون على الواجهة الشمالية')).toBe('drug-seizure');
		expect(typeOf('استهدفت طائرة مسيّرة سيارة تقل عنصرين قرب الحسكة')).toBe('drone-strike');
	});
});

describe('a day counted in the month the article is in', () => {
	it('«في 19 من الشهر الجاري» is the 19th, «يوم 3 من الشهر الماضي» the 3rd of the month before', () => {
		expect(findWhens('في 19 من الشهر الجاري تسلمت القوات المحتجزين', '2026-03-24')[0]).toMatchObject({ from: '2026-03-19', to: '2026-03-19', precision: 'day' });
		expect(findWhens('وكان ذلك يوم 3 من الشهر الماضي', '2026-03-24')[0]).toMatchObject({ from: '2026-02-03', precision: 'day' });
		expect(findWhens('منذ مطلع الشهر الجاري', '2026-03-24')[0]).toMatchObject({ precision: 'approximate' });
		expect(findWhens('خلال الشهر الجاري', '2026-03-24')[0]).toMatchObject({ from: '2026-03-01', precision: 'month' });
	});
});

describe('an official is a whole word, not the letters of one inside another', () => {
	const seat = (text: string, place: string) => seatOf(text, whole(text), at(text, place));
	it('«الجسر الرئيسي في مدينة …» names a main bridge, «رئيس بلدية …» a head who sits there', () => {
		expect(seat('فُككت عبوة تحت الجسر الرئيسي في مدينة المنبج', 'المنبج')).toBe(false);
		expect(seat('وقطعوا الطريق الرئيسية في ناحية الصور', 'الصور')).toBe(false);
		expect(seat('وقال رئيس بلدية الصور إن', 'الصور')).toBe(true);
		expect(seat('وأفاد مراسلنا في دير الزور بأن', 'دير الزور')).toBe(true);
		expect(seat('سقطت قذائف مصدرها مناطق سيطرة الفصائل على قرية الطويلة', 'الطويلة')).toBe(false);
	});
});

describe('«من» that closes a phrase of nearness is no origin', () => {
	const near = (text: string, place: string) => nearFrom(text, whole(text), at(text, place));
	it('«بالقرب من بلدة …», «على مقربة من …», «القريبة من …» — not «قادمين من …»', () => {
		expect(near('أُسقطت مسيّرة بالقرب من بلدة الرويشد', 'الرويشد')).toBe(true);
		expect(near('انفجر لغم على مقربة من قرية الباغوز', 'الباغوز')).toBe(true);
		expect(near('في المزارع القريبة من الميادين', 'الميادين')).toBe(true);
		expect(near('أربعة متسللين قادمين من بلدة الباغوز', 'الباغوز')).toBe(false);
		expect(near('نُقل الجرحى من قرية الكشمة', 'الكشمة')).toBe(false);
	});
});

describe('a follow-up that foils the attempt just told is that attempt', () => {
	it('an infiltration then «بعد أن أحبطت … محاولتهم» is one event; a seizure then another seizure is two', () => {
		expect(sequel('infiltration', 'smuggling-interdiction')).toBe(true);
		expect(sequel('drug-seizure', 'drug-seizure')).toBe(false);
		expect(sequel('infiltration', 'arrest')).toBe(false);
	});
});
