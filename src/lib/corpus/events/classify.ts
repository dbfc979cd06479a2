/**
 * Event clauses and what they report: an article's sentences (sentences.ts) cut into clauses where a
 * new event may start, each clause's event words (lexicon.ts) resolved to one type, and the cues
 * that make it no event (a denial, a plan, a threat, a condition, background or generic talk).
 */
import { sentenceAt, sentenceSpans } from '../sentences';
import { norm } from '$lib/arabic/normalize';
import { ACLED, findCues, findObjects, findTriggers, TRIGGERS, type CueKind, type EventType, type Trigger } from './lexicon';
import { PhraseList, span, type Hit, type Span } from './scan';
import { caughtSmuggling, resolve, SMUGGLERS } from './resolve';
import { blockingCue, words } from './reach';
import { BACKREF, clauseSpans } from './clauses';
import { mutiny } from './prison';
import { promoted } from './light-verbs';
import { followsUp } from './sequels';

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

/** Arms other than bombs: a find of bombs among them is an arms cache. */
const ARMS = /اسلح|سلاح|ذخير|ذخاير|اعتده|عتاد|بنادق|بندقي|رشاش|مسدس|قذايف|قاذف|صواريخ|رمانات|قنابل/;

/** Protest turned violent: burning, stoning, storming, smashing. */
const RIOTING = /احراق|احرق|اضرام النار|اضرم|رشق|بالحجاره|تكسير|حطم|تحطيم|اقتحموا|اقتحام المحتجين|اعمال شغب/;
/**
 * A road blocked with burning tyres («يقطعون الطريق بالإطارات المشتعلة», «أشعلوا الإطارات», «حرق الإطارات») is a
 * protest; dispersed by force («تفرقهم بإطلاق النار في الهواء») the coders code it a riot (README, blind12).
 */
const TYRES = /(?:[يت]?حرق\p{L}{0,2}|اشعال|اشعل\p{L}{0,2}|[يت]شعل\p{L}{0,2})\s+(?:ال)?اطارات|اطارات\s+(?:ال)?مشتعله/u;
const DISPERSED = /فرق|تفريق|اطلاق النار|اطلاق الرصاص|بالرصاص|الغاز المسيل/;
const rioting = (clause: string) => RIOTING.test(clause) || (TYRES.test(clause) && DISPERSED.test(clause));

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
const FRONTED = /^[وف]?(?:عقب|بعد|اثر|عل[يى] اثر|في اعقاب|اعقاب|ردا عل[يى])$/;

/**
 * Whether an event word only dates the clause by an earlier event: «وعقب الاشتباكات، شنت قسد حملة
 * مداهمات» reports the raid. The fronted event stays the clause's event when what follows is only its
 * toll («إثر انفجار عبوة، قُتل جنديان»).
 */
function fronted(text: string, c: Span, t: Hit<Trigger>, alive: Hit<Trigger>[]): boolean {
	if (!FRONTED.test(norm(text.slice(c.start, t.start)).trim())) return false;
	const comma = text.slice(t.end, c.end).search(/[،,]/);
	if (comma < 0 || words(text.slice(t.end, t.end + comma)) > 5) return false;
	return alive.some((x) => x.start > t.end + comma && x.entry.type !== 'killing');
}

/**
 * A verbal noun with the purpose «لـ» after a finite report or an agreement or meeting is that act's aim:
 * «اعتقلت … ثلاثة كانوا يعدّون لاستهداف المدنيين», «وقّعا مذكرة تفاهم لضبط الحدود». The «ل» must be the
 * particle, not the word's own first letter («لغم»).
 */
/** Types whose nouns name a weapon or a device, not an act. */
const MEANS = new Set(['drone-strike', 'airstrike', 'shelling', 'ied', 'landmine', 'suicide-bombing']);
/** Finite verbs that tell a strike, a blast or its toll: the weapon noun beside one is their means. */
const STRIKE_VERBS = new Set(['attack', 'explosion', 'killing']);
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

/** A purpose word that opens an aim: «لبحث», «لمناقشة», «لسد الثغرات», «لمنع», «لتنفيذ هجوم», «بهدف», «من أجل», «سعياً إلى». */
const AIM = /(?:^|\s)(?:[وف]?ل(?:سد|منع|حمايه|تامين|مواجهه|ردع|بحث|مناقشه|تنسيق|تسريع|متابعه|دراسه|تعزيز|تفعيل|ضمان|تسهيل|تنظيم|وضع|استكمال|التباحث|التنسيق|تنفيذ)|بهدف|من\s+اجل|سعيا\s+(?:ال[يى]|ل))(?![\p{L}])/u;
const AIM_END = new RegExp(`${AIM.source}\\s+$`, 'u');

/**
 * An infiltration that is an attempted crossing, an operation under the fire rule: infiltrators named («متسللان
 * قُتلا في اشتباك») or the border told. Fighters who «تسللوا» up to a post to attack it fight a clash; smugglers
 * crossing are a smuggling run (below); a follow-up («…، حيث اشتبكت مع المتسللين») stays the fight that sequels.ts
 * joins to the attempt told before it.
 */
function crossing(c: Span, t: Hit<Trigger>): boolean {
	const clause = norm(c.text);
	return (t.entry.form === 'noun' || /حدود|ساتر|شريط/.test(clause)) && !SMUGGLERS.test(clause) && !followsUp(c.text);
}

/**
 * The event a clause reports, or why its event words do not count. An article with no event words
 * gives nothing; a clause whose every event word is turned off by a cue gives `blocked`.
 */
export function classifyClause(text: string, c: Span): { event: ClauseEvent | null; blocked: Blocked[] } {
	// A question asks about an event, it does not report one: «هل تم اعتقال المتورطين؟».
	if (/[؟?]["»”]?$/.test(c.text) || /^[وف]?(?:هل|لماذا|كيف|متى)(?![\p{L}])/u.test(norm(c.text))) return { event: null, blocked: [] };
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
	for (const t of alive.filter((x) => fronted(text, c, x, alive))) blocked.push({ clause: c, trigger: t, cue: { ...span(text, c.start, t.start), kind: 'context' } });
	for (const t of alive.filter((x) => purpose(text, x, alive))) blocked.push({ clause: c, trigger: t, cue: { ...span(text, t.start, t.start + 1), kind: 'purpose' } });
	alive.splice(0, alive.length, ...alive.filter((x) => !blocked.some((b) => b.trigger === x)));
	if (!alive.length) return { event: null, blocked };
	const typed = alive.map((t) => {
		const reasons: string[] = [];
		return { t, type: resolve(text, c, t, alive, reasons), reasons };
	});
	typed.sort((a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || Number(b.t.entry.form === 'verb') - Number(a.t.entry.form === 'verb') || a.t.start - b.t.start);
	// «هاجم … بالأسلحة الرشاشة والقذائف», «اشتباكات … استُخدمت فيها الرشاشات والقذائف»: shells as the weapon
	// of an attack or a fight make it a clash, not shelling.
	const attackVerb = alive.find((h) => (h.entry.type === 'attack' && h.entry.form === 'verb') || h.entry.type === 'clash');
	// Shells are the weapon of an attack only beside small arms; alone they are shelling («استهدفت صواريخ كاتيوشا قاعدة التنف»).
	const smallArms = /رشاش|اسلحه خفيفه|اسلحه متوسطه|بنادق|الاسلحه/.test(norm(c.text));
	for (const x of typed)
		if (x.type === 'shelling' && x.t.entry.form === 'noun' && !/قصف/.test(norm(x.t.text)) && smallArms && attackVerb && attackVerb.start < x.t.start) (x.type = 'clash'), x.reasons.push(`«${x.t.text}» are the weapon of «${attackVerb.text}»`);
	// «عثرت … على مخبأ فيه بنادق وقذائف», «ضبطت صواريخ», «مخبأ فيه عبوتان وبنادق»: munitions or bombs after a find or
	// seizure of arms are what was seized (bombs alone found are disrupted weapons use: resolve.ts).
	const seizure = typed.find((x) => x.t.entry.type === 'seizure' && x.type === 'weapons-seizure');
	for (const x of typed)
		if ((x.type === 'shelling' || (x.type === 'ied' && ARMS.test(norm(c.text)))) && x.t.entry.form === 'noun' && !/قصف|انفجار/.test(norm(x.t.text)) && seizure && seizure.t.start < x.t.start) (x.type = 'weapons-seizure'), x.reasons.push(`«${x.t.text}» were seized`);
	// «وضبط حزام ناسف», «عثرت على أحزمة ناسفة»: a belt named after a find or seizure is what was found, not a bombing.
	const found = typed.find((x) => x.t.entry.type === 'seizure');
	for (const x of typed)
		if (x.type === 'suicide-bombing' && /حزام|احزمه/.test(norm(x.t.text)) && found && found.t.start < x.t.start) (x.type = 'weapons-seizure'), x.reasons.push(`«${x.t.text}» was found or seized`);
	// «أسقطت القوات طائرة مسيّرة تحمل …», «جرى إسقاط مسيّرة محمّلة بالكريستال»: a drone named after its downing is what was
	// downed and seized, not a strike.
	const downed = typed.find((x) => x.t.entry.type === 'seizure' && /اسقط|اسقاط/.test(norm(x.t.text)));
	for (const x of typed) if (x.type === 'drone-strike' && x.t.entry.form === 'noun' && downed && downed.t.start < x.t.start) (x.type = downed.type), x.reasons.push(`«${x.t.text}» was downed`);
	typed.sort((a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || Number(b.t.entry.form === 'verb') - Number(a.t.entry.form === 'verb') || a.t.start - b.t.start);
	let best = typed[0];
	const reasons: string[] = [];
	const has = (x: string) => alive.some((h) => h.entry.type === x);
	// Deaths and wounds told with a mutiny or a riot («قُتل سجينان … خلال عصيان», «وقع اشتباك داخل المهجع» in a foiled
	// break-out) are its toll: the detainees rose against their guards (prison.ts).
	const uprising = mutiny(text, c, typed, best);
	// A seizure or a foiled smuggling run that ends in a clash is still that operation, coded as a battle; so is a
	// fight with smugglers whose load is seized after it («فاشتبكت معهم القوة …، وصادرت الشاحنة بما فيها»).
	// An attempted crossing is such an operation too (README: «a thwarted or attempted crossing … keeps infiltration»).
	const op = typed.find((x) => x.type === 'smuggling-interdiction' || x.type === 'drug-seizure' || x.type === 'weapons-seizure' || (x.type === 'infiltration' && crossing(c, x.t)));
	let acled = ACLED[best.type];
	if (!uprising && best.type === 'clash' && op && (op.t.start < best.t.start || op.type === 'infiltration' || SMUGGLERS.test(norm(c.text)))) {
		best = op;
		acled = ['Battles', 'Armed clash'];
		reasons.push('a clash during the operation: ACLED Armed clash');
	}
	if (uprising) (best = uprising.best), (acled = ACLED.riot), reasons.push(uprising.reason);
	// «عقدنا اجتماعاً مع قيادة العمليات، واتفقنا على توحيد غرف المراقبة», «وتم الاتفاق خلاله على …»: what a meeting
	// agreed on («اتفق على», «الاتفاق على») is its outcome; the meeting is the event. A text signed («وقّعا مذكرة», «اتفاقية») stays an agreement.
	const meeting = typed.find((x) => x.type === 'security-meeting');
	const agreedOn = /^[وف]?(?:ال)?اتف(?:ق|اق)(?!ي)/.test(norm(best.t.text)) && /^\s+(?:\p{L}+\s+)?عل[يى](?![\p{L}])/u.test(norm(text.slice(best.t.end, best.t.end + 24)));
	if (best.type === 'agreement' && meeting && meeting.t.start < best.t.start && agreedOn) {
		reasons.push(`«${best.t.text}» is what the meeting agreed on`);
		best = meeting;
		acled = ACLED['security-meeting'];
	}
	// «ألقت القبض على ثلاثة متهمين بعد كمين محكم نُصب لهم», «نصبت القوة كميناً أسفر عن اعتقال مطلوبين»: an ambush
	// that ends in arrests, no one killed and no fight told, is how the arrest was made.
	const arrested = typed.find((x) => x.type === 'arrest');
	if (best.type === 'clash' && /كمين|كمائن/.test(norm(best.t.text)) && arrested && !alive.some((h) => h.entry.type === 'killing' || (h.entry.type === 'clash' && !/كمين|كمائن/.test(norm(h.text))))) {
		reasons.push(`«${best.t.text}» was set to make the arrest`);
		best = arrested;
		acled = ACLED.arrest;
	}
	// A crossing attempt that ends in fire keeps its type, coded as a battle (the README's ruling for interdictions that
	// end in fire): «قُتل متسللان إثر اشتباك اندلع عند محاولة مجموعة التسلل», «ثلاثة متسللين قُتلوا … في اشتباك قرب
	// الحدود». Infiltrators or an attempt to cross named anywhere in the clause make the fight theirs — unless they
	// are smugglers («اشتبكت مع مهربين حاولوا العبور»): an interdiction, below.
	// Infiltrators named («متسللين», «محاولة تسلل») or the border told; fighters who «تسللوا» up to a post attacked it.
	const attempt = typed.find((x) => x.type === 'infiltration' && (x.t.entry.form === 'noun' || /حدود|الشريط|الساتر|الاراضي\s+(?:السوري|العراقي)/.test(norm(c.text))));
	if (best.type === 'clash' && !op && attempt && !SMUGGLERS.test(norm(c.text))) {
		best = attempt;
		acled = ['Battles', 'Armed clash'];
		reasons.push('a clash with infiltrators: the thwarted crossing, ACLED Armed clash');
	}
	// A fight with smugglers is an interdiction that turned into a clash (the README's ACLED pairs):
	// its type is the operation's, ACLED's Armed clash. Drugs named make it a drug seizure.
	if (best.type === 'clash' && !op && SMUGGLERS.test(norm(c.text))) {
		const drugs = findObjects(text, c.start, c.end).some((o) => o.entry.kind === 'drugs');
		best = { ...best, type: drugs ? 'drug-seizure' : 'smuggling-interdiction' };
		reasons.push('a clash with smugglers: an interdiction, ACLED Armed clash');
	}
	if (best.type === 'arrest' && caughtSmuggling(text, c, best.t)) (best = { ...best, type: 'smuggling-interdiction' }), (acled = ACLED['smuggling-interdiction']), reasons.push('a smuggler arrested in the act: the run was stopped');
	// Arms found on the people arrested («أوقفت … ثلاثة أشخاص …، وضبطت بحوزتهم بنادق») are what they
	// carried: the arrest is the event. A cache or drugs seized stay a seizure.
	const arrest = typed.find((x) => x.type === 'arrest' && x.t.entry.form === 'verb');
	if (best.type === 'weapons-seizure' && arrest && arrest.t.start < best.t.start && /(?:^|\s)(?:و|ف)?بحوز/.test(norm(text.slice(best.t.end, c.end)).slice(0, 20))) {
		best = arrest;
		acled = ACLED.arrest;
		reasons.push('the arms were found on the people arrested');
	}
	// «تعرّض الحقل لهجوم بطائرة مسيّرة», «استهدفت طائرة مسيّرة القاعدة», «قُتل جنديان بقذيفة هاون»: a weapon noun whose
	// strike a finite verb of the clause tells is a finite report, not talk about the weapon.
	if (best.t.entry.form === 'noun' && MEANS.has(best.type) && alive.some((x) => x.entry.form === 'verb' && STRIKE_VERBS.has(x.entry.type)))
		(best = { ...best, t: { ...best.t, entry: { ...best.t.entry, form: 'verb' } } }), reasons.push('a finite verb tells the strike');
	let [event_type, sub_event_type] = acled;
	if (best.t.entry.type === 'looting') sub_event_type = 'Looting/property destruction';
	reasons.unshift(`«${best.t.text}» reports ${best.type}`, ...best.reasons);
	if (best.type === 'ied' && typed.some((x) => x.t.entry.type === 'defusal' || (x.t.entry.type === 'seizure' && (x.type === 'ied' || x.t.start < best.t.start)))) {
		[event_type, sub_event_type] = ['Strategic developments', 'Disrupted weapons use'];
		reasons.push('the device was found or defused, not set off');
	}
	if (best.type === 'infiltration' && has('arrest') && event_type !== 'Battles') (sub_event_type = 'Arrests'), reasons.push('arrests in the same clause: ACLED Arrests');
	// Storming or burning told beside protesters («احتجاجات … أحرق خلالها محتجون إطارات واقتحموا مبنى») is the
	// protesters' doing: a riot, not a clash, when the violence comes from a generic attack word, not a fight.
	if ((best.type === 'clash' || best.type === 'attack-on-civilians') && best.t.entry.type === 'attack' && has('protest') && rioting(norm(c.text))) {
		best = { ...best, type: 'protest' };
		reasons.push(`«${best.t.text}» is done by the protesters`);
	}
	// «قُتل سجينان … خلال عصيان داخل السجن»: the dead of a riot are its toll, not a fight of their own (a clash word keeps the fight).
	const riot = typed.find((x) => x.type === 'riot');
	if (best.type === 'clash' && best.t.entry.type !== 'clash' && riot) {
		best = riot;
		[event_type, sub_event_type] = ACLED.riot;
		reasons.push('killed during a riot: the riot is the event');
	}
	// Protesters who burn, stone or storm («أحرق المحتجون حاجزاً ورشقوا عناصره بالحجارة») riot.
	if (best.type === 'protest' && rioting(norm(c.text))) {
		best = { ...best, type: 'riot' };
		[event_type, sub_event_type] = ACLED.riot;
		reasons.push('the protesters burned, stoned or stormed: a violent demonstration');
	}
	if (best.type === 'protest' && /فرق|بالقوه|قمع|تفريق|اعتقل|الغاز المسيل|الرصاص الحي/.test(norm(c.text)))
		(sub_event_type = 'Protest with intervention'), reasons.push('the protest was dispersed or met with arrests');
	return { event: { clause: c, type: best.type, event_type, sub_event_type, trigger: best.t, triggers: alive, reasons }, blocked };
}

/** Whether a list entry reports an event on its own (a finite verb) or needs anchors (a verbal noun). */
export const isVerb = (t: Hit<Trigger>) => t.entry.form === 'verb';
export { TRIGGERS };
