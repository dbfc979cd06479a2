/**
 * Titles of a draft: the Arabic one cut verbatim from the article, the English one drafted from
 * the type, the counts, the actors and the place ("IED kills 2 Iraqi soldiers near al-Qaim").
 */
import type { EventType } from './lexicon';
import { ACTOR_EN, type ActorId } from './actors';
import type { Span } from './scan';
import { span } from './scan';

const LABEL: Record<EventType, string> = {
	clash: 'Clash', ied: 'IED', landmine: 'Landmine', shelling: 'Shelling', airstrike: 'Airstrike', 'drone-strike': 'Drone strike',
	'suicide-bombing': 'Suicide bombing', assassination: 'Assassination', abduction: 'Abduction', 'attack-on-civilians': 'Attack',
	arrest: 'Arrests', 'drug-seizure': 'Drug seizure', 'weapons-seizure': 'Weapons seizure', 'smuggling-interdiction': 'Smuggling foiled',
	'crossing-closed': 'Crossing closed', 'crossing-reopened': 'Crossing reopened', patrol: 'Patrol', handover: 'Handover',
	repatriation: 'Repatriation', 'security-meeting': 'Security meeting', agreement: 'Agreement', protest: 'Protest', riot: 'Riot',
	infiltration: 'Infiltration', deployment: 'Deployment', 'base-established': 'New base', other: 'Incident'
};

/** Victim nouns, singular and plural, for "kills 2 Iraqi soldiers". */
const VICTIM: Partial<Record<ActorId, [string, string]>> = {
	'iraqi-army': ['Iraqi soldier', 'Iraqi soldiers'], 'syrian-government-forces': ['Syrian soldier', 'Syrian soldiers'], sdf: ['SDF fighter', 'SDF fighters'],
	civilians: ['civilian', 'civilians'], 'iraqi-police': ['Iraqi policeman', 'Iraqi policemen'], 'iraqi-border-guards': ['Iraqi border guard', 'Iraqi border guards'],
	pmf: ['PMF fighter', 'PMF fighters'], 'iraqi-security-forces': ['Iraqi security member', 'Iraqi security members'], isis: ['ISIS member', 'ISIS members'],
	'tribal-fighters': ['tribal fighter', 'tribal fighters'], smugglers: ['smuggler', 'smugglers']
};
const PERPETRATORS = new Set<ActorId>(['isis', 'unidentified-gunmen', 'smugglers']);
const VIOLENT = new Set<EventType>(['clash', 'ied', 'landmine', 'shelling', 'airstrike', 'drone-strike', 'suicide-bombing', 'assassination', 'attack-on-civilians']);

export interface TitleInput {
	type: EventType;
	actors: ActorId[];
	fatalities: number | null;
	injuries: number | null;
	place: { name_en: string; geo_precision: 1 | 2 | 3; country?: boolean } | null;
	quantities: Record<string, { value: number | null }>;
}

/**
 * Whom the dead and wounded of a title are. A bomb, a mine, an assassination or an attack on civilians
 * strikes the side that is not its perpetrator; an air strike, a drone, shelling or a clash may strike
 * either side («مقتل ثلاثة إرهابيين» in a statement of the forces that struck), so with both sides
 * named the title says "people" rather than guess — it never names the wrong dead.
 */
function victimOf(t: TitleInput): ActorId | undefined {
	const named = t.actors.filter((a) => VICTIM[a]);
	if (named.length <= 1 || ONE_SIDED.has(t.type)) return named.find((a) => !PERPETRATORS.has(a)) ?? named[0];
	return undefined;
}
const ONE_SIDED = new Set<EventType>(['ied', 'landmine', 'suicide-bombing', 'assassination', 'attack-on-civilians']);

const plural = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** An English title: "IED kills 2 Iraqi soldiers near al-Qaim", "Drug seizure (4,000,000 pills) in Deir ez-Zor". */
export function titleEn(t: TitleInput): string {
	const victim = victimOf(t);
	const noun = (n: number): string => plural(n, victim ? VICTIM[victim]! : ['person', 'people']);
	let s = LABEL[t.type];
	if (VIOLENT.has(t.type) && (t.fatalities || t.injuries)) {
		const parts: string[] = [];
		if (t.fatalities) parts.push(`kills ${noun(t.fatalities)}`);
		if (t.injuries) parts.push(t.fatalities ? `wounds ${t.injuries}` : `wounds ${noun(t.injuries)}`);
		s += ' ' + parts.join(', ');
	} else {
		const q = Object.entries(t.quantities).filter(([, v]) => v.value !== null).map(([k, v]) => `${v.value!.toLocaleString('en')} ${k}`);
		if (q.length) s += ` (${q.join(', ')})`;
		const who = t.actors.filter((a) => a !== 'civilians').map((a) => ACTOR_EN[a]);
		if (who.length) s += ` by ${who.slice(0, 2).join(' and ')}`;
	}
	if (t.place?.country) s += ` in ${t.place.name_en}`;
	else if (t.place) s += `${t.place.geo_precision === 1 ? ' in ' : t.place.geo_precision === 2 ? ' near ' : ' in the '}${t.place.name_en}${t.place.geo_precision === 3 && !/^the /i.test(t.place.name_en) ? ' area' : ''}`;
	return s;
}

/**
 * A short Arabic title, verbatim: the headline when it tells the event, else the clause from its
 * first event word (or casualty word) up to the next comma, at most 14 words. A verb joined by «و»
 * or «ف» to one before it («داهمت … وصادرت كميات») is no start: the title starts at the first verb
 * of the chain (`verbs`: where the clause's event verbs start), else after the conjunction.
 */
export function titleAr(text: string, headline: Span | null, mentions: Span[], clause: Span, startAt: number, verbs: readonly number[] = []): Span {
	if (headline && mentions.some((m) => m.start >= headline.start && m.end <= headline.end)) return span(text, headline.start, headline.end);
	const wordStart = (i: number) => {
		while (i > clause.start && /\p{L}/u.test(text[i - 1])) i--;
		return i;
	};
	let start = Math.max(clause.start, startAt);
	// Start at the word, not inside it: «بمقتل» keeps its attached particle.
	start = wordStart(start);
	// The event word may carry the conjunction itself («وصادرت»): the chain started before it.
	const joined = /^[وف]\p{L}{4,}/u.exec(text.slice(start, start + 12));
	if (verbs.includes(startAt) && joined) {
		const first = verbs.filter((v) => v >= clause.start && v < start).sort((a, b) => a - b)[0];
		start = first === undefined ? start + 1 : wordStart(first);
	}
	let end = clause.end;
	const comma = text.slice(start, end).search(/[،,:]/);
	if (comma > 20) end = start + comma;
	const words = [...text.slice(start, end).matchAll(/\S+/g)];
	if (words.length > 14) end = start + words[13].index! + words[13][0].length;
	const out = span(text, start, end);
	return out.text ? out : span(text, clause.start, clause.end);
}
