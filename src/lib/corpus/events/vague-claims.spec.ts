/**
 * A party's claim with no place or day of its own (a count over a span, a statement silent on where and when, the
 * claim the writer calls ritual) is no incident; one with a place and a day, or a single dated raid, stays one.
 * Sentences written for this spec.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('a vague claim', () => {
	it.each([
		['وأعلنت وزارة الدفاع التركية أن قواتها حيّدت 14 إرهابياً في شمال العراق خلال الأيام الخمسة الماضية'],
		['وقالت الوزارة في بيانها إنها "حيّدت أربعة إرهابيين" شرق الفرات خلال الساعات الـ48 الماضية'],
		['وأعلنت أنقرة تحييد ستة مسلحين في شمالي سوريا، دون تحديد مواقع الاشتباكات'],
		['وأعلنت الوزارة تحييد سبعة "إرهابيين" على مدى اليومين الماضيين، من دون أن تذكر مكانهم'],
		['وتقول الوزارة إن قواتها حيّدت عنصرين من الوحدات الكردية، وهي الرواية التي تكررها بعد كل قصف'],
		['وأفادت القيادة بمقتل تسعة مسلحين خلال الأسبوع الماضي، من دون أن تحدد أماكن مقتلهم'],
		['وأكدت الوزارة في إحاطتها أنها حيّدت 21 إرهابياً خلال الأسبوع المنصرم']
	])('%s', (text) => expect(typeOf(text)).toBeNull());
});

describe('still an event', () => {
	it.each([
		// A place and a day of its own: one operation.
		['وقالت وزارة الدفاع التركية إن قواتها حيّدت إرهابيَين اثنين قرب تل رفعت أمس'],
		['حيّدت القوات التركية مسلحاً حاول التسلل قرب جرابلس مساء الثلاثاء، دون أن تحدد هويته'],
		// One campaign dated by a span, with no claim and no silence on its place.
		['وخلال الأسبوع الماضي، داهمت القوات الأمنية قرية في ريف الحسكة واعتقلت أربعة مطلوبين'],
		// A day of its own keeps an event whose exact spot the source withholds.
		['قُتل جندي تركي يوم الأحد بهجوم في شمال سوريا، دون أن تحدد الوزارة موقع الهجوم'],
		['قصفت المدفعية التركية صباح اليوم قرى في ريف تل تمر، دون أن تحدد المصادر عدد القذائف']
	])('%s', (text) => expect(typeOf(text)).not.toBeNull());
});
