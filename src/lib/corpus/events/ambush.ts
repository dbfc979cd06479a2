/**
 * An ambush set to catch: «نصبت المفارز كميناً محكماً على الطريق الدولي، وتمكنت من ضبط الحبوب», «نصبت كميناً …، تمكنت
 * خلاله من ضبط المتهمَين وبحوزتهما المادة المخدرة», «من خلال كمين محكم … من ضبط شاحنة … وإلقاء القبض على سائقها». A
 * police or border ambush that ends in a seizure or an arrest, no one killed and no fight told, is how the catch was
 * made: the catch is the event (a drug seizure before the arrest of its carriers, README), not a clash. The catch may
 * be told in the ambush's own clause or in the clause right after it that opens with «تمكّن (خلاله) من».
 */
import { norm } from '$lib/arabic/normalize';
import { findTriggers, type Trigger } from './lexicon';
import type { Hit, Span } from './scan';
import { resolve } from './resolve';
import { clauseSpans } from './clauses';
import type { Typed } from './rulings';

/** What an ambush may catch, most specific first (the order classify.ts sorts by). */
const CATCH = ['drug-seizure', 'weapons-seizure', 'smuggling-interdiction', 'arrest'];
/** The ambush word: «كمين», «كميناً», «كمائن» (not a fight word like «اشتباك»). */
const AMBUSH = /كمين|كماين/;
/** «وتمكنت من», «تمكنت خلاله من», «واستطاعت من خلاله»: the clause that tells what the ambush caught. */
const MANAGED = /^[\s،,"«]*[وف]?(?:تمكن|استطاع|نجح)\p{L}{0,3}\s+(?:(?:من\s+)?خلاله\s+|فيه\s+|بذلك\s+)?(?:من|في|ان)\s/u;

/** The catch told in the clause right after `c`, if it opens with «تمكّن … من». */
function nextCatch(text: string, c: Span): Typed | null {
	const next = clauseSpans(text).find((x) => x.start >= c.end);
	if (!next || !MANAGED.test(norm(text.slice(c.end, next.end)))) return null;
	const found = findTriggers(text, next.start, next.end);
	const typed = found.map((t) => ({ t, reasons: [] as string[], type: resolve(text, next, t, found, []) }));
	return typed.filter((x) => CATCH.includes(x.type)).sort((a, b) => CATCH.indexOf(a.type) - CATCH.indexOf(b.type))[0] ?? null;
}

/** The catch an ambush clause reports, or null when the ambush was a fight or caught nothing told. */
export function ambushCatch(text: string, c: Span, best: Typed, typed: Typed[], alive: Hit<Trigger>[]): Typed | null {
	if (best.type !== 'clash' || !AMBUSH.test(norm(best.t.text))) return null;
	if (alive.some((h) => h.entry.type === 'killing' || (h.entry.type === 'clash' && !AMBUSH.test(norm(h.text))))) return null;
	const own = typed.filter((x) => CATCH.includes(x.type)).sort((a, b) => CATCH.indexOf(a.type) - CATCH.indexOf(b.type))[0];
	if (own) return own;
	const caught = nextCatch(text, c);
	return caught ? { ...best, type: caught.type } : null;
}
