/**
 * The actor lexicon: Arabic names and abbreviations of the forces, groups and people the texts
 * name, mapped to the canonical actor ids of notes/events-contract.md. A name both countries use
 * («حرس الحدود», «وزارة الداخلية») is resolved by the nearest Iraq or Syria word (context.ts), else
 * by the country the article itself is in.
 */
import { countryCue } from '../context';
import { PhraseList, type Hit, type Span } from './scan';

/** Canonical actor ids. */
export const ACTOR_IDS = [
	'sdf', 'isis', 'pmf', 'iraqi-army', 'iraqi-border-guards', 'iraqi-security-forces', 'iraqi-police', 'iraqi-counter-terrorism',
	'iraqi-intelligence', 'iraqi-narcotics', 'syrian-government-forces', 'syrian-interior-ministry', 'coalition', 'us-forces',
	'turkish-forces', 'tribal-fighters', 'iran-backed-militias', 'hezbollah', 'unidentified-gunmen', 'smugglers', 'civilians',
	'kurdistan-region', 'russian-forces', 'israeli-forces'
] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

/** English names for drafted titles ("… kills 2 Iraqi soldiers"). */
export const ACTOR_EN: Record<ActorId, string> = {
	sdf: 'SDF', isis: 'ISIS', pmf: 'PMF', 'iraqi-army': 'Iraqi army', 'iraqi-border-guards': 'Iraqi border guards',
	'iraqi-security-forces': 'Iraqi security forces', 'iraqi-police': 'Iraqi police', 'iraqi-counter-terrorism': 'Iraqi CTS',
	'iraqi-intelligence': 'Iraqi intelligence', 'iraqi-narcotics': 'Iraqi narcotics directorate', 'syrian-government-forces': 'Syrian government forces',
	'syrian-interior-ministry': 'Syrian Interior Ministry', coalition: 'the US-led coalition', 'us-forces': 'US forces', 'turkish-forces': 'Turkish forces',
	'tribal-fighters': 'tribal fighters', 'iran-backed-militias': 'Iran-backed militias', hezbollah: 'Hezbollah', 'unidentified-gunmen': 'unidentified gunmen',
	smugglers: 'smugglers', civilians: 'civilians', 'kurdistan-region': 'Peshmerga', 'russian-forces': 'Russian forces', 'israeli-forces': 'Israeli forces'
};

interface ActorEntry {
	/** One id, or one per country for a name both use. */
	id: ActorId | { IQ: ActorId; SY: ActorId };
	phrases: string[];
}

/**
 * A foreign air force named by the nationality adjective on its weapon: «طائرة مسيّرة أمريكية», «غارة
 * إسرائيلية», «ضربات روسية». Every weapon noun (singular and plural) with each spelling of the adjective.
 */
const AIR = ['طائرة', 'طائرات', 'طائرة مسيرة', 'طائرات مسيرة', 'مسيرة', 'مسيرات', 'غارة', 'غارات', 'ضربة', 'ضربات', 'ضربة جوية', 'غارة جوية', 'قصف'];
const byAir = (...adjectives: string[]) => AIR.flatMap((w) => adjectives.map((a) => `${w} ${a}`));

/**
 * A delegation acts for the state its adjective names: «وفد أمني عراقي», «وفد عسكري أمريكي», «وفد سوري»
 * (a delegation of a named group, «وفد من قسد», is read by the group's own name).
 */
const DELEGATION = ['وفد', 'وفد امني', 'وفد عسكري', 'وفد حكومي', 'وفد رسمي', 'وفد امني رفيع', 'وفد عسكري رفيع'];
const byDelegation = (...adjectives: string[]) => DELEGATION.flatMap((w) => adjectives.map((a) => `${w} ${a}`));

/** Arabic names, longest first where they nest («حرس الحدود العراقي» before «حرس الحدود»). */
export const ACTORS: ActorEntry[] = [
	{ id: 'sdf', phrases: ['قسد', 'قوات سوريا الديمقراطية', 'قوات سورية الديمقراطية', 'الاسايش', 'وحدات حماية الشعب', 'الادارة الذاتية'] },
	{ id: 'isis', phrases: ['داعش', 'تنظيم الدولة', 'الدولة الاسلامية', 'تنظيم داعش', 'داعشي*', 'خلية ارهابية', 'خلايا ارهابية', 'ارهابي*', 'فلول', 'خلايا التنظيم', 'عناصر التنظيم', 'عناصر من التنظيم', 'مسلحو التنظيم', 'مسلحي التنظيم', 'قيادي* في التنظيم', 'قادة التنظيم', 'قيادات التنظيم', 'امراء التنظيم', 'امير* في التنظيم'] },
	{ id: 'pmf', phrases: ['الحشد الشعبي', 'الحشد', 'هيئة الحشد'] },
	{ id: 'iraqi-army', phrases: ['الجيش العراقي', 'قيادة عمليات', 'قيادة العمليات', 'طيران الجيش'] },
	// «الفرقة السابعة عشرة», «قوات الحكومة»: both armies have divisions, both states a government.
	{ id: { IQ: 'iraqi-army', SY: 'syrian-government-forces' }, phrases: ['الفرقة'] },
	{ id: { IQ: 'iraqi-security-forces', SY: 'syrian-government-forces' }, phrases: ['قوات الحكومة', 'القوات الحكومية'] },
	{ id: 'iraqi-border-guards', phrases: ['حرس الحدود العراقي', 'قوات حرس الحدود العراقية', 'قيادة قوات الحدود', 'قوات الحدود', 'لواء الحدود'] },
	{ id: { IQ: 'iraqi-border-guards', SY: 'syrian-government-forces' }, phrases: ['حرس الحدود', 'قوات حرس الحدود'] },
	{ id: 'iraqi-security-forces', phrases: [...byDelegation('عراقي'), 'القوات الامنية العراقية', 'الجهات الامنية العراقية', 'السلطات الامنية العراقية', 'قيادة العمليات المشتركة', 'خلية الاعلام الامني', 'القوات العراقية', 'القوات الامنية', 'الاجهزة الامنية', 'قوة امنية عراقية', 'قوات الامن العراقية', 'القوة الجوية العراقية', 'القوة الجوية', 'طيران القوة الجوية', 'الطيران العراقي', 'الطائرات العراقية'] },
	{ id: 'iraqi-police', phrases: ['الشرطة العراقية', 'شرطة الانبار', 'شرطة نينوى', 'مديرية شرطة'] },
	{ id: { IQ: 'iraqi-police', SY: 'syrian-interior-ministry' }, phrases: ['الشرطة', 'شرطة'] },
	{ id: 'iraqi-counter-terrorism', phrases: ['جهاز مكافحة الارهاب'] },
	{ id: 'iraqi-intelligence', phrases: ['جهاز المخابرات العراقي', 'جهاز المخابرات', 'خلية الصقور', 'الصقور الاستخبارية', 'وكالة الاستخبارات', 'جهاز الامن الوطني', 'مديرية الاستخبارات العسكرية', 'الاستخبارات العسكرية'] },
	{ id: 'iraqi-narcotics', phrases: ['المديرية العامة لشؤون المخدرات', 'المديرية العامة لمكافحة المخدرات', 'مديرية شؤون المخدرات', 'المديرية العامة لشؤون المخدرات والمؤثرات العقلية', 'مديرية مكافحة المخدرات'] },
	{ id: 'syrian-government-forces', phrases: [...byDelegation('سوري'), 'قوات الحكومة السورية', 'الجيش السوري', 'وزارة الدفاع السورية', 'الامن العام', 'ادارة العمليات العسكرية', 'الجيش العربي السوري', 'قوات النظام', 'الحكومة السورية', 'السلطات السورية'] },
	{ id: 'syrian-interior-ministry', phrases: ['وزارة الداخلية السورية', 'ادارة مكافحة المخدرات', 'الداخلية السورية', 'قيادة الامن الداخلي'] },
	{ id: { IQ: 'iraqi-security-forces', SY: 'syrian-interior-ministry' }, phrases: ['وزارة الداخلية'] },
	{ id: { IQ: 'iraqi-army', SY: 'syrian-government-forces' }, phrases: ['وزارة الدفاع', 'الجيش', 'جندي*', 'جنود', 'عسكريين', 'عسكريان'] },
	{ id: 'coalition', phrases: ['التحالف الدولي', 'قوات التحالف', 'التحالف'] },
	{ id: 'us-forces', phrases: [...byAir('امريكية', 'اميركية'), ...byDelegation('امريكي', 'اميركي'), 'القوات الامريكية', 'القوات الاميركية', 'الجيش الامريكي', 'الجيش الاميركي', 'القيادة المركزية الامريكية', 'القيادة المركزية الاميركية', 'سنتكوم'] },
	{ id: 'turkish-forces', phrases: [...byAir('تركية'), ...byDelegation('تركي'), 'القوات التركية', 'الجيش التركي', 'الطيران التركي'] },
	{ id: 'tribal-fighters', phrases: ['ابناء العشائر', 'مقاتلو العشائر', 'مقاتلي العشائر', 'قوات العشائر', 'مسلحين من العشائر', 'العشائر العربية', 'مسلحين محليين', 'مسلحون محليون', 'عشائري*', 'مقاتلين من ابناء العشائر', 'مقاتلي العشائر'] },
	{ id: 'iran-backed-militias', phrases: ['الفصائل الموالية لايران', 'الميليشيات الايرانية', 'الميليشيات الموالية لايران', 'فصائل مسلحة عراقية', 'الفصائل العراقية', 'فصائل عراقية', 'الفصائل المسلحة', 'ميليشيات', 'ميليشيا موالية لايران', 'فصيل موال لايران', 'ميليشيا ايرانية', 'الحرس الثوري'] },
	{ id: 'hezbollah', phrases: ['حزب الله', 'كتائب حزب الله'] },
	{ id: 'unidentified-gunmen', phrases: ['مسلحون مجهولون', 'مسلحين مجهولين', 'مجهولون', 'مجهولين', 'مسلحون', 'مسلحين', 'ملثمون', 'ملثمين'] },
	{ id: 'smugglers', phrases: ['مهرب*', 'شبكة تهريب', 'شبكات التهريب', 'عصابة', 'عصابات', 'تجار المخدرات', 'تاجر مخدرات'] },
	{ id: 'civilians', phrases: ['مدني*', 'راعي اغنام', 'راعي', 'راع', 'رعاة', 'مواطن*', 'طفل*', 'اطفال', 'امراة', 'نساء', 'مزارع*', 'عمال', 'شاب', 'شابا', 'شابان', 'شابين', 'الشابين', 'شبان', 'معلم*', 'مدرس', 'مدرسا', 'مدرسين', 'مدرسون', 'مدرسان', 'تاجر مواش*', 'تاجر اغنام', 'عضو* في المجلس المحلي', 'اهالي', 'الاهالي', 'سكان', 'ركاب*', 'مختار*', 'صياد*', 'محتجون', 'محتجين', 'متظاهر*'] },
	{ id: 'kurdistan-region', phrases: ['البيشمركة', 'البيشمركه', 'قوات البيشمركة'] },
	{ id: 'russian-forces', phrases: [...byAir('روسية'), ...byDelegation('روسي'), 'القوات الروسية', 'الجيش الروسي', 'الطيران الروسي'] },
	{ id: 'israeli-forces', phrases: [...byAir('اسرائيلية'), 'الجيش الاسرائيلي', 'الطيران الاسرائيلي'] }
];

const list = new PhraseList(ACTORS, (a) => a.phrases);

/** An actor the text names, with the verbatim words. */
export interface ActorMention extends Span {
	id: ActorId;
	/** How a name both countries use was resolved, if it was. */
	note: string | null;
}

/**
 * Every actor named in `text[from, to)`. `country` is the article's own country, used when no Iraq
 * or Syria word in the sentence decides a shared name; without either the shared name is left out.
 */
export function findActors(text: string, from = 0, to = text.length, country: 'IQ' | 'SY' | null = null): ActorMention[] {
	const out: ActorMention[] = [];
	const hits = list.find(text, from, to) as Hit<ActorEntry>[];
	for (const h of hits) {
		const id = h.entry.id;
		// «عصابات داعش الإرهابية»: «gangs» as an epithet of the group named right after it, not smugglers.
		if (id === 'smugglers' && /^(?:[وبل]|لل)?(?:ال)?عصاب/.test(h.text.replace(/[أإآ]/g, 'ا')) && hits.some((o) => o !== h && o.entry.id !== 'smugglers' && o.start >= h.end && o.start - h.end <= 2)) continue;
		if (typeof id === 'string') {
			out.push({ start: h.start, end: h.end, text: h.text, id, note: null });
			continue;
		}
		// Only an adjective right after the name decides («حرس الحدود السوري»); a country named elsewhere
		// in the sentence is more often where someone came from than whose force it is.
		const after = text.slice(h.end, Math.min(to, h.end + 14));
		const cue = /^\s*(?:ال)?(?:عراقي|سوري)/u.test(after.replace(/[أإآ]/g, 'ا')) ? countryCue(after, 0) : null;
		const c = (cue?.country as 'IQ' | 'SY' | undefined) ?? country;
		if (!c) continue;
		out.push({ start: h.start, end: h.end, text: h.text, id: id[c], note: cue ? `«${h.text}» read as ${c} from «${cue.word}»` : `«${h.text}» read as ${c}, the article's country` });
	}
	return out;
}
