import { describe, expect, it } from 'vitest';
import { clauseSpans } from './classify';
import { findWhens } from './when';
import { eventPlace, findPlaces } from './where';
import { TEST_GEOGRAPHY } from '../../../../tests/fixtures/events-geography';
import { eventOf } from './clause-testing';

const D = '2026-04-15'; // a Wednesday

describe('a date right after a source quoted by its verbal noun, clashing accounts or a denial is the telling', () => {
	it.each([
		'نقلت الوكالة عن ضابط في الجيش قوله، اليوم الأربعاء، إن مسلحين هاجموا نقطة',
		'تضاربت الأنباء، اليوم الأربعاء، حول مقتل قيادي في التنظيم',
		'وتتباين الروايات اليوم بشأن الجهة التي أطلقت الصواريخ',
		'ونفت وزارة الدفاع، اليوم، سقوط قتلى بين الجنود'
	])('%s', (text) => {
		const w = findWhens(text, D).find((x) => /اليوم/.test(x.evidence.text));
		expect(w?.role).toBe('report');
	});
	it('a date told inside the event clause stays the event’s', () => {
		const w = findWhens('هاجم مسلحون، اليوم الأربعاء، نقطة للجيش', D)[0];
		expect(w.role).toBe('event');
	});
});

describe('a fight at a crossing attempt keeps the crossing, coded as a battle', () => {
	it.each([
		'قُتل متسللان إثر اشتباك اندلع عند محاولة مجموعة مسلحة التسلل عبر الحدود',
		'ثلاثة متسللين قُتلوا في اشتباك قرب الساتر الحدودي',
		'اشتبكت قوة من حرس الحدود مع متسللين حاولوا العبور من الأراضي السورية'
	])('%s', (text) => {
		const e = eventOf(text);
		expect(e?.type).toBe('infiltration');
		expect([e?.event_type, e?.sub_event_type]).toEqual(['Battles', 'Armed clash']);
	});
	it('smugglers trying to cross make the fight an interdiction', () => {
		expect(eventOf('اشتبكت قوة من اللواء مع مجموعة مهربين حاولت العبور قرب الحدود وقُتل أحدهم')?.type).toBe('smuggling-interdiction');
	});
	it('fighters who sneak up to a post and fight stay a clash', () => {
		expect(eventOf('عناصر التنظيم تسللوا تحت جنح الظلام واشتبكوا مع المرابطين في النقطة')?.type).toBe('clash');
	});
	it('a fight with no crossing told stays a clash', () => {
		expect(eventOf('اندلعت اشتباكات بين قوات الجيش ومسلحين قرب الحدود')?.type).toBe('clash');
	});
});

describe('civilian victims in their indefinite and whole-word forms', () => {
	it.each(['قُتل راعٍ برصاص مجهولين في البادية', 'قُتل محامٍ بإطلاق نار في سوق المدينة', 'قُتل عاملان بهجوم على ورشة'])('%s', (text) => {
		expect(eventOf(text)?.type).toBe('attack-on-civilians');
	});
	it('«تعاملت» (dealt with) names no worker', () => {
		expect(eventOf('رصدت الكاميرات المجموعة فتعاملت معها قوة من الفوج وقُتل اثنان من أفرادها')?.type).toBe('clash');
	});
});

describe('a crossing named again by its noun refers back to the crossing named before', () => {
	/** The place of the last sentence of `text` for the event word `word`, with the whole article's places. */
	function placeOfLast(text: string, word: string) {
		const start = text.lastIndexOf('. ') + 2;
		const places = findPlaces('t', text, TEST_GEOGRAPHY);
		return eventPlace(text, { start, end: text.length, text: text.slice(start) }, places, [], null, text.indexOf(word, start));
	}
	it.each([
		['أعادت السلطات فتح منفذ القائم أمام الشاحنات. وكان المنفذ قد أُغلق الشهر الماضي عقب توتر على الحدود السورية العراقية.', 'أُغلق'],
		['زار وفد حكومي منفذ القائم صباح اليوم. وعقد الوفد اجتماعاً داخل المنفذ لبحث أمن الحدود السورية العراقية.', 'اجتماعاً'],
		['تكدست الشاحنات عند منفذ القائم. وأعلنت الهيئة إغلاق المعبر لمدة يومين بسبب التوتر على الحدود السورية العراقية.', 'إغلاق']
	])('%s', (text, word) => {
		const e = placeOfLast(text, word);
		expect(e?.place.id).toBe('al-qaim');
		expect(e?.reasons.join(' ')).toMatch(/refers back/);
	});
	it('«المنفذ» does not refer back to a town named without a crossing noun', () => {
		const text = 'قُتل جنديان في مدينة القائم. وأعلنت الهيئة إغلاق المنفذ لمدة يومين بسبب التوتر على الحدود السورية العراقية.';
		expect(placeOfLast(text, 'إغلاق')?.reasons.join(' ') ?? '').not.toMatch(/refers back/);
	});
});

describe('a light verb with its subject before the verbal noun reports it (verb–subject–object)', () => {
	const formOf = (text: string) => eventOf(text)?.trigger.entry.form;
	it.each([
		['سيّرت قوات حرس الحدود العراقية دوريات مشتركة على طول الشريط الحدودي', 'patrol'],
		['وشنّت طائرات التحالف الدولي غارات على مواقع التنظيم', 'airstrike'],
		['فأمس سيّرنا نحن وقوات الجيش دوريات راجلة قرب الساتر', 'patrol']
	])('%s', (text, type) => {
		expect(eventOf(text)?.type).toBe(type);
		expect(formOf(text)).toBe('verb');
	});
	it('a verb that does not carry the noun leaves it a noun', () => {
		expect(formOf('رصدت قوات حرس الحدود دوريات للتنظيم قرب الساتر')).toBe('noun');
	});
});

describe('what a security meeting agreed on is the meeting', () => {
	it.each([
		'عقدنا يوم الأحد اجتماعاً مع قيادة العمليات وقادة الحشد، واتفقنا على تبادل المعلومات',
		'وعقد قائد الشرطة اجتماعاً مع آمري الأفواج الحدودية، وتم الاتفاق خلاله على تكثيف المراقبة',
		'اجتمع محافظ الأنبار بالقادة الأمنيين واتفقوا على نشر نقاط ثابتة'
	])('%s', (text) => {
		expect(eventOf(text)?.type).toBe('security-meeting');
	});
	it('a text signed at a meeting stays an agreement', () => {
		expect(eventOf('ووقّع الطرفان خلال الاجتماع الأمني مذكرة تفاهم لضبط الحدود')?.type).toBe('agreement');
	});
});

describe('a second dated conjunct after a comma is a clause of its own', () => {
	const texts = (t: string) => clauseSpans(t).map((c) => c.text);
	it.each([
		['فأمس سيّرت القوات دوريات على الشريط الحدودي، وسقطت مساء أمس قذيفتا هاون داخل السوق.', 2],
		['اعتقلت قوة أمنية صباح الأحد ثلاثة مطلوبين، وانفجرت مساء اليوم نفسه عبوة ناسفة قرب الجسر.', 2],
		['داهمت الشرطة فجر اليوم وكراً للتنظيم، وضبطت ظهر اليوم شاحنة محمّلة بالأسلحة.', 2]
	])('%s', (text, n) => {
		expect(texts(text)).toHaveLength(n);
	});
	it.each([
		'قُتل جنديان فجر اليوم، وأُصيب ثالث صباح اليوم بجروح.',
		'هاجم مسلحون نقطة للجيش، وفرّوا مساء أمس باتجاه البادية.'
	])('not a toll, nor a conjunct after an undated first: %s', (text) => {
		expect(texts(text)).toHaveLength(1);
	});
});

describe('goods seized for lacking import papers are contraband', () => {
	it.each([
		'ضبطت مفارز الكمرك خمس شاحنات محمّلة بأجهزة كهربائية دخلت دون إجازات استيراد',
		'ضبطت مفارز المنفذ حاوية ملابس مخالفة للضوابط',
		'وضبطت كوادر الجمارك شاحنة أدوية دخلت بدون ترخيص'
	])('%s', (text) => {
		expect(eventOf(text)?.type).toBe('smuggling-interdiction');
	});
	it('a seizure of something unnamed stays other', () => {
		expect(eventOf('ضبطت مفارز الكمرك خمس شاحنات في المنفذ')?.type).toBe('other');
	});
});

describe('a road blocked with burning tyres, in the past or a ticker’s present, dispersed by force is a riot', () => {
	it.each([
		'أهالي القرية يقطعون الطريق العام بالإطارات المشتعلة احتجاجاً على مقتل أحد أبنائها، والشرطة تفرقهم بإطلاق النار في الهواء',
		'قطع العشرات من أبناء العشيرة الطريق الدولي وأشعلوا الإطارات احتجاجاً على الاعتقالات قبل أن تفرقهم القوات بالرصاص',
		'محتجون يقطعون الجسر ويحرقون الإطارات تنديداً بانقطاع الكهرباء، وقوات الأمن تطلق الغاز المسيل للدموع'
	])('%s', (text) => {
		expect(eventOf(text)?.type).toBe('riot');
	});
	it('not dispersed, it stays a protest (in a ticker’s present too)', () => {
		expect(eventOf('أهالي القرية يقطعون الطريق العام بالإطارات المشتعلة احتجاجاً على مقتل أحد أبنائها')?.type).toBe('protest');
	});
	it('forces cutting a smugglers’ route are no crowd', () => {
		expect(eventOf('يقطع الجيش طرق التهريب على الحدود')).toBeNull();
	});
});

describe('an ambush set to make an arrest is the arrest', () => {
	it.each([
		'ألقت مفارز الشرطة القبض على ثلاثة متهمين بعد كمين محكم نُصب لهم قرب الحي',
		'نصبت قوة من الاستخبارات كميناً أسفر عن اعتقال مطلوبين اثنين',
		'تمكنت القوات من اعتقال أمير في التنظيم عبر كمين على طريق البادية'
	])('%s', (text) => {
		expect(eventOf(text)?.type).toBe('arrest');
	});
	it('an ambush that kills stays a fight', () => {
		expect(eventOf('نصب مسلحون كميناً لدورية للجيش وقتلوا جنديين واعتقلوا ثالثاً')?.type).toBe('clash');
	});
});
