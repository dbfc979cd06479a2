/**
 * «صواعق تفجير», «أدوات التفجير», «مواد تفجير», «أجهزة تفجير عن بعد», «عدة التفجير»: «تفجير» as the genitive of a
 * tool or material names a thing (what a detonator is for), an item of a seizure or a workshop found — not a blast.
 * «عملية تفجير», «حادث تفجير», «محاولة تفجير» stay events: their head is an act, not a thing. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Hit } from './scan';
import type { Trigger } from './lexicon';

/** The heads of a tool or material, singular or plural, as the noun right before «(ال)تفجير» (normalised: ة is ه). */
const TOOL = /(?:^|\s)[وفبل]?(?:ال)?(?:صاعق|صواعق|اداه|ادوات|ماده|مواد|جهاز|اجهزه|عده|معدات|دايره|دواير|اسلاك|سلك|كبسوله|كبسولات|فتيل|فتايل|مستلزمات|لوازم)\s+$/u;

/** Whether the explosion word `t` is the genitive of a tool or material. */
export function deviceNamed(text: string, t: Hit<Trigger>): boolean {
	if (!/^(?:ال)?تفجير$/.test(norm(t.text))) return false;
	return TOOL.test(norm(text.slice(Math.max(0, t.start - 20), t.start)));
}
