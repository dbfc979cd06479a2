/**
 * How an accepted incident names its actors. incidents.json holds actor labels (free text; the
 * filters slug them into facet ids), not the drafter's actor ids — so an id is written as a label in
 * the style of the hand-coded incidents, "English name (Arabic name)", and where a hand-coded
 * incident already names the same party its label is reused word for word, so the actor filter shows
 * one entry for it, not two.
 */
import type { ActorId } from './actors';

export const ACTOR_LABEL: Record<ActorId, string> = {
	// The labels the hand-coded incidents already use.
	sdf: 'Syrian Democratic Forces (SDF, قسد)',
	coalition: 'US-led international coalition',
	'iraqi-narcotics': 'Iraqi General Directorate for Narcotics Affairs',
	// The rest in the same style.
	isis: 'Islamic State (ISIS, داعش)',
	pmf: 'Popular Mobilization Forces (PMF, الحشد الشعبي)',
	'iraqi-army': 'Iraqi army (الجيش العراقي)',
	'iraqi-border-guards': 'Iraqi border guards (حرس الحدود العراقي)',
	'iraqi-security-forces': 'Iraqi security forces (القوات الأمنية العراقية)',
	'iraqi-police': 'Iraqi police (الشرطة العراقية)',
	'iraqi-counter-terrorism': 'Iraqi Counter-Terrorism Service (جهاز مكافحة الإرهاب)',
	'iraqi-intelligence': 'Iraqi intelligence (جهاز المخابرات)',
	'syrian-government-forces': 'Syrian government forces (قوات الحكومة السورية)',
	'syrian-interior-ministry': 'Syrian Interior Ministry (وزارة الداخلية السورية)',
	'us-forces': 'US forces (القوات الأمريكية)',
	'turkish-forces': 'Turkish forces (القوات التركية)',
	'tribal-fighters': 'Tribal fighters (أبناء العشائر)',
	'iran-backed-militias': 'Iran-backed militias (الفصائل الموالية لإيران)',
	hezbollah: 'Hezbollah (حزب الله)',
	'unidentified-gunmen': 'Unidentified gunmen (مسلحون مجهولون)',
	smugglers: 'Smugglers (مهربون)',
	civilians: 'Civilians (مدنيون)',
	'kurdistan-region': 'Peshmerga (البيشمركة)',
	'russian-forces': 'Russian forces (القوات الروسية)',
	'israeli-forces': 'Israeli forces (الجيش الإسرائيلي)'
};

/** The label an accepted incident stores for a drafted actor id (an unknown id is kept as it is). */
export const actorLabel = (id: string): string => ACTOR_LABEL[id as ActorId] ?? id;
