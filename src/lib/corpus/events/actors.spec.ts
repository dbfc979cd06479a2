import { describe, expect, it } from 'vitest';
import { ACTOR_IDS, findActors } from './actors';
import { ACTOR_LABEL, actorLabel } from './actor-labels';
import { facetId } from '$lib/explore/facets';

const ids = (text: string, country: 'IQ' | 'SY' | null = null) => findActors(text, 0, text.length, country).map((a) => a.id);

describe('actors', () => {
	it('read a foreign air force from the nationality adjective on its weapon', () => {
		expect(ids('قصفت طائرات مسيّرة أميركية موقعاً قرب الحدود')).toContain('us-forces');
		expect(ids('استهدفت ضربة جوية تركية سيارة')).toContain('turkish-forces');
		expect(ids('شنت مسيرات إسرائيلية غارات')).toContain('israeli-forces');
	});
	it('read a delegation as the state its adjective names, and a group\'s delegation by the group', () => {
		expect(ids('وصل وفد عسكري رفيع أميركي إلى القاعدة')).toEqual(['us-forces']);
		expect(ids('بحث وفد أمني عراقي مع الجانب السوري')).toContain('iraqi-security-forces');
		expect(ids('التقى وفد من قسد بشيوخ العشائر')).toContain('sdf');
	});
	it('read a division or the government’s forces by the country: named after them, else the article’s', () => {
		expect(ids('باشرت وحدات من الفرقة السابعة عشرة الانتشار', 'SY')).toEqual(['syrian-government-forces']);
		expect(ids('قصفت قوات الحكومة مواقع في البلدة', 'SY')).toEqual(['syrian-government-forces']);
		expect(ids('انتشرت القوات الحكومية في الحي', 'SY')).toEqual(['syrian-government-forces']);
		expect(ids('تقدمت قطعات الفرقة السابعة في الصحراء', 'IQ')).toEqual(['iraqi-army']);
		// Near miss: the adjective after the name decides over the article's country.
		expect(ids('قوات الحكومة العراقية', 'SY')).toEqual(['iraqi-security-forces']);
	});
	it('read «عصابات» before a named group as its epithet, not smugglers', () => {
		expect(ids('قتل خمسة من عصابات داعش')).toEqual(['isis']);
		expect(ids('ضبط عصابة تهرب المخدرات')).toEqual(['smugglers']);
	});
	it('map names and abbreviations to canonical ids, with verbatim spans', () => {
		const text = 'اشتباكات بين "قسد" ومقاتلين من أبناء العشائر وعناصر من تنظيم داعش';
		const found = findActors(text);
		expect(found.map((a) => a.id)).toEqual(['sdf', 'tribal-fighters', 'isis']);
		for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
	});
	it.each([
		['الجيش العراقي', 'iraqi-army'],
		['قيادة العمليات المشتركة', 'iraqi-security-forces'],
		['خلية الصقور الاستخبارية', 'iraqi-intelligence'],
		['المديرية العامة لشؤون المخدرات', 'iraqi-narcotics'],
		['إدارة العمليات العسكرية', 'syrian-government-forces'],
		['وزارة الداخلية السورية', 'syrian-interior-ministry'],
		['التحالف الدولي', 'coalition'],
		['القوات الأمريكية', 'us-forces'],
		['مسيّرة تركية', 'turkish-forces'],
		['مسلحون مجهولون', 'unidentified-gunmen'],
		['راعي أغنام', 'civilians'],
		['الحشد الشعبي', 'pmf'],
		['البيشمركة', 'kurdistan-region'],
		['قُتل ثلاثة من قادة التنظيم', 'isis'],
		['اعتقلت القوة اثنين من قيادات التنظيم', 'isis'],
		['سُلّموا إلى الجهات الأمنية العراقية', 'iraqi-security-forces'],
		['تفرقت جموع المتظاهرين', 'civilians'],
		['أغلق المحتجون الطريق', 'civilians']
	])('«%s» → %s', (text, id) => expect(ids(text)).toContain(id));

	it('a name both countries use takes the adjective after it, else the article’s country', () => {
		expect(ids('قوات حرس الحدود السورية')).toEqual(['syrian-government-forces']);
		expect(ids('قوة من حرس الحدود ضبطت شاحنة قادمة من الأراضي السورية', 'IQ')).toContain('iraqi-border-guards');
		expect(ids('أعلنت وزارة الداخلية', 'SY')).toEqual(['syrian-interior-ministry']);
	});
	it('leaves a shared name out when nothing decides it', () => {
		expect(ids('أعلنت وزارة الداخلية')).toEqual([]);
	});
	it('finds no actor in words that only look like names', () => {
		expect(ids('تحدث التقرير عن الوضع الاقتصادي')).toEqual([]);
		// A detainee («محتجز») is not a protester («محتج»).
		expect(ids('أفرج عن عشرين محتجزاً')).toEqual([]);
		// A school («مدرسة») is not a teacher («مدرس»).
		expect(ids('سقطت قذيفة قرب مدرسة البلدة')).toEqual([]);
		expect(ids('أصيب مدرسان في القصف')).toEqual(['civilians']);
	});
});

describe('actor labels of accepted incidents', () => {
	it('names every actor id, each as its own facet of the actor filter', () => {
		expect.hasAssertions();
		const ids = new Set<string>();
		for (const id of ACTOR_IDS) {
			expect(ACTOR_LABEL[id], id).toMatch(/\p{L}/u);
			ids.add(facetId(actorLabel(id)));
		}
		expect(ids.size).toBe(ACTOR_IDS.length);
	});
	it('reuses the label a hand-coded incident gives the same party', () => {
		expect(actorLabel('sdf')).toBe('Syrian Democratic Forces (SDF, قسد)');
		expect(facetId(actorLabel('sdf'))).toBe(facetId('Syrian Democratic Forces (SDF, قسد)'));
		expect(actorLabel('no-such-actor')).toBe('no-such-actor');
	});
	it('reads victims by their trade, a singular militia and «the organisation» as ISIS where it is its members', () => {
		expect(ids('خطف مسلحون معلماً وتاجر مواشٍ')).toEqual(['unidentified-gunmen', 'civilians', 'civilians']);
		expect(ids('اعتقلت القوة 7 شبان')).toEqual(['civilians']);
		expect(ids('اغتيل عضو في المجلس المحلي')).toEqual(['civilians']);
		expect(ids('استهدفت مسيّرة قيادياً في ميليشيا موالية لإيران')).toEqual(['iran-backed-militias']);
		expect(ids('هاجم عناصر من التنظيم حاجزاً')).toEqual(['isis']);
	});
});
