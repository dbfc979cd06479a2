import { describe, expect, it } from 'vitest';
import { classifyClause, clauseSpans } from './classify';
import { findCues, findTriggers } from './lexicon';
import { PhraseList } from './scan';
import { typeOf, whole } from './clause-testing';


describe('phrase lists', () => {
	it('find a phrase with attached particles and suffixes, with verbatim offsets', () => {
		const list = new PhraseList([{ id: 'ied', p: ['عبوة ناسفة'] }, { id: 'arrest', p: ['اعتقل*'] }], (e) => e.p);
		const text = 'انفجرت بالعبوةِ النَّاسفة ثم اعتقلوا اثنين';
		const hits = list.find(text);
		expect(hits.map((h) => [h.entry.id, h.text])).toEqual([
			['ied', 'بالعبوةِ النَّاسفة'],
			['arrest', 'اعتقلوا']
		]);
		for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
	});
	it('does not match inside a longer word', () => {
		const list = new PhraseList([{ p: ['لغم'] }], (e) => e.p);
		expect(list.find('تلغيم الطريق')).toEqual([]);
	});
});

describe('event words', () => {
	it('map to our type and ACLED', () => {
		const text = 'قُتل جنديان بانفجار عبوة ناسفة قرب القائم';
		const { event } = classifyClause(text, whole(text));
		expect(event?.type).toBe('ied');
		expect(event?.event_type).toBe('Explosions/Remote violence');
		expect(event?.sub_event_type).toBe('Remote explosive/landmine/IED');
	});
	it.each([
		['اندلعت اشتباكات بين قسد ومسلحين', 'clash'],
		['استهدفت طائرة مسيّرة سيارة على الطريق', 'drone-strike'],
		['شنت طائرات حربية غارات على مواقع التنظيم', 'airstrike'],
		['لقي راعٍ حتفه بانفجار لغم أرضي', 'landmine'],
		['سقطت قذائف هاون على الحي', 'shelling'],
		['ضبطت دورية شحنة من حبوب الكبتاغون', 'drug-seizure'],
		['ضبطت القوات كدساً من الأسلحة والذخائر', 'weapons-seizure'],
		['ضبطت مفرزة شاحنة محملة بالسجائر المهربة واعتقلت سائقها', 'smuggling-interdiction'],
		['ألقت القوات الأمنية القبض على ثلاثة مطلوبين', 'arrest'],
		['اختُطف مدني على يد مسلحين مجهولين', 'abduction'],
		['اغتال مسلحون مختاراً في بلدة العشارة', 'assassination'],
		['أعادت الإدارة الذاتية فتح معبر اليعربية', 'crossing-reopened'],
		['أغلقت السلطات منفذ القائم الحدودي', 'crossing-closed'],
		['تظاهر المئات في مدينة القامشلي', 'protest'],
		['غادرت دفعة جديدة من العائلات مخيم الهول', 'repatriation'],
		['أحبطت القوات محاولة تسلل عبر الحدود', 'infiltration'],
		['سيّرت القوات دوريات على الحدود', 'patrol'],
		['شنّت القوة الجوية غارتين جويتين على أوكار للتنظيم', 'airstrike'],
		['استهدفت صواريخ كاتيوشا قاعدة التنف فجر اليوم', 'shelling'],
		['سقطت ثلاث قذائف هاون على أطراف البلدة', 'shelling'],
		['هاجم مسلحون نقطة عسكرية بالأسلحة الرشاشة والقذائف', 'clash'],
		['لقي راعي أغنام حتفه بانفجار لغم أرضي', 'landmine'],
		['وصلت دفعة جديدة من العوائل العراقية من مخيم الهول', 'repatriation'],
		['قطع محتجون الطريق الدولي بالإطارات المشتعلة', 'protest']
	])('«%s» is %s', (text, type) => expect(typeOf(text)).toBe(type));

	it('a found and defused IED is disrupted weapons use', () => {
		const text = 'عثرت مفرزة على عبوة ناسفة مزروعة وجرى تفكيكها';
		const { event } = classifyClause(text, whole(text));
		expect(event?.type).toBe('ied');
		expect(event?.sub_event_type).toBe('Disrupted weapons use');
	});
	it('a weapons seizure is Strategic developments / Other, as the coding rules have it', () => {
		const text = 'داهمت القوات مخبأ وصادرت كميات من الأسلحة والذخائر';
		expect(classifyClause(text, whole(text)).event).toMatchObject({ type: 'weapons-seizure', event_type: 'Strategic developments', sub_event_type: 'Other' });
	});
	it('a protest dispersed by force is a protest with intervention', () => {
		const text = 'فرّقت قوات الأسايش بالقوة تجمعاً لأهالٍ كانوا يحتجون على التجنيد';
		expect(classifyClause(text, whole(text)).event?.sub_event_type).toBe('Protest with intervention');
	});
	it('dawn (فجر) is not a blast', () => {
		expect(findTriggers('تمكنت القوات فجر اليوم من الوصول').map((t) => t.entry.type)).not.toContain('explosion');
	});
	it('generic verbs need their objects: «نقل» alone is no repatriation', () => {
		expect(typeOf('نقل المراسل عن مصدر قوله')).toBeNull();
	});
});

describe('cues that make a clause no event', () => {
	it.each([
		['نفى مصدر في التحالف تنفيذ أي غارة على المنطقة', 'denial'],
		['من المقرر أن تُنقل دفعة جديدة من العائلات مطلع أيار', 'future'],
		['ستبدأ القوات الشهر المقبل بتسيير دوريات على الحدود', 'future'],
		['يعتزم الجيش إغلاق المعبر', 'future'],
		['هدد القيادي بقصف مواقع قسد', 'threat'],
		['ملوحاً بإغلاق المعبر في حال لم يلتزم الجانب الآخر', 'threat'],
		['قبل سنوات شهدت البادية اشتباكات عنيفة', 'background'],
		['دعا إلى اعتقال المهربين عبر الحدود', 'generic'],
		['لم يتم اعتقال أي شخص', 'negation'],
		['ومنذ بداية العام، ضبطت القوات الأمنية أكثر من 20 مليون حبة مخدرة', 'period'],
		['وقدّمت الإدارة الذاتية تعازيها لذوي الضحايا الذين سقطوا في الهجوم', 'aggregate'],
		['ووصفت الوزارة مزاعم اعتقال صحفيين بأنها عارية عن الصحة', 'denial'],
		['وتوعد القيادي بشن هجمات على مواقع الجيش', 'threat']
	])('«%s»', (text, kind) => {
		const { event, blocked } = classifyClause(text, whole(text));
		expect(event).toBeNull();
		expect(blocked.map((b) => b.cue.kind)).toContain(kind);
	});
	it('a count since the start of the year after the event word is a comparison, not the event', () => {
		expect(typeOf('ضبطت الجهات المختصة 4 ملايين حبة كبتاغون، في واحدة من أكبر عمليات الضبط منذ مطلع العام')).toBe('drug-seizure');
	});
	it('«قد» before a past verb is no modality', () => {
		expect(typeOf('وكان الشطري قد زار دمشق على رأس وفد أمني')).toBe('security-meeting');
	});
	it('cues are found with offsets', () => {
		const text = 'ونفت الوزارة ذلك';
		const [c] = findCues(text);
		expect(text.slice(c.start, c.end)).toBe(c.text);
		expect(c.entry.kind).toBe('denial');
	});
});

describe('clauses', () => {
	it('cut a sentence where another event opens, not at every comma', () => {
		const text = 'أعلنت القيادة، اليوم، مقتل جنديين بانفجار عبوة، فيما أكدت القبض على إرهابيين في الرطبة. وقال المصدر إن التحقيق جارٍ.';
		const cs = clauseSpans(text);
		expect(cs.map((c) => c.text)).toEqual(['أعلنت القيادة، اليوم، مقتل جنديين بانفجار عبوة', 'فيما أكدت القبض على إرهابيين في الرطبة.', 'وقال المصدر إن التحقيق جارٍ.']);
		for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text);
	});
});

describe('«صادر عن» is issued by, not a seizure', () => {
	it('finds no seizure in a statement issued by a command, and still finds the confiscation', () => {
		const issued = 'بيان صادر عن قيادة عمليات الجزيرة';
		expect(classifyClause(issued, { start: 0, end: issued.length, text: issued }).event).toBeNull();
		const seized = 'داهمت القوات مخبأ وصادرت كميات من الأسلحة';
		expect(classifyClause(seized, { start: 0, end: seized.length, text: seized }).event?.type).toBe('weapons-seizure');
	});
});


describe('the construct dual of a shell («قذيفتا هاون», «قذيفتي مدفعية»), its ن dropped before what it is of', () => {
	it.each(['سقطت قذيفتا هاون امس على أطراف القرية', 'أطلق مسلحون قذيفتي هاون على مقر للشرطة', 'سقطت قذيفتا مدفعية قرب السوق ظهر اليوم'])('«%s» is a shelling', (text) => {
		expect(typeOf(text)).toBe('shelling');
	});
	it('near misses: «قذيفتي» alone is "my shell"; a launch still to come is a plan', () => {
		expect(typeOf('وقال الجندي إن قذيفتي أصابت الهدف')).toBeNull();
		expect(typeOf('ستطلق الوحدة قذيفتي هاون خلال التدريب')).toBeNull();
	});
});
