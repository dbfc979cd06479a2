/** Places at a town's edge, on a road, named only to locate another, or where someone was taken (invented sentences). */
import { describe, expect, it } from 'vitest';
import { eventPlace, findPlaces } from './where';
import { draftIncidents } from './extract';
import { TEST_GEOGRAPHY as GEO } from '../../../../tests/fixtures/events-geography';

/** The place of `text` read as one clause, the event word at `at` (default: the start). */
const placeOf = (text: string, at = 0) => eventPlace(text, { start: 0, end: text.length, text }, findPlaces('t', text, GEO), [], null, at);

describe('the edge of a place', () => {
	it.each([
		// The entrance of a town is its edge (2), with the side before or after the name.
		['أطلق مسلحون النار على حاجز عند المدخل الجنوبي للقائم', 'al-qaim', 2],
		['أوقفت دورية سيارتين على مدخل البوكمال الشرقي', 'albu-kamal', 2],
		['أوقفت دورية سيارتين داخل البوكمال', 'albu-kamal', 1],
		// A road described by the towns it links: both are only near the event.
		['قُتل سائق بهجوم على الطريق الدولي الذي يربط الميادين بالبوكمال', 'geonames:173480', 2],
		['انفجرت عبوة على الطريق الواصل بين القائم والبوكمال', 'al-qaim', 2],
		// A village of a district, a distance from a town, a place close to it: near the town.
		['داهمت قوة قرية صغيرة تابعة لمدينة البوكمال', 'albu-kamal', 2],
		['انفجر لغم على بعد 7 كم من القائم', 'al-qaim', 2],
		['سقطت قذيفة في مزرعة قريبة من البوكمال', 'albu-kamal', 2],
		['سقطت قذيفة في مزرعة داخل القائم', 'al-qaim', 1]
	])('«%s» → %s at precision %i', (text, id, p) => {
		const e = placeOf(text)!;
		expect(e.place.id ?? `geonames:${e.place.geonameid}`).toBe(id);
		expect(e.geo_precision).toBe(p);
	});

	it('takes a town named with a direction of a bigger place, not that place, even when the event word is nearer to it', () => {
		const text = 'انفجر لغم قرب الميادين جنوبي دير الزور وأصاب راعيين';
		expect(placeOf(text, text.indexOf('وأصاب'))!.place.geonameid).toBe(173480);
		// With no town before it, the direction phrase is the place.
		expect(placeOf('انفجر لغم جنوبي دير الزور')!.place.id).toBe('deir-ez-zor');
	});

	it('does not take a place that names a body («مجلس دير الزور العسكري») over where it acted', () => {
		expect(placeOf('قُتل عنصر في مجلس دير الزور العسكري بهجوم قرب البوكمال')!.place.id).toBe('albu-kamal');
	});

	it('keeps the place named before a clause whose only place is where the wounded were taken', () => {
		const text = 'وفي ريف البوكمال، أصيب راع بجروح بانفجار لغم أرضي اليوم، ونقل إلى مستشفى دير الزور.';
		const [d] = draftIncidents({ id: 't', text, date: '2026-03-02' }, GEO);
		expect(d.place!.id).toBe('albu-kamal');
		expect(d.place!.geo_precision).toBe(2);
	});

	it('keeps a bombing in a town and a landmine in its countryside on the same day apart', () => {
		const text = 'انفجرت سيارة مفخخة وسط سوق مدينة البوكمال صباح اليوم، ما أدى إلى مقتل مدني. وفي ريف البوكمال، أصيب راع بانفجار لغم أرضي اليوم.';
		const drafts = draftIncidents({ id: 't', text, date: '2026-03-02' }, GEO);
		expect(drafts.map((d) => [d.type, d.place?.geo_precision])).toEqual([
			['ied', 1],
			['landmine', 2]
		]);
	});
});

describe('a toll updated later in the text', () => {
	it('takes the latest figure for the event told before the update, with the update as evidence', () => {
		const text = 'انفجرت سيارة مفخخة في مدينة البوكمال صباح اليوم، ما أدى إلى مقتل شخصين وإصابة 3 آخرين.\n\nتحديث: ارتفاع عدد الجرحى إلى ٩ وارتفعت حصيلة القتلى إلى أربعة.';
		const [d] = draftIncidents({ id: 't', text, date: '2026-03-02' }, GEO);
		expect(d.injuries!.value).toBe(9);
		expect(d.fatalities!.value).toBe(4);
		expect(d.fatalities!.evidence[0].text).toBe('وارتفعت حصيلة القتلى إلى أربعة');
		expect(d.title_en).toMatch(/4/);
		// A lower figure later is not an update of this toll.
		const lower = 'انفجرت عبوة في مدينة البوكمال اليوم، ما أدى إلى مقتل 5 أشخاص.\nوارتفع عدد القتلى إلى 2 في حادث سير منفصل.';
		expect(draftIncidents({ id: 't', text: lower, date: '2026-03-02' }, GEO)[0].fatalities!.value).toBe(5);
	});
});

describe('a death told later with an ordinal makes the toll that ordinal', () => {
	it.each([
		['انفجر لغم بسيارة في البوكمال صباح اليوم، ما أدى إلى مقتل طفل وإصابة آخرين.\n\nتحديث: وفاة طفل ثانٍ متأثراً بجراحه.', 2],
		['انفجرت عبوة بدورية في القائم اليوم، ما أدى إلى مقتل جنديين.\nوتوفي جندي ثالث في المشفى مساءً.', 3],
		['سقطت قذيفة على منزل في البوكمال فجر اليوم، ما أدى إلى مقتل امرأتين.\nوفارقت امرأة ثالثة الحياة لاحقاً، وفق مصدر طبي.', 3]
	])('«%s» → %i dead', (text, v) => {
		expect(draftIncidents({ id: 't', text, date: '2026-03-02' }, GEO)[0].fatalities!.value).toBe(v);
	});
	it('near misses: a second one wounded or taken to hospital; an ordinal below the toll', () => {
		const hurt = 'انفجر لغم بسيارة في البوكمال صباح اليوم، ما أدى إلى مقتل طفل.\nونُقل طفل ثانٍ إلى المشفى.';
		expect(draftIncidents({ id: 't', text: hurt, date: '2026-03-02' }, GEO)[0].fatalities!.value).toBe(1);
		const lower = 'انفجرت عبوة بدورية في القائم اليوم، ما أدى إلى مقتل خمسة جنود.\nوتوفي جندي ثالث في المشفى.';
		expect(draftIncidents({ id: 't', text: lower, date: '2026-03-02' }, GEO)[0].fatalities!.value).toBe(5);
		// A rumour updates nothing; nor does a second dead after an event with none.
		const rumour = 'انفجرت عبوة بدورية في القائم اليوم، ما أدى إلى مقتل جنديين.\nوتداولت صفحات محلية أنباء عن وفاة جندي ثالث، لم يتسنَّ التحقق منها.';
		expect(draftIncidents({ id: 't', text: rumour, date: '2026-03-02' }, GEO)[0].fatalities!.value).toBe(2);
		const none = 'سقطت قذيفة على منزل في البوكمال فجر اليوم، دون وقوع إصابات.\nوفاة طفل ثانٍ في المدينة.';
		expect(draftIncidents({ id: 't', text: none, date: '2026-03-02' }, GEO)[0].fatalities!.value).toBe(0);
	});
});

describe('«منطقة» before one town’s name', () => {
	it.each([
		// «منطقة X» is how the town is called: the town itself, and it wins over the countryside named after it.
		['اعتقلت الشرطة مطلوبين في منطقة الميادين بريف دير الزور الشرقي', 'geonames:173480', 1],
		['انفجرت عبوة في منطقة القائم صباح اليوم', 'al-qaim', 1],
		['داهمت قوة منزلاً في منطقة البوكمال', 'albu-kamal', 1],
		// Near misses: «منطقة» before a region, and «قرب منطقة X», stay wider.
		['اعتقلت الشرطة مطلوبين قرب منطقة القائم', 'al-qaim', 2],
		['انتشرت القوات في منطقة الحدود السورية العراقية', 'iraq-syria-border', 3]
	])('«%s» → %s at precision %i', (text, id, p) => {
		const e = placeOf(text)!;
		expect(e.place.id ?? `geonames:${e.place.geonameid}`).toBe(id);
		expect(e.geo_precision).toBe(p);
	});
});

describe('of two places near which an event may be, the narrower', () => {
	it.each([
		// A town's edge or surroundings is narrower than a city's countryside named first.
		['وفي ريف كركوك، ضُبط مستودع للأسلحة على أطراف بلدة القائم', 'al-qaim', 2],
		['في ريف كركوك الجنوبي، انفجرت عبوة قرب البوكمال', 'albu-kamal', 2],
		['انفجر لغم في ريف كركوك بمزارع محيط مدينة الميادين', 'geonames:173480', 2],
		// A border, even «near» it, is no more than a region: the region named gives the place.
		['نفّذت طائرات ضربات على أوكار في صحراء الأنبار قرب الحدود السورية العراقية', 'anbar', 3],
		['قصفت المدفعية مواقع في محافظة الأنبار بالقرب من الحدود السورية العراقية', 'anbar', 3],
		// Near misses: the countryside alone, the border alone, a town inside the border area.
		['وفي ريف كركوك، ضُبط مستودع للأسلحة', 'kirkuk', 2],
		['نفّذت طائرات ضربات على أوكار قرب الحدود السورية العراقية', 'iraq-syria-border', 2],
		['انفجرت عبوة داخل القائم قرب الحدود السورية العراقية', 'al-qaim', 1],
		['نشرت القيادة فوجاً على الحدود السورية العراقية غربي الأنبار', 'iraq-syria-border', 3]
	])('«%s» → %s at precision %i', (text, id, p) => {
		const e = placeOf(text)!;
		expect(e.place.id ?? `geonames:${e.place.geonameid}`).toBe(id);
		expect(e.geo_precision).toBe(p);
	});
});

describe('what a source says starts at «أن»: a place after it is the event’s, not the source’s seat', () => {
	it.each([
		['نقلت الوكالة عن مسؤول في إدارة المعابر أن منفذ القائم أُغلق صباح اليوم', 'al-qaim'],
		['أفاد مصدر في الشرطة بأن البوكمال شهدت انفجار عبوة مساء أمس', 'albu-kamal'],
		['ذكر مراسل محلي أن دير الزور شهدت اشتباكات عنيفة فجر اليوم', 'deir-ez-zor']
	])('«%s» → %s', (text, id) => {
		const e = placeOf(text, text.search(/أُغلق|انفجار|اشتباكات/))!;
		expect(e.place.id).toBe(id);
		expect(e.elsewhere).toBeUndefined();
	});
	it('near miss: a place in the source’s own title, before any «أن», is still its seat', () => {
		const text = 'قال مسؤول في القائم إن الطريق مغلق';
		expect(placeOf(text, text.indexOf('مغلق'))?.place.id).not.toBe('al-qaim');
		// A country after «أن» is the state that acts, not a place of the event.
		const state = 'كشف مصدر حكومي أن العراق تسلّم دفعة جديدة من المعتقلين';
		expect(placeOf(state, state.indexOf('تسلّم'))?.place.id).not.toBe('iraq');
	});
});

describe('where people are held or live qualifies them', () => {
	it.each([
		['وفي مدينة دير الزور، نظّم عشرات من ذوي المحتجزين في مخيم الهول وقفة احتجاجية أمام مبنى المحافظة', 'deir-ez-zor'],
		['في البوكمال، اعتصم أقارب المعتقلين في دير الزور أمام مقر الشرطة', 'albu-kamal'],
		['وزّعت منظمة في البوكمال مساعدات على النازحين في دير الزور القادمين حديثاً', 'albu-kamal']
	])('«%s» → %s', (text, id) => {
		const e = placeOf(text, text.search(/نظّم|اعتصم|وزّعت/))!;
		expect(e.place.id ?? `geonames:${e.place.geonameid}`).toBe(id);
	});
	it('with no other place the held people’s place stays', () => {
		expect(placeOf('اعتصم ذوو المحتجزين في مخيم الهول داخل المخيم')?.place.id).toBe('al-hol');
	});
});
