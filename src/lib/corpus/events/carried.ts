/**
 * What the people arrested had on them. «ألقت القبض على ثلاثة …، وضبطت بحوزتهم مسدسات», «أسفرت عن اعتقال قيادي …، وضُبطت
 * بحوزتهم أسلحة خفيفة», «اعتُقل شخصان بتهمة تهريب أشخاص …، وضُبطت بحوزتهما سيارة»: arms, phones or a car found on
 * them are what they carried, and the arrest is the event (README: a follow-up in the same sentence is part of the
 * incident) — whether the arrest is told before the seizure word in its clause or in a clause before it in the
 * sentence. Drugs or smuggled goods on them stay a seizure (README: people arrested carrying drugs are `drug-seizure`; a
 * smuggling interdiction whose smugglers are held in the same sentence stays `smuggling-interdiction`).
 */
import { norm } from '$lib/arabic/normalize';
import { sentenceAt, sentenceSpans } from '../sentences';
import { findObjects, findTriggers, type Trigger } from './lexicon';
import type { Hit, Span } from './scan';
import type { Typed } from './rulings';

/** The possession word: «بحوزتهم», «وبحوزته», «في حوزتهما». */
const POSSESSION = /(?:^|\s)(?:و|ف|كانت|كان|كانوا)?\s*(?:بحوز|في\s+حوز)/u;
/** Types a thing found on a person may have taken from what it is; drugs keep theirs. */
const FOUND_ON = new Set(['weapons-seizure', 'smuggling-interdiction', 'other']);

/** Where in the clause the possession word is, at or after the seizure word; -1 when none. */
function possessionAt(text: string, c: Span, t: Hit<Trigger>): number {
	if (/^(?:و|ف)?بحوز/.test(norm(t.text))) return t.start;
	const m = POSSESSION.exec(norm(text.slice(t.end, c.end)));
	return m ? t.end : -1;
}

/** An arrest word told before `at` in the clause's sentence, in a clause before this one. */
function arrestBefore(text: string, c: Span): boolean {
	const s = sentenceAt(sentenceSpans(text), c.start, c.end);
	if (s.start >= c.start) return false;
	return findTriggers(text, s.start, c.start).some((h) => h.entry.type === 'arrest');
}

/**
 * The arrest a seizure of things carried belongs to, or null: the clause's own arrest told before the seizure word,
 * else (the clause has none) the arrest of a clause before it in the sentence, read as the clause's best word re-typed.
 */
export function carriedByArrested(text: string, c: Span, best: Typed, typed: Typed[]): Typed | null {
	if (!FOUND_ON.has(best.type)) return null;
	const at = possessionAt(text, c, best.t);
	if (at < 0) return null;
	// What they carried: weapons are theirs whatever else is named; drugs or smuggled goods found on them make the seizure.
	const kinds = new Set(findObjects(text, at, c.end).map((o) => o.entry.kind));
	if (kinds.has('drugs') || (kinds.has('contraband') && !kinds.has('weapons'))) return null;
	const own = typed.find((x) => x.type === 'arrest' && x.t.start < best.t.start);
	if (own) return own;
	if (typed.some((x) => x.type === 'arrest') || !arrestBefore(text, c)) return null;
	return { ...best, type: 'arrest' };
}
