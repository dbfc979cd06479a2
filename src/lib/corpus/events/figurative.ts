/**
 * Fighting words used in another sense: «شنّ النائب هجوماً لاذعاً», «تعرّض لهجوم إعلامي», «اشتبك النائبان
 * كلامياً», «قصفهم بالتصريحات», «انفجر الوضع غضباً», a striker's «هجوم» on goal. False-friends.ts drops
 * every hit these recognise. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Hit } from './scan';
import type { Trigger } from './lexicon';

/** Entries whose word has a figurative sense in news prose (an assassination or an abduction has none). */
const FIGHT = new Set(['attack', 'clash', 'shelling']);

/** An adjective right after the word that makes the attack verbal, political or online: no one was fought. */
const VERBAL_ADJ = /^(?:اعلامي|لاذع|كلامي|لفظي|سياسي|انتقادي|الكتروني|سيبراني|اعلاميا|لاذعا|كلاميا|لفظيا|سياسيا|الكترونيا|سيبرانيا|اعلاميه|لاذعه|كلاميه|سياسيه|الكترونيه|سيبرانيه)$/u;
/** What one «shells» or «attacks» someone with in a war of words: statements, accusations, insults. */
const WORDS_AS_FIRE = /^[وف]?(?:بال|ب)(?:تصريحات|انتقادات|اتهامات|شتايم|بيانات|تغريدات)$/u;
/** A match report: a striker's attack, a goal, a league. */
const SPORT = /(?:^|\s)(?:[وفبل]|ال|لل|بال)*(?:مرمي|مباراه|منتخب|الدوري|دوري|ملعب|شوط|هداف|الهداف|كره\s+القدم|ركله|حارس\s+المرمي)(?![\p{L}])/u;
/** What «explodes» when it is no bomb: the situation, anger, a crisis, population. */
const NOT_BLAST = /^(?:ال)?(?:وضع|اوضاع|غضب|غضبا|موقف|خلاف|ازمه|شارع|بالبكاء|سكاني|ضحكا)$/u;

/** The first `n` words after `end`, up to the clause's next punctuation. */
function wordsAfter(text: string, end: number, n: number): string[] {
	return norm(text.slice(end, end + 80)).split(/[،,.؛:!?؟\n]/)[0].trim().split(/\s+/).filter(Boolean).slice(0, n);
}

/** Whether the event word `t` is used in a figurative sense in its sentence. */
export function figurative(text: string, t: Hit<Trigger>): boolean {
	const type = t.entry.type;
	if (type === 'explosion') {
		const next = wordsAfter(text, t.end, 3);
		return next.length > 0 && (NOT_BLAST.test(next[0]) || next.some((w) => /^غضبا$/.test(w)));
	}
	if (!FIGHT.has(type)) return false;
	// «تعرّض الوزير لهجوم إعلامي»: what the subject suffered, a few words on, is the word the adjective qualifies.
	if (/^[وف]?تعرض/.test(norm(t.text))) {
		const next = wordsAfter(text, t.end, 7);
		const at = next.findIndex((w) => /^ل(?:ل)?(?:هجوم|قصف|هجمه|حمله)/.test(w));
		if (at >= 0 && at + 1 < next.length && VERBAL_ADJ.test(next[at + 1])) return true;
	}
	const next = wordsAfter(text, t.end, 4);
	if (next.slice(0, 2).some((w) => VERBAL_ADJ.test(w)) || next.some((w) => WORDS_AS_FIRE.test(w))) return true;
	const sentence = [norm(text.slice(Math.max(0, t.start - 200), t.start)).split(/[.؛\n]/).at(-1), norm(t.text), norm(text.slice(t.end, t.end + 200)).split(/[.؛\n]/)[0]].join(' ');
	// A match on a pitch is no battle, unless the sentence tells of the dead, the wounded or gunmen.
	return SPORT.test(sentence) && !/(?:قتل|جرح|اصاب|اصيب|مسلح|عبوه)/.test(sentence);
}
