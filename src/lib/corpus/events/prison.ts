/**
 * A prison uprising told with its toll: the clause's deaths, wounds or fight belong to the mutiny or the
 * break-out they were fought in, and the whole is a riot (ACLED Riots / Violent demonstration), not a clash.
 */
import { norm } from '$lib/arabic/normalize';
import type { Trigger } from './lexicon';
import type { Span } from './scan';
import type { Typed } from './rulings';

/** Violence that a mutiny or a fought break-out explains: killings, generic attacks and fights. */
const TOLL = new Set<Trigger['type']>(['killing', 'attack', 'clash']);
/** A prison: a break-out fought inside one is a detainees' uprising («اشتباك داخل أحد المهاجع»). */
const PRISON = /سجن|سجون|مهجع|مهاجع|زنزان|اصلاحيه/;

/**
 * «قُتل سجينان وجُرح حراس خلال عصيان اندلع داخل السجن» (a mutiny word and its toll), «أحبطت محاولة فرار جماعية
 * من السجن، وأن اشتباكاً وقع داخل أحد المهاجع» (a foiled break-out fought inside): a riot. A foiled escape
 * from a camp with no fight stays an interdiction; a clash outside any prison stays a clash.
 */
export function mutiny(text: string, c: Span, typed: Typed[], best: Typed): { best: Typed; reason: string } | null {
	if (!TOLL.has(best.t.entry.type) && !(best.t.entry.type === 'foiled' || best.t.entry.type === 'escape')) return null;
	const riot = typed.find((x) => x.t.entry.type === 'riot' && (PRISON.test(norm(c.text)) || /عصيان|استعصاء|تمرد/.test(norm(x.t.text))));
	if (riot && TOLL.has(best.t.entry.type)) return { best: { ...riot, type: 'riot' }, reason: `«${best.t.text}» is the toll of «${riot.t.text}»` };
	const escape = typed.find((x) => x.t.entry.type === 'escape');
	const fight = typed.find((x) => TOLL.has(x.t.entry.type));
	if (escape && fight && typed.some((x) => x.t.entry.type === 'foiled') && PRISON.test(norm(c.text)))
		return { best: { ...escape, type: 'riot' }, reason: `a break-out from a prison foiled with «${fight.t.text}» inside: a riot` };
	return null;
}
