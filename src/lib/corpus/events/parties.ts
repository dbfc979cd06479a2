/**
 * Which named actors are parties to an event (notes/events-contract.md: "the parties that acted or
 * were targeted"). A clause names others too: whom protesters call on («تطالب الإدارة الذاتية»),
 * a suspected perpetrator («أصابع الاتهام تتجه نحو داعش»), the force that found a body, people in a
 * description of what someone used to do («كانوا يديرون عمليات تهريب للنساء والأطفال»).
 */
import { norm } from '$lib/arabic/normalize';
import type { ActorMention } from './actors';
import type { Span } from './scan';
import { TASHKEEL_CLASS } from '$lib/arabic/script';

// The word a span starts with: letters with the marks and tatweel written inside them.
const LEADING_WORD = new RegExp(`^[\\p{L}${TASHKEEL_CLASS}\\u0640]+`, 'u');

/** Words right before a name that make it the addressee of a demand. */
const ADDRESSEE = /(?:^|\s)[وف]?(?:يطالب|تطالب|طالب\p{L}{0,3}|مطالب\p{L}{0,3}|يناشد|تناشد|ناشد\p{L}{0,3}|مناشد\p{L}{0,3}|دعا|دعت|داعي\p{L}{0,2})\s+(?:\p{L}+\s+)?$/u;
/** Words before a name that only suspect it (a group that claims the attack, «تبنّت», is its party: the claim rule). */
const SUSPECT = /(?:اصابع\s+الاتهام|يرجح|ترجح|يعتقد|تعتقد|يشتبه\s+ان|تتهم|يتهم|اتهم\p{L}{0,2}|المتهم\p{L}{0,2}\s+بالوقوف|يقف\s+وراء|تقف\s+وراء|مرجح\p{L}{0,3}|رجح\p{L}{0,2})[^.،]{0,40}$/u;
/** Words before a name that make it the source of information. */
const SOURCE = /(?:^|\s)[وب]?(?:ال)?(?:معلومات|معلومه|بلاغ|بلاغات|اخباريه)(?:\s+\p{L}+){0,2}\s+(?:من|وفرها|قدمها|افاد\p{L}*\s+بها)\s+(?:\p{L}+\s+)?$/u;
/** «لغم من مخلفات داعش»: a group whose leftovers did the harm is not a party to the event. */
const LEFTOVER = /(?:^|\s)(?:من\s+)?(?:مخلفات|بقايا)\s+(?:\p{L}+\s+)?$/u;
/** What protesters demand or denounce («مطالبين بالإفراج عن شبان اعتقلتهم قسد», «تنديداً بـ…»): who is named in it is no party. */
const DEMAND = /(?:^|\s)[وفبل]?(?:ال)?(?:مطالب\p{L}{0,3}|يطالب\p{L}{0,2}|تطالب\p{L}{0,2}|تنديدا|منددين|احتجاجا\s+علي|رفضا\s+ل|للمطالبه)\s/u;
const PROTESTS = new Set(['protest', 'riot']);
/** Strategic developments that harm no one: the people they meet, serve or move are not parties (ACLED codes civilians as victims or protesters). */
const NO_VICTIMS = new Set(['patrol', 'security-meeting', 'agreement', 'deployment', 'base-established', 'crossing-closed', 'crossing-reopened', 'handover', 'repatriation', 'drug-seizure', 'weapons-seizure', 'smuggling-interdiction']);
/** «بحسب مصدر في شرطة …», «وفق مسؤول في …»: the body a source speaks from is not a party. */
const SPOKESMAN = /(?:^|\s)[وفبل]?(?:ال)?(?:مصدر|مصادر|مسوول|مسوولين|ناطق|متحدث)(?:\s+(?:ال)?(?:امني|امنيه|محلي|محليه|مطلع|مطلعه|رسمي))?\s+(?:في|من|داخل)\s+$/u;
/** «لمشاركته في تفجير استهدف الأهالي», «بتهمة …»: the victims of a charge are not parties to the arrest. */
const CHARGE = /(?:^|\s)[وفبل]?(?:ال)?(?:مشاركت\p{L}{1,3}|تورط\p{L}{0,4}|تهمه|تهم|متهم\p{L}{0,2}|مطلوب\p{L}{0,2})\s[^.]*$/u;
/** Armed groups a clause names, whose men «مسلحين» with no other word are. */
const NAMED_GROUPS = new Set(['isis', 'iran-backed-militias', 'hezbollah']);
/** «مسلحين», «مسلحون», «المسلحين», «مسلحَين»: armed men, neither unknown nor masked by the word. */
const BARE_GUNMEN = /^(?:[وفبل]|لل)?(?:ال)?مسلح(?:ين|ون|ان)$/u;
/** A meeting, an agreement, a patrol, a crossing: the groups they are about are not parties. */
const TALKS = new Set(['security-meeting', 'agreement', 'patrol', 'deployment', 'crossing-closed', 'crossing-reopened']);
/** A description of what people used to do, not the event itself. */
const DESCRIPTION = /(?:^|\s)(?:كانوا|كان|كانت|كانتا|كانا)\s+[يت]\p{L}+[^.،]{0,60}$/u;

/**
 * The actors of `clause` that are parties to its event of type `type`, whose event word starts at
 * `at`. Arrests keep the suspected: the arrested are the party targeted.
 */
export function parties(text: string, clause: Span, actors: ActorMention[], type: string, at: number): ActorMention[] {
	const before = (a: ActorMention, n: number) => norm(text.slice(Math.max(clause.start, a.start - n), a.start));
	// «عثرت قوة من الجيش على جثة …»: whoever found the body did not kill.
	const found = /جث[هث]|جثمان|رفات/.test(norm(text.slice(at, at + 12))) ? /(?:^|\s)[وف]?(?:عثر\p{L}{0,3}|وجد\p{L}{0,3}|انتشل\p{L}{0,3})\s/u.exec(norm(text.slice(clause.start, at + 1))) : null;
	let kept = actors.filter((a) => {
		if (ADDRESSEE.test(before(a, 30))) return false;
		if (type !== 'arrest' && SUSPECT.test(before(a, 60))) return false;
		if (a.id === 'civilians' && (NO_VICTIMS.has(type) || DESCRIPTION.test(before(a, 80)))) return false;
		// «بناءً على معلومات استخبارية دقيقة من خلية الصقور»: who gave the intelligence is a source, not a party.
		if (SOURCE.test(before(a, 50))) return false;
		if (found && a.end <= at) return false;
		if (LEFTOVER.test(before(a, 24)) || SPOKESMAN.test(before(a, 30))) return false;
		if (TALKS.has(type) && (a.id === 'smugglers' || a.id === 'isis')) return false;
		if (a.id === 'civilians' && a.start > at && CHARGE.test(norm(text.slice(at, a.start)))) return false;
		if (PROTESTS.has(type) && a.start > at && DEMAND.test(norm(text.slice(at, a.start)))) return false;
		return true;
	});
	// «ضربة على مخبأ لتنظيم داعش أسفرت عن مقتل مسلحَين»: armed men named by no group, beside the group the
	// clause names, are its men, not other, unidentified gunmen («مسلحون مجهولون» stay unidentified).
	if (kept.some((a) => NAMED_GROUPS.has(a.id))) kept = kept.filter((a) => !(a.id === 'unidentified-gunmen' && BARE_GUNMEN.test(norm(a.text))));
	if (kept.some((a) => a.id === 'smugglers')) return kept;
	const smugglers = smugglersOf(text, clause, at);
	return SEIZURES.has(type) || (type === 'weapons-seizure' && smugglers.note === SAID) ? [...kept, smugglers] : kept;
}

/**
 * Drug seizures and interdictions: the party they target is the smugglers, named or not (ACLED codes
 * them so). A weapons cache found or seized targets smugglers only when the clause says so («تهريب»).
 */
const SEIZURES = new Set(['drug-seizure', 'smuggling-interdiction']);
const SAID = 'the party a seizure targets';

/** The smugglers a seizure targets, with the word that says so: «تهريب»/«المهربة» where the clause has it, else its event word. */
function smugglersOf(text: string, clause: Span, at: number): ActorMention {
	const m = /(?<![\p{L}])(?:[وبل]|لل)?(?:ال)?(?:تهريب|مهرب\p{L}{0,2})(?![\p{L}])/u.exec(text.slice(clause.start, clause.end));
	if (m) return { start: clause.start + m.index, end: clause.start + m.index + m[0].length, text: m[0], id: 'smugglers', note: SAID };
	const word = LEADING_WORD.exec(text.slice(at))?.[0] ?? text.slice(at, at + 1);
	return { start: at, end: at + word.length, text: word, id: 'smugglers', note: 'the party a seizure targets (not named)' };
}
