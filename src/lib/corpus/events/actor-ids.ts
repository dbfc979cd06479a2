/**
 * The canonical actor ids of notes/events-contract.md, their English names, and the shape of one
 * entry of the actor lexicon (actors.ts and the actor-names-*.ts lists it is built from).
 */

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

/**
 * One entry of the lexicon. `id` is one actor; or one per country for a name both use, resolved by
 * the adjective after it or the article's country (null where one country's reading fits no id);
 * or null for a name that must give no actor at all — it only stops a shorter name inside it from
 * matching («الجيش الأردني» is no army of ours, though «الجيش» alone is).
 */
export interface ActorEntry {
	id: ActorId | { IQ: ActorId | null; SY: ActorId | null } | null;
	phrases: string[];
}

/**
 * A foreign air force named by the nationality adjective on its weapon: «طائرة مسيّرة أمريكية», «غارة
 * إسرائيلية», «ضربات روسية»; the factions' outlets call it an «aggression» («عدوان جوي أمريكي»). Every weapon noun (singular and plural) with each spelling of the adjective;
 * a word written without «ال» also matches with it, so «الغارات الأمريكية» is found too.
 */
const AIR = ['عدوان', 'عدوان جوي', 'اعتداء', 'اعتداء جوي', 'طائرة', 'طائرات', 'طائرة مسيرة', 'طائرات مسيرة', 'مسيرة', 'مسيرات', 'غارة', 'غارات', 'ضربة', 'ضربات', 'ضربة جوية', 'غارة جوية', 'قصف', 'مروحية', 'مروحيات', 'مقاتلة', 'مقاتلات'];
export const byAir = (...adjectives: string[]) => AIR.flatMap((w) => adjectives.map((a) => `${w} ${a}`));

/**
 * A delegation acts for the state its adjective names: «وفد أمني عراقي», «وفد عسكري أمريكي», «وفد سوري»
 * (a delegation of a named group, «وفد من قسد», is read by the group's own name).
 */
const DELEGATION = ['وفد', 'وفد امني', 'وفد عسكري', 'وفد حكومي', 'وفد رسمي', 'وفد امني رفيع', 'وفد عسكري رفيع'];
export const byDelegation = (...adjectives: string[]) => DELEGATION.flatMap((w) => adjectives.map((a) => `${w} ${a}`));

/**
 * A foreign state's soldiers, troops and ground units by the nationality adjective after them
 * («جنديان أمريكيان», «جنود أتراك», «رتل عسكري أميركي»): without it «جنود» alone would be read as the
 * army of the article's country. Masculine adjective stems take the dual and plural endings (`*`).
 */
const TROOPS_M = ['جندي*', 'جنود', 'عسكري*', 'رتل', 'رتل عسكري', 'ارتال', 'دورية', 'دوريات', 'قوة', 'قوات', 'طيران', 'الطيران الحربي', 'سلاح الجو', 'قاعدة', 'قواعد'];
export const byTroops = (...adjectives: string[]) => TROOPS_M.flatMap((w) => adjectives.map((a) => `${w} ${a}`));
