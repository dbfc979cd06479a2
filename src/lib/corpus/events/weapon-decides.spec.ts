import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('«قريباً من» is near, not soon: the strike told beside it stands', () => {
	it.each([
		['قُتل شابان وأصيب راعٍ كان قريباً من المكان بضربة من طائرة مسيّرة استهدفت سيارة مدنية', 'drone-strike'],
		['أُصيب طفل كان يلعب قريباً من الساتر بقذيفة هاون سقطت على القرية', 'shelling'],
		['انفجرت عبوة ناسفة بسيارة كانت متوقفة قريباً من مدخل السوق', 'ied'],
		['استهدفت مسيّرة دراجة نارية قريباً منه في ريف القامشلي', 'drone-strike']
	])('«%s»', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('«قريباً» with no «من» is still soon: a plan', () => {
		expect(typeOf('ستنفذ القوات قريباً حملة دهم في القرى الحدودية')).toBe(null);
		expect(typeOf('يُعاد فتح المعبر قريباً أمام المسافرين')).toBe(null);
	});
});

describe('the air arm named as the strike’s author makes its toll an airstrike', () => {
	it.each([
		'حصيلة الضربة التي نفذتها القوة الجوية مساء الجمعة على مخبأ للتنظيم ارتفعت إلى أربعة قتلى',
		'قُتل ثلاثة إرهابيين بضربة نفذها سلاح الجو في وادي حوران',
		'أسفرت ضربة للقوة الجوية العراقية عن مقتل قيادي في داعش',
		'قتل خمسة مسلحين في ضربة لسلاح الجو قرب الحدود'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('airstrike');
	});
	it('a drone stays a drone strike; a toll with no means stays a clash; «القوة» alone is no aircraft', () => {
		expect(typeOf('قُتل ثلاثة مسلحين بضربة من طائرة مسيّرة قرب الحدود')).toBe('drone-strike');
		expect(typeOf('قُتل ثلاثة مسلحين في هجوم على نقطة للجيش')).toBe('clash');
		expect(typeOf('قتل جنديان في هجوم نفذته قوة مجهولة على نقطة للجيش')).toBe('clash');
	});
});

describe('a fronted aside that ranks the event in a series does not make it a count', () => {
	it.each([
		['في هجوم هو الثاني من نوعه منذ مطلع العام، انفجرت عبوة ناسفة بعجلة للجيش ما أدى إلى مقتل جندي', 'ied'],
		['في هجوم هو الأول من نوعه منذ بداية العام، انفجرت عبوة لاصقة بسيارة ضابط', 'ied'],
		['وفي أكبر عملية من نوعها منذ مطلع العام، ضبطت القوات مليوني حبة كبتاغون', 'drug-seizure'],
		['في استهداف هو الثالث من نوعه منذ بداية الشهر، قصفت المدفعية قرى الريف الغربي', 'shelling']
	])('«%s»', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
	it('a bare period before the event is still a count over it', () => {
		expect(typeOf('منذ مطلع العام، اعتقلت القوات 300 مطلوب في المحافظة')).toBe(null);
		expect(typeOf('منذ بداية العام، انفجرت عشرات العبوات على طرق القضاء')).toBe(null);
	});
});
