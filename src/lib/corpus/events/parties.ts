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
/** Words before a name that only suspect it. */
const SUSPECT = /(?:اصابع\s+الاتهام|يرجح|ترجح|يعتقد|تعتقد|يشتبه\s+ان|تتهم|يتهم|اتهم\p{L}{0,2}|المتهم\p{L}{0,2}\s+بالوقوف|يقف\s+وراء|تقف\s+وراء|تبن\p{L}{0,3})[^.،]{0,40}$/u;
/** Words before a name that make it the source of information. */
const SOURCE = /(?:^|\s)[وب]?(?:ال)?(?:معلومات|معلومه|بلاغ|بلاغات|اخباريه)(?:\s+\p{L}+){0,2}\s+(?:من|وفرها|قدمها|افاد\p{L}*\s+بها)\s+(?:\p{L}+\s+)?$/u;
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
	const kept = actors.filter((a) => {
		if (ADDRESSEE.test(before(a, 30))) return false;
		if (type !== 'arrest' && SUSPECT.test(before(a, 60))) return false;
		if (a.id === 'civilians' && DESCRIPTION.test(before(a, 80))) return false;
		// «بناءً على معلومات استخبارية دقيقة من خلية الصقور»: who gave the intelligence is a source, not a party.
		if (SOURCE.test(before(a, 50))) return false;
		if (found && a.end <= at) return false;
		return true;
	});
	return SEIZURES.has(type) && !kept.some((a) => a.id === 'smugglers') ? [...kept, smugglersOf(text, clause, at)] : kept;
}

/** Seizures and interdictions: the party they target is the smugglers, named or not (ACLED codes them so). */
const SEIZURES = new Set(['drug-seizure', 'weapons-seizure', 'smuggling-interdiction']);

/** The smugglers a seizure targets, with the word that says so: «تهريب»/«المهربة» where the clause has it, else its event word. */
function smugglersOf(text: string, clause: Span, at: number): ActorMention {
	const m = /(?<![\p{L}])[وبل]?(?:ال)?(?:تهريب|مهرب\p{L}{0,2})(?![\p{L}])/u.exec(text.slice(clause.start, clause.end));
	if (m) return { start: clause.start + m.index, end: clause.start + m.index + m[0].length, text: m[0], id: 'smugglers', note: 'the party a seizure targets' };
	const word = LEADING_WORD.exec(text.slice(at))?.[0] ?? text.slice(at, at + 1);
	return { start: at, end: at + word.length, text: word, id: 'smugglers', note: 'the party a seizure targets (not named)' };
}
