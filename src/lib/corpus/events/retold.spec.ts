/**
 * retold.ts: a clause that comes back to an event already drafted is that event, whatever day or place its own
 * words give. Invented texts (none from the labelled splits); each rule with variants and a near miss.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

// 2025-01-15 is a Wednesday.
const draft = (text: string) => draftIncidents({ id: 't1', text, date: '2025-01-15' }, GEO);
const types = (text: string) => draft(text).map((d) => d.type);

describe('a search of the event’s site, and what it found, is the event', () => {
	it.each([
		'نفذت طائرات القوة الجوية مساء أمس ضربة جوية على مضافة لداعش قرب القائم، أسفرت عن مقتل أربعة إرهابيين. وقامت قوة من الجيش بتفتيش موقع الضربة صباح اليوم، وعثرت على أحزمة ناسفة وبنادق.',
		'انفجرت عبوة ناسفة مساء أمس بعجلة للجيش قرب البعاج ما أدى إلى مقتل جندي. وفتشت مفرزة هندسية الموقع فجر اليوم وعثرت على صاعق ومواد متفجرة.',
		'اندلع اشتباك بين الجيش ومسلحين من داعش قرب الرطبة يوم الاثنين. ومشّطت القوات مكان الاشتباك صباح اليوم، وعثرت على جثتين وأسلحة خفيفة قرب البعاج.'
	])('«%s»', (text) => expect(types(text)).toHaveLength(1));
	it('keeps the event’s own day', () => {
		const ds = draft('نفذت طائرات القوة الجوية مساء الاثنين ضربة جوية على وكر لداعش قرب القائم. وقامت قوة بتفتيش موقع الضربة صباح اليوم، وعثرت على بنادق.');
		expect(ds.map((d) => [d.type, d.date.from])).toEqual([['airstrike', '2025-01-13']]);
	});
	it('a cache found in a search of a village is its own seizure', () => {
		expect(types('نفذت طائرات القوة الجوية مساء أمس ضربة جوية على مضافة لداعش قرب القائم. وفي سياق آخر، فتشت قوة من الشرطة قرية قرب الرطبة صباح اليوم وعثرت على مخبأ فيه بنادق وعبوات.')).toHaveLength(2);
	});
});

describe('the event named back as the subject of its verb is the event', () => {
	it.each([
		'انفجرت عبوة ناسفة فجر أمس بعجلة للحشد قرب البعاج، ما أدى إلى إصابة ثلاثة منتسبين. وأكد مصدر، اليوم الأربعاء، أن الحادث أسفر أيضاً عن مقتل منتسب رابع.',
		'قصفت طائرات مسيّرة مساء الاثنين موقعاً لمسلحين قرب القائم. وقال مصدر إن "الضربة استهدفت مخزناً للأسلحة كان المسلحون يستخدمونه".',
		'هاجم مسلحون حاجزاً للجيش قرب الرطبة فجر أمس وقتلوا جندياً. والهجوم خلّف أيضاً، بحسب مصدر طبي في القائم اليوم، إصابة جنديين آخرين.'
	])('«%s»', (text) => expect(types(text)).toHaveLength(1));
	it('«الهجوم الثاني» is another one', () => {
		expect(types('هاجم مسلحون حاجزاً للجيش قرب الرطبة فجر أمس وقتلوا جندياً. والهجوم الثاني استهدف نقطة للشرطة قرب القائم مساء الاثنين وأسفر عن مقتل شرطي.')).toHaveLength(2);
	});
});

describe('a sequel that takes the act as a pronoun, or a force arriving at the scene, is the event', () => {
	it.each([
		'غادرت 150 عائلة عراقية مخيم الهول يوم الاثنين، ووصلت إلى الموصل الليلة الماضية، بعد أن أمّنت قطعات الجيش نقلها من المنفذ الحدودي حتى المخيم.',
		'اغتال مسلحون مجهولون مختاراً قرب البوكمال مساء أمس. وأوضح المصدر أن دورية للأمن العام وصلت إلى المكان صباح اليوم وطوقت الحي.',
		'داهمت وحدات الأمن مستودعاً للأسلحة في البوكمال يوم الاثنين وضبطت بداخله بنادق وقذائف، فيما فرّ صاحب المستودع قبل وصول الدورية.'
	])('«%s»', (text) => expect(types(text)).toHaveLength(1));
	it('a patrol run on another day is its own event', () => {
		expect(types('اغتال مسلحون مجهولون مختاراً قرب البوكمال مساء أمس. وسيّرت القوات الأمريكية دورية في ريف القائم يوم الاثنين.')).toHaveLength(2);
	});
});

describe('the bodies of the event’s dead, found after it, are the event', () => {
	it.each([
		'نفذت طائرات القوة الجوية مساء أمس ضربة جوية على مضافة لداعش قرب القائم، أسفرت عن مقتل ثلاثة إرهابيين. وأشار المصدر إلى أن الجثة الثالثة عُثر عليها تحت الأنقاض في وقت لاحق.',
		'انفجرت عبوة ناسفة مساء الاثنين بعجلة تقل عمالاً قرب البعاج، ما أدى إلى مقتل اثنين. وقال مصدر إن الجثتين عُثر عليهما صباح أمس على بعد مئات الأمتار.'
	])('«%s»', (text) => expect(types(text)).toHaveLength(1));
	it('and a headline’s telling takes the day its body’s pronoun sequel gives', () => {
		const ds = draft('خطف شاب في البوكمال يثير غضب الأهالي\nلا يزال مصير شاب من أبناء البوكمال مجهولاً، بعد أن اختطفه مسلحون مجهولون مساء الاثنين قرب البلدة.');
		expect(ds.map((d) => [d.type, d.date.from])).toEqual([['abduction', '2025-01-13']]);
	});
});

describe('an arrival of families after another departure is its own repatriation', () => {
	it('«وبعد وصول الدفعة الأولى، غادرت دفعة ثانية …»', () => {
		expect(types('اعتقلت قوات الأمن مساء الاثنين مطلوبين اثنين في البوكمال. وبعد وصول الدفعة الأولى إلى العراق، غادرت صباح اليوم دفعة ثانية من 80 عائلة مخيم الهول.')).toHaveLength(2);
	});
});

describe('«بعد أن» fronted before a new event does not fold it', () => {
	it('«وبعد أن رصدته الكاميرات، اعتقلت الشرطة شخصاً آخر …»', () => {
		expect(types('اعتقلت قوات الأمن مساء الاثنين مطلوباً في البوكمال. وبعد أن رصدته الكاميرات الحرارية، اعتقلت الشرطة صباح اليوم متسللاً آخر قرب القائم.')).toHaveLength(2);
	});
});
