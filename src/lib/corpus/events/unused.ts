/**
 * «حزام ناسف غير مستخدم», «عبوة ناسفة غير منفجرة», «قذائف لم تنفجر», «لغمين غير مفعّلين», «انتحاري لم يُفجّر حزامه»:
 * a weapon the sentence says was never used or never went off is a thing found or held — an item of a seizure, a
 * search or a list of what was on the dead — not a blast of its own (the README: a device found is no explosion).
 * Only the words right after the weapon noun decide; a verb of blasting elsewhere in the clause («انفجار قذيفة …»)
 * is its own event word and is untouched. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Hit } from './scan';
import type { Trigger } from './lexicon';

/** Types whose noun is a weapon that can lie unused. */
const WEAPONS = new Set(['suicide-bombing', 'ied', 'landmine', 'shelling']);
/**
 * «غير مستخدم/ة/ين», «غير منفجر/ة/ات», «غير مفجر», «غير مفعّل», «لم يُستخدم», «لم تنفجر», «لم يُفجَّر», «لم تُستعمل», «معطّل»,
 * after up to two words of the noun's own («حزاماً ناسفاً واحداً غير مستخدم»). Normalised (ة → ه, ى → ي).
 */
const NEVER_USED = /^[\s\u00A0]*(?:[\p{L}]+[\s\u00A0]+){0,2}?(?:غير[\s\u00A0]+(?:مستخدم|مستعمل|منفجر|مفجر|مفعل|مفعول)\p{L}{0,3}|لم[\s\u00A0]+[يت](?:ستخدم|ستعمل|نفجر|فجر|فعل)\p{L}{0,3}|معطل\p{L}{0,3})(?![\p{L}])/u;

/**
 * «سقطت قذيفة لم تنفجر قرب المدرسة», «أُطلق صاروخ لم ينفجر»: a round fired or fallen is an attack, whether or not it
 * went off (ACLED codes the shelling), so a verb of falling or firing just before the noun keeps it.
 */
const FIRED = /(?:^|\s)[وف]?(?:سقط\p{L}{0,2}|سقوط|اطلق\p{L}{0,2}|اطلاق|[يت]طلق\p{L}{0,2}|قصف\p{L}{0,2}|استهدف\p{L}{0,2}|ب)(?:\s+\p{L}+){0,2}\s*$/u;

export function unused(text: string, t: Hit<Trigger>): boolean {
	// «عبث بقذيفة غير منفجرة فقُتل»: a remnant handled («بـ», the means) is the accident that killed, not an item.
	if (!WEAPONS.has(t.entry.type) || t.entry.form !== 'noun' || /^[وف]?(?:سقوط|ب)/.test(norm(t.text))) return false;
	if (FIRED.test(norm(text.slice(Math.max(0, t.start - 30), t.start)).split(/[،,.؛:\n]/).at(-1) ?? '')) return false;
	return NEVER_USED.test(norm(text.slice(t.end, t.end + 60)).split(/[،,.؛:\n]/)[0]);
}
