/**
 * Follow-ups inside one sentence: a clause opened by «حيث», «ثم», «فيما» or «قبل أن» that names no day and no
 * place of its own goes on telling the clause before it. Two constructions, each a rule of the drafter
 * (extract.ts asks them):
 * - a sequel: how that event went on, of a kind that belongs to it — the fight that foiled an attempt
 *   («أُحبطت محاولة تسلل …، حيث اشتبكت الوحدات مع أفرادها»), the crowd going on to attack («… وأحرقوا
 *   الإطارات، ثم هاجموا مقراً بالحجارة»), the arrests of a raid («… فقُتل القيادي، فيما اعتُقل مساعداه»);
 * - background carried on: a follow-up of a clause that was background («سيطر التنظيم على البلدة عام 2014، قبل
 *   أن تحررها القوات بعد معارك») is background too.
 * Pure.
 */
import { norm } from '$lib/arabic/normalize';
import { ACLED, type EventType } from './lexicon';
import type { Reading } from './readings';

/** The particles that open a follow-up of the clause before, after its comma. */
const FOLLOW_UP = /^[وف]?(?:حيث|ثم|فيما|قبل\s+ان|بعد\s+ان|حتي)(?![\p{L}])/u;

/** Whether `clause` opens as a follow-up of the clause before it. */
export const followsUp = (clause: string) => FOLLOW_UP.test(norm(clause).trim());

/** An attempt or an operation stopped by force: the fight is how it was stopped. */
const OPERATIONS: EventType[] = ['infiltration', 'smuggling-interdiction', 'drug-seizure', 'weapons-seizure'];
/** A crowd's act: its attack on a building or a force is the same riot. */
const CROWDS: EventType[] = ['protest', 'riot'];

/**
 * Whether an event of type `after`, told in a follow-up with no day or place of its own, is part of the event of
 * type `before` told just before it in the sentence. What is not listed stays an event of its own («انفجرت عبوة …،
 * فيما اعتقلت القوات مشتبهين»).
 */
export function sequel(before: EventType, after: EventType): boolean {
	// «أُلقي القبض على أربعة متسللين …، بعد أن أحبطت القوات محاولتهم»: a foiling with no cargo of its own (a bare «أحبط»
	// reads as a foiled smuggling) told after an infiltration is that attempt being stopped.
	if (before === 'infiltration' && after === 'smuggling-interdiction') return true;
	// «اشتبكت الدورية مع مجموعة حاولت تهريب أسلحة …، فيما ضُبطت 23 بندقية»: the run stopped, then what was seized named:
	// the seizure is the operation's type (README: «… في اشتباك … وضبطت ثلاثمئة ألف حبة» is a drug seizure).
	if (before === 'smuggling-interdiction' && (after === 'drug-seizure' || after === 'weapons-seizure')) return true;
	if (OPERATIONS.includes(before)) return after === 'clash';
	if (CROWDS.includes(before)) return after === 'clash' || after === 'attack-on-civilians' || after === 'riot';
	if (before === 'clash') return after === 'arrest';
	return false;
}

/**
 * How the event is coded once its sequel joins it: an operation fought keeps its type as a battle (the README's
 * pairs: an interdiction that ends in an exchange of fire), a protest whose crowd attacks is a riot, a run whose load is
 * then seized takes the seizure's type (`acled` null: the run's pair stands); else unchanged.
 */
export function joined(before: EventType, after: EventType): { type: EventType; acled: [string, string] | null } | null {
	// The seizure named after the run: its type, the run's ACLED pair (a battle if it was fought).
	if (before === 'smuggling-interdiction' && (after === 'drug-seizure' || after === 'weapons-seizure')) return { type: after, acled: null };
	if (OPERATIONS.includes(before) && after === 'clash') return { type: before, acled: ['Battles', 'Armed clash'] };
	if (before === 'protest' && after !== 'riot') return { type: 'riot', acled: ACLED.riot };
	return null;
}

/**
 * A sequel folded into the event before it stays that event, however well its own clause is anchored, coded as
 * sequels.ts says (an operation fought is a battle, a protest whose crowd attacks a riot).
 */
export function joinedAs(before: Reading, after: Reading, merged: Reading): Reading {
	// «أحبطت محاولة تسلل …، حيث اشتبكت مع المتسللين»: the follow-up, a fight with the infiltrators, is the same
	// attempt told as fought (classify.ts): the operation is coded as the battle it became.
	if (before.ev.type === after.ev.type && after.ev.event_type === 'Battles' && before.ev.event_type !== 'Battles')
		return { ...merged, ev: { ...merged.ev, event_type: after.ev.event_type, sub_event_type: after.ev.sub_event_type, reasons: [...merged.ev.reasons, `«${after.ev.trigger.text}» tells how the ${before.ev.type} went on`] } };
	if (before.ev.type === after.ev.type || !sequel(before.ev.type, after.ev.type)) return merged;
	const j = joined(before.ev.type, after.ev.type);
	const [event_type, sub_event_type] = j?.acled ?? [before.ev.event_type, before.ev.sub_event_type];
	return { ...merged, ev: { ...merged.ev, type: j?.type ?? before.ev.type, event_type, sub_event_type, trigger: before.ev.trigger, reasons: [...before.ev.reasons, `«${after.ev.trigger.text}» tells how the ${before.ev.type} went on`] } };
}
