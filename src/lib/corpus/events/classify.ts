/**
 * Event clauses and what they report: an article's sentences (sentences.ts) cut into clauses where a
 * new event may start, each clause's event words (lexicon.ts) resolved to one type, and the cues
 * that make it no event (a denial, a plan, a threat, a condition, background or generic talk).
 */
import { sentenceAt, sentenceSpans } from '../sentences';
import { norm } from '$lib/arabic/normalize';
import { findCues, findTriggers, TRIGGERS, type CueKind, type EventType, type Trigger } from './lexicon';
import { PhraseList, span, type Hit, type Span } from './scan';
import { resolve } from './resolve';
import { blockingCue, words } from './reach';
import { BACKREF, clauseSpans } from './clauses';
import { promoted } from './light-verbs';
import { MEANS, retypeMeans } from './means';
import { ruling, type Typed } from './rulings';
import { agentPatrol } from './agent-nouns';
import { retracted } from './retracted';

export { clauseSpans };

/**
 * «قبل أن تعيد فتحها …», «بعد أن أغلقوه»: a verb whose object is a pronoun after «قبل أن / بعد أن» acts on what the
 * sentence named before (ة is no pronoun: the raw text is read, not the normalised one).
 */
const BACK_OBJECT = /^[\s\u00A0]*[وف]?(?:قبل|بعد)\s+[أا]ن\s+(?:\p{L}+\s+){0,2}\p{L}{2,}(?:ه|ها|هم|هما)(?![\p{L}])/u;

/** A clause's event, if any of its event words survives the cues. */
export interface ClauseEvent {
	clause: Span;
	type: EventType;
	event_type: string;
	sub_event_type: string;
	/** The event word the type comes from. */
	trigger: Hit<Trigger>;
	/** Every surviving event word of the clause. */
	triggers: Hit<Trigger>[];
	/** Why the type is what it is. */
	reasons: string[];
}

/** An event word that a cue turned off. */
export interface Blocked {
	clause: Span;
	trigger: Hit<Trigger>;
	cue: Span & { kind: CueKind };
}

/** From the most specific type to the least: a clause with an IED and an attack is an IED. */
const PRIORITY: EventType[] = [
	'suicide-bombing', 'drone-strike', 'airstrike', 'ied', 'landmine', 'shelling', 'assassination', 'abduction', 'clash',
	'attack-on-civilians', 'protest', 'riot', 'drug-seizure', 'weapons-seizure', 'smuggling-interdiction', 'infiltration', 'arrest',
	'crossing-reopened', 'crossing-closed', 'handover', 'repatriation', 'patrol', 'base-established', 'deployment', 'agreement',
	'security-meeting', 'other'
];
/** Most specific type first; of one type, a finite verb before a verbal noun, then the earlier word. */
const byPriority = (a: Typed, b: Typed) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || Number(b.t.entry.form === 'verb') - Number(a.t.entry.form === 'verb') || a.t.start - b.t.start;


/** Entries that share a phrase with another («اعاد*»). */
const SHARED = new Map<string, Trigger[]>();
for (const t of TRIGGERS) for (const p of t.phrases) if (TRIGGERS.some((u) => u !== t && u.phrases.includes(p))) SHARED.set(p, [...(SHARED.get(p) ?? []), t]);
const needLists = new Map<string[], PhraseList<string>>();
function anyOf(text: string, c: Span, words: string[] | undefined): boolean {
	if (!words) return true;
	if (!needLists.has(words)) needLists.set(words, new PhraseList(words, (n) => [n]));
	return needLists.get(words)!.find(text, c.start, c.end).length > 0;
}
const needsMet = (text: string, c: Span, t: Trigger) => anyOf(text, c, t.needs) && anyOf(text, c, t.also);
/** A word that heads a body's name: what follows it names the body («قوات حرس الحدود», «مديرية المنافذ»), not an object. */
const BODY_HEAD = /(?:^|\s)[وفبل]?(?:ال)?(?:قوات|قوه|حرس|قياده|شرطه|مديريه|هييه|اداره|دايره|وزاره|مكافحه|لواء|فوج)(?:\s+(?:ال)?(?:قوات|حرس|شرطه))?\s+$/u;
/** How far after the event word the first word an entry needs stands (its object, not a body's name); Infinity when none follows. */
function objectDistance(text: string, c: Span, t: Trigger, at: number): number {
	if (!t.needs || at >= c.end) return Infinity;
	anyOf(text, c, t.needs);
	const hits = needLists.get(t.needs)!.find(text, at, c.end).filter((h) => !BODY_HEAD.test(norm(text.slice(Math.max(at, h.start - 24), h.start))));
	return Math.min(Infinity, ...hits.map((h) => h.start - at));
}

/** A fronted time adverbial set off by a comma: «وعقب الاشتباكات، …», «وعلى إثر الهجوم، …» (normalised: «على» is «علي»). */
/** Also a count of time from it: «بعد يومين على الهجوم الذي استهدف …، خرج العشرات», «وبعد ساعات من التفجير، …». */
const FRONTED = /^[وف]?(?:عقب|بعد|اثر|عل[يى] اثر|في اعقاب|اعقاب|ردا عل[يى]|(?:بعد|قبل) (?:\S+ ){1,2}(?:عل[يى]|من))$/;

/**
 * Whether an event word only dates the clause by an earlier event: «وعقب الاشتباكات، شنت قسد حملة
 * مداهمات» reports the raid. The fronted event stays the clause's event when what follows is only its
 * toll («إثر انفجار عبوة، قُتل جنديان»).
 */
function fronted(text: string, c: Span, t: Hit<Trigger>, alive: Hit<Trigger>[]): boolean {
	if (!FRONTED.test(norm(text.slice(c.start, t.start)).trim())) return false;
	const comma = text.slice(t.end, c.end).search(/[،,]/);
	// The noun may carry a relative clause of its own before the comma («الهجوم الذي استهدف آلية عسكرية على طريق سنجار،»).
	if (comma < 0 || words(text.slice(t.end, t.end + comma)) > (/^\s*(?:الذي|التي)\s/.test(text.slice(t.end)) ? 9 : 5)) return false;
	return alive.some((x) => x.start > t.end + comma && x.entry.type !== 'killing');
}

/**
 * A verbal noun with the purpose «لـ» after a finite report or an agreement or meeting is that act's aim:
 * «اعتقلت … ثلاثة كانوا يعدّون لاستهداف المدنيين», «وقّعا مذكرة تفاهم لضبط الحدود». The «ل» must be the
 * particle, not the word's own first letter («لغم»).
 */
function purpose(text: string, t: Hit<Trigger>, alive: Hit<Trigger>[]): boolean {
	// «إعادة» matches the verb «أعاد*» once normalised; a word in ta marbuta is never a finite verb; nor is the word
	// right after a purpose word («لتنفيذ تفجير»).
	if (t.entry.form !== 'noun' && !/ة$/.test(t.text) && !AIM_END.test(norm(text.slice(Math.max(0, t.start - 20), t.start)))) return false;
	// «تعرّض … لقصف»: the «ل» is what «تعرّض» governs (suffered shelling), not a purpose.
	const act = (x: Hit<Trigger>) => x.start < t.start && x.entry.type !== t.entry.type && (x.entry.form === 'verb' || x.entry.type === 'agreement' || x.entry.type === 'security-meeting') && !/^[وف]?تعرض/.test(norm(x.text));
	if (/^[وف]?لل?/.test(norm(t.text)) && !/^[وف]?ل/.test(norm(t.phrase.replace(/^[+=]/, '')))) {
		// A weapon right after an event noun says whose act it was, not what for: «بقصف لطائرة مسيّرة», «هجوم لمسيّرة»
		// («مذكرة تفاهم لضبط الحدود» keeps its aim: «ضبط» is a verbal noun, not a weapon).
		if (MEANS.has(t.entry.type) && alive.some((x) => x.entry.form === 'noun' && x.end <= t.start && /^[\s\u00A0]*$/.test(text.slice(x.end, t.start)))) return false;
		return alive.some(act);
	}
	// «اجتمع … لبحث ملف المخيم وآليات تسريع إعادة العائلات», «وقّعا اتفاقاً بهدف تنظيم نقل …»: a noun inside the aim
	// a purpose word opens after the act is part of that aim, however many words lie between.
	return alive.some((x) => act(x) && AIM.test(norm(text.slice(x.end, t.start))));
}

/**
 * A purpose word that opens an aim: «لبحث», «لمناقشة», «لسد الثغرات», «لمنع», «لتنفيذ هجوم», «بهدف», «من أجل», «سعياً إلى» —
 * also when a quotation opens with it (a statement's own words: «أنشأت قاعدة "لتأمين الطريق وحماية المدنيين من الهجمات"»).
 */
const AIM = /(?:^|[\s"«“(])(?:[وف]?ل(?:سد|منع|حمايه|تامين|مواجهه|ردع|بحث|مناقشه|تنسيق|تسريع|متابعه|دراسه|تعزيز|تفعيل|ضمان|تسهيل|تنظيم|وضع|استكمال|التباحث|التنسيق|تنفيذ)|بهدف|من\s+اجل|سعيا\s+(?:ال[يى]|ل))(?![\p{L}])/u;
const AIM_END = new RegExp(`${AIM.source}\\s+$`, 'u');

/**
 * The event a clause reports, or why its event words do not count. An article with no event words
 * gives nothing; a clause whose every event word is turned off by a cue gives `blocked`.
 */
export function classifyClause(text: string, c: Span): { event: ClauseEvent | null; blocked: Blocked[] } {
	// A question asks about an event, it does not report one: «هل تم اعتقال المتورطين؟».
	if (/[؟?]["»”]?$/.test(c.text) || /^[وف]?(?:هل|لماذا|كيف|متى)(?![\p{L}])/u.test(norm(c.text))) return { event: null, blocked: [] };
	// A report its sentence takes back («…، قبل أن يتبين أنها غير صحيحة») told no event (retracted.ts).
	if (retracted(text, c)) return { event: null, blocked: [] };
	const cues = findCues(text, c.start, c.end);
	// A clause that points back («بعد إغلاقه») finds what its words need in the sentence before it.
	const context = BACKREF.test(norm(c.text)) || BACK_OBJECT.test(c.text.replace(/[\u064B-\u0652]/gu, '')) ? { ...c, start: sentenceAt(sentenceSpans(text), c.start, c.end).start } : c;
	const blocked: Blocked[] = [];
	const alive: Hit<Trigger>[] = [];
	for (const found of findTriggers(text, c.start, c.end)) {
		// One word may head several entries («أعاد» the families, «أعاد» … «فتح» the crossing): of those whose needs the
		// clause meets, the one whose needed word is the verb's object, nearest after it («افتتحت قوات الحدود مقراً»:
		// a base, though «الحدود» names the force), else the first.
		const met = [found.entry, ...(SHARED.get(found.phrase.replace(/^\+/, '')) ?? [])].filter((e) => needsMet(text, context, e));
		const entry = met.reduce<Trigger | undefined>((a, e) => (a === undefined || objectDistance(text, c, e, found.end) < objectDistance(text, c, a, found.end) ? e : a), undefined);
		if (!entry) continue;
		const t = { ...found, entry: entry.form === 'noun' && promoted(text, c, found.start) ? { ...entry, form: 'verb' as const } : entry };
		const cue = blockingCue(text, c, t, cues);
		if (cue) blocked.push({ clause: c, trigger: t, cue });
		else alive.push(t);
	}
	// With the fronted event go the words of its relative clause («بعد يومين على الهجوم الذي استهدف آلية، …»).
	for (const t of alive.filter((x) => fronted(text, c, x, alive)))
		for (const x of alive.filter((y) => y === t || (y.start > t.end && y.end <= t.end + text.slice(t.end, c.end).search(/[،,]/)))) blocked.push({ clause: c, trigger: x, cue: { ...span(text, c.start, t.start), kind: 'context' } });
	for (const t of alive.filter((x) => purpose(text, x, alive))) blocked.push({ clause: c, trigger: t, cue: { ...span(text, t.start, t.start + 1), kind: 'purpose' } });
	for (const t of alive.filter((x) => agentPatrol(text, x))) blocked.push({ clause: c, trigger: t, cue: { ...span(text, t.start, t.start + 1), kind: 'context' } });
	alive.splice(0, alive.length, ...alive.filter((x) => !blocked.some((b) => b.trigger === x)));
	if (!alive.length) return { event: null, blocked };
	const typed: Typed[] = alive.map((t) => {
		const reasons: string[] = [];
		return { t, type: resolve(text, c, t, alive, reasons), reasons };
	});
	typed.sort(byPriority);
	retypeMeans(c, typed, alive);
	typed.sort(byPriority);
	const { best, event_type, sub_event_type, reasons } = ruling(text, c, typed, alive);
	return { event: { clause: c, type: best.type, event_type, sub_event_type, trigger: best.t, triggers: alive, reasons }, blocked };
}

/** Whether a list entry reports an event on its own (a finite verb) or needs anchors (a verbal noun). */
export const isVerb = (t: Hit<Trigger>) => t.entry.form === 'verb';
export { TRIGGERS };
