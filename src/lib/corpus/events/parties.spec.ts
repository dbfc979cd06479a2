import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { parties } from './parties';

/** The parties of a one-clause text whose event word is `word`. */
const of = (text: string, word: string, type = 'clash') => {
	const c = { start: 0, end: text.length, text };
	return parties(text, c, findActors(text, 0, text.length, 'SY'), type, text.indexOf(word)).map((a) => a.id);
};

describe('parties to an event', () => {
	it('give a seizure the smugglers it targets, with the word that says so, named or not', () => {
		const text = 'أحبطت قوة أمنية محاولة تهريب أدوية مزورة عبر الحدود';
		const c = { start: 0, end: text.length, text };
		const s = parties(text, c, [], 'smuggling-interdiction', text.indexOf('أحبطت')).find((a) => a.id === 'smugglers')!;
		expect(s.text).toBe('تهريب');
		expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(of('صادرت دورية شحنة كبتاغون', 'صادرت', 'drug-seizure')).toEqual(['smugglers']);
		// A weapons cache targets smugglers only when the clause says so.
		expect(of('صادرت دورية مخزناً للذخيرة', 'صادرت', 'weapons-seizure')).toEqual([]);
		expect(of('عثرت قوة على مستودع أسلحة في مزرعة مهجورة', 'عثرت', 'weapons-seizure')).toEqual([]);
		expect(of('ضبطت دورية أسلحة معدة للتهريب نحو الحدود', 'ضبطت', 'weapons-seizure')).toEqual(['smugglers']);
		expect(of('صادرت دورية مخزناً للذخيرة', 'صادرت', 'patrol')).toEqual([]);
	});
	it('keep the group that claims an attack, and leave out a perpetrator only deemed likely', () => {
		expect(of('تبنّت كتائب حزب الله قصف القاعدة بالصواريخ', 'قصف', 'shelling')).toContain('iran-backed-militias');
		expect(of('وتبنى تنظيم داعش الهجوم على الحاجز', 'الهجوم', 'attack')).toContain('isis');
		expect(of('قتل شخصان بضربة مسيرة، مرجحاً أن تكون الضربة إسرائيلية', 'بضربة', 'drone-strike')).not.toContain('israeli-forces');
		expect(of('قتل ثلاثة بغارة رجّحت مصادر أنها لطائرات تركية', 'بغارة', 'airstrike')).not.toContain('turkish-forces');
		// Near miss: a strike the text itself calls Israeli keeps its perpetrator.
		expect(of('قتل شخصان بضربة إسرائيلية على شاحنة', 'بضربة', 'airstrike')).toContain('israeli-forces');
	});
	it('read bare «armed men» beside a named group as its men, not unidentified gunmen', () => {
		expect(of('ضربة جوية على مخبأ لداعش أسفرت عن مقتل مسلحين اثنين', 'ضربة', 'airstrike')).toEqual(['isis']);
		expect(of('اشتبكت القوات مع مسلحين من كتائب حزب الله', 'اشتبكت', 'clash')).toEqual(['iran-backed-militias']);
		// Near miss: unknown gunmen stay unknown, and bare gunmen alone stay gunmen.
		expect(of('قتل عنصر من داعش برصاص مسلحين مجهولين', 'قتل', 'attack')).toContain('unidentified-gunmen');
		expect(of('هاجم مسلحون نقطة تفتيش', 'هاجم', 'attack')).toEqual(['unidentified-gunmen']);
	});
	it('leave out whom protesters call on', () => {
		expect(of('تظاهر المئات في القامشلي مرددين شعارات تطالب الإدارة الذاتية بمحاسبة المسؤولين', 'تظاهر', 'protest')).not.toContain('sdf');
	});
	it('leave out a perpetrator only suspected, except in an arrest', () => {
		expect(of('اغتيل مختار البلدة برصاص مجهولين وأصابع الاتهام تتجه نحو داعش', 'اغتيل', 'assassination')).not.toContain('isis');
		expect(of('اعتقلت قسد ثلاثة أشخاص يشتبه بانتمائهم لخلايا التنظيم', 'اعتقلت', 'arrest')).toEqual(['sdf', 'isis']);
	});
	it('leave out the force that found a body', () => {
		expect(of('عثرت قوة من الجيش السوري على جثة مواطن مصاباً بطلقات نارية', 'جثة', 'attack-on-civilians')).toEqual(['civilians']);
	});
	it('leave out civilians in a description of what the arrested used to do', () => {
		expect(of('اعتقلت قسد ثلاثة أشخاص كانوا يديرون عمليات تهريب للنساء والأطفال', 'اعتقلت', 'arrest')).toEqual(['sdf']);
	});
	it('keep the victims and the attackers', () => {
		expect(of('اغتال مسلحون مجهولون مختاراً أمام منزله', 'اغتال', 'assassination')).toEqual(['unidentified-gunmen', 'civilians']);
	});
	it('leave out who gave the intelligence an operation acted on', () => {
		expect(of('وبناءً على معلومات دقيقة من جهاز المخابرات، داهمت قوة من الجيش العراقي وكراً لداعش', 'داهمت', 'clash')).toEqual(['iraqi-army', 'isis']);
		// An intelligence service that acts is a party.
		expect(of('اعتقل جهاز المخابرات ثلاثة من عناصر داعش', 'اعتقل', 'arrest')).toEqual(['iraqi-intelligence', 'isis']);
	});
	it('leave out a group whose leftovers did the harm', () => {
		expect(of('أصيب طفلان بانفجار قذيفة من مخلفات داعش', 'بانفجار', 'landmine')).toEqual(['civilians']);
		expect(of('قتل مزارع بلغم من بقايا التنظيم الإرهابي في أرضه', 'قتل', 'landmine')).toEqual(['civilians']);
		// The group that planted a bomb today is a party.
		expect(of('قتل مزارع بعبوة زرعها داعش في أرضه', 'قتل', 'ied')).toEqual(['civilians', 'isis']);
	});
	it('make protesters civilians, and leave out whom their demands name', () => {
		expect(of('تظاهر عشرات المحتجين أمام مبنى البلدية مطالبين بالإفراج عن شبان اعتقلتهم قسد', 'تظاهر', 'protest')).toEqual(['civilians']);
		expect(of('خرج متظاهرون في القامشلي تنديداً باعتقال الأسايش ناشطاً', 'خرج', 'protest')).toEqual(['civilians']);
		// Those who disperse a riot act in it.
		expect(of('أحرق محتجون إطارات قبل أن تفرقهم قوات الأسايش', 'أحرق', 'riot')).toEqual(['civilians', 'sdf']);
		// A detainee is no protester.
		expect(of('سلّمت قسد عشرين محتجزاً إلى العراق', 'سلّمت', 'handover')).toEqual(['sdf']);
	});
	it('leave out the civilians a patrol meets or a repatriation moves: no one is harmed', () => {
		expect(of('جابت دورية للتحالف شوارع البلدة والتقى عناصرها بالأهالي', 'جابت', 'patrol')).toEqual(['coalition']);
		expect(of('نقلت قسد مئة عائلة من المدنيين إلى مخيم آخر', 'نقلت', 'repatriation')).toEqual(['sdf']);
		// Civilians hurt by a shell are its victims.
		expect(of('أصيب ثلاثة مدنيين بقصف مدفعي على القرية', 'بقصف', 'shelling')).toEqual(['civilians']);
	});
	it('leave out the body a source speaks from', () => {
		expect(of('سقطت قذيفتان قرب مدرسة دون إصابات، بحسب مصدر في الشرطة المحلية', 'سقطت', 'shelling')).toEqual([]);
		expect(of('انفجرت عبوة بدورية لقسد، وفق مسؤول أمني في الإدارة الذاتية', 'انفجرت', 'ied')).toEqual(['sdf']);
		// A force that acts is a party even when a source is quoted.
		expect(of('اعتقلت الشرطة مطلوباً، بحسب مصدر محلي', 'اعتقلت', 'arrest')).toEqual(['syrian-interior-ministry']);
	});
	it('leave out the victims of the charge an arrest is made on', () => {
		expect(of('اعتقلت قسد متهماً بتفجير استهدف مدنيين العام الماضي', 'اعتقلت', 'arrest')).toEqual(['sdf']);
		expect(of('ألقت الشرطة القبض على مطلوب لمشاركته في خطف أطفال', 'ألقت', 'arrest')).toEqual(['syrian-interior-ministry']);
		// Civilians arrested are a party.
		expect(of('اعتقلت قسد عشرة مدنيين في حملة دهم', 'اعتقلت', 'arrest')).toEqual(['sdf', 'civilians']);
	});
	it('leave out the groups a meeting or a patrol is about', () => {
		expect(of('بحث وفد من قسد مع التحالف الدولي مكافحة شبكات التهريب وخلايا داعش', 'بحث', 'security-meeting')).toEqual(['sdf', 'coalition']);
	});
});
