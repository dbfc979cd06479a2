/**
 * «اعتقلت قوة ثلاثة مشتبه بهم في قرية قريبة من موقع الانفجار», «هرعت فرق الإسعاف إلى مكان الحادث», «انتشرت القوات
 * في محيط موقع التفجير»: a definite event noun after «موقع / مكان / محيط / مسرح» names the site of an event the
 * reader already knows — a landmark that places the clause's own act — not an event told by this clause. Without
 * this the arrest above was read as the blast again and folded into it. A noun with no article («موقع انفجار
 * جديد») or with no site word before it («قُتل جندي في الانفجار») is untouched. Normalised text. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Hit } from './scan';
import type { Trigger } from './lexicon';

/** The site word right before the noun, with what may come before it: «قرب موقع», «إلى مكان», «في محيط موقع». */
const SITE = /(?:^|[\s"«“(])[وفبل]?(?:ال)?(?:موقع|مكان|محيط|مسرح)(?:\s+(?:موقع|مكان))?\s+$/u;

/** Whether the event word `t` is a definite noun naming a known event's site. */
export function siteOf(text: string, t: Hit<Trigger>): boolean {
	if (t.entry.form !== 'noun' || !/^[وفبل]?(?:ال|لل)/.test(norm(t.text))) return false;
	return SITE.test(norm(text.slice(Math.max(0, t.start - 24), t.start)));
}
