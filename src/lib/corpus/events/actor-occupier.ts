/**
 * «الاحتلال» as a party: the factions' and their outlets' name for a foreign force («قاعدة الاحتلال»,
 * «جنود الاحتلال», «طائرات الاحتلال»). Which force it is the article says: the adjective after it
 * («قوات الاحتلال الأمريكي», «الاحتلال التركي»), here or elsewhere in the text, else the one foreign force
 * the article names at all (an Iraqi faction's statement that says «الأمريكي» only once; a report on a
 * base it calls the coalition's). Without either, it is no actor: the word is the speaker's, not a name.
 */
import { normalize } from '$lib/arabic/normalize';
import type { ActorEntry, ActorId } from './actor-ids';

/** A word for the occupier's forces, its bases or its men, with «الاحتلال» after it. */
const OCCUPIER_PHRASES = ['الاحتلال', 'قوات الاحتلال', 'قاعدة الاحتلال', 'قواعد الاحتلال', 'جنود الاحتلال', 'جندي* الاحتلال', 'طائرات الاحتلال', 'طيران الاحتلال', 'مسيرات الاحتلال', 'رتل* الاحتلال', 'ارتال الاحتلال'];

/** The names: the bare word resolved by the article (id null here), the qualified ones by their adjective. */
export const OCCUPIER_NAMES: ActorEntry[] = [
	{ id: null, phrases: OCCUPIER_PHRASES },
	{ id: 'us-forces', phrases: ['الاحتلال الامريكي', 'الاحتلال الاميركي', 'قوات الاحتلال الامريكي', 'قوات الاحتلال الاميركي', 'قوات الاحتلال الامريكية', 'قواعد الاحتلال الامريكي'] },
	{ id: 'turkish-forces', phrases: ['الاحتلال التركي', 'قوات الاحتلال التركي', 'جيش الاحتلال التركي'] },
	{ id: 'israeli-forces', phrases: ['الاحتلال الصهيوني', 'الكيان الصهيوني', 'جيش الاحتلال الصهيوني'] },
	{ id: 'russian-forces', phrases: ['الاحتلال الروسي', 'قوات الاحتلال الروسي'] }
];

export const isOccupierPhrase = (phrase: string) => OCCUPIER_PHRASES.includes(phrase);

/** «الاحتلال» with the adjective that says whose it is. */
const QUALIFIED = /الاحتلال\s+(?:ال)?(امريكي|اميركي|تركي|اسرائيلي|صهيوني|روسي)/gu;
const BY_ADJECTIVE: Record<string, ActorId> = { امريكي: 'us-forces', اميركي: 'us-forces', تركي: 'turkish-forces', اسرائيلي: 'israeli-forces', صهيوني: 'israeli-forces', روسي: 'russian-forces' };

/** The foreign forces an article names at all, by the words that name each. */
const NAMED: [ActorId, RegExp][] = [
	['us-forces', /امريك|اميرك|واشنطن|البنتاغون|البنتاجون|سنتكوم/u],
	['coalition', /تحالف/u],
	['turkish-forces', /(?<![\p{L}])[وبل]?(?:ال)?(?:تركي|تركيه|تركيا|انقره|اتراك)(?![\p{L}])/u],
	['israeli-forces', /اسرائيل|صهيون/u],
	['russian-forces', /(?<![\p{L}])[وبل]?(?:ال)?(?:روسي|روسيه|روسيا|موسكو|روس)(?![\p{L}])/u]
];

/**
 * The force «الاحتلال» ending at `end` of `text` names: the nearest qualified «الاحتلال …» in the article (before
 * it first), else the only foreign force it names (the US where it names the US and the coalition it
 * leads); null where the article leaves it open.
 */
export function occupierOf(text: string, end: number): ActorId | null {
	const { text: n, map } = normalize(text);
	const qualified = [...n.matchAll(QUALIFIED)].map((m) => ({ at: map[m.index], id: BY_ADJECTIVE[m[1]] }));
	// Its own adjective («قاعدة الاحتلال الأمريكي») starts inside the phrase found, or right after it.
	const before = qualified.filter((q) => q.at <= end + 1).pop();
	const found = before ?? qualified[0];
	if (found) return found.id;
	const named = NAMED.filter(([, re]) => re.test(n)).map(([id]) => id);
	if (named.length === 1) return named[0];
	if (named.length === 2 && named.includes('us-forces') && named.includes('coalition')) return 'us-forces';
	return null;
}
