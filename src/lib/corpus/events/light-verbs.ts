/**
 * Light verbs that carry a verbal noun: with one, the noun reports a finite event («تم ضبط», «سيّرت القوات
 * دوريات»), as a verb of its own would. Moved out of classify.ts whole. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/**
 * A verb that only carries a verbal noun makes it a finite report in every person: «تم ضبط», «جرى اعتقال»,
 * «نفّذنا دورية», «شنّت حملة», «أجرت القوات مسحاً», «أقدم مسلحون على اغتيال», «قامت بتفكيك», «أُعيد اعتقال ثلاثة».
 */
const AUX = /(?:^|\s)[وف]?(?:تم|تمت|جري|جرت|نفذ|نفذت|نفذوا|نفذنا|شن|شنت|شنوا|شننا|اجري|اجرت|اجروا|اجرينا|سير|سيرت|سيروا|سيرنا|قام|قامت|قاموا|قمنا|اقدم|اقدمت|اقدموا|اقدمنا|باشر|باشرت|باشروا|باشرنا|اعيد|اعيدت|اعاد|اعادت|اعادوا|اعدنا)(?:\s+علي)?(?:\s+(?:(?:صباح|مساء|فجر|ظهر|عصر)\s+)?(?:اليوم|امس))?\s+$/u;

/**
 * The same verbs with their subject between them and the verbal noun (verb–subject–object): «عقد قائد الشرطة في
 * المحافظة اجتماعاً», «سيّرت قوة مشتركة من الجيش أمس دورية», «نظّم العشرات من الأهالي وقفة»; a city or a base that
 * hosted it («احتضنت بغداد الشهر الماضي اجتماعاً», «استضافت القاعدة لقاءً») held it. Up to eight words, no
 * comma and no «أن / الذي» (a clause of their own) between.
 */
const LIGHT_VSO = /(?:^|[\s:،,])[وف]?(?:احتضن|احتضنت|احتضنا|استضاف|استضافت|استضافا|عقد|عقدت|عقدوا|عقدا|سير|سيرت|سيروا|سيرا|نفذ|نفذت|نفذوا|نفذا|شن|شنت|شنوا|شنا|اجري|اجرت|اجروا|نظم|نظمت|نظموا)(?:\s+(?!(?:ان|بان|الذي|التي|الذين)(?![\p{L}]))[^\s،,:؛.]+){1,8}\s+$/u;

/**
 * The same light verbs with their subject between them and the verbal noun (verb–subject–object): «سيّرت قوات حرس
 * الحدود دوريات مشتركة», «شنّت طائرات التحالف غارات», «نفّذ الجيش العراقي عملية». Only verbs whose object the noun is
 * (not «تم», «قام بـ»), with up to five words of subject and no punctuation between.
 */
const AUX_VSO = /(?:^|\s)[وف]?(?:نفذ|نفذت|نفذوا|نفذنا|شن|شنت|شنوا|شننا|اجري|اجرت|اجروا|اجرينا|سير|سيرت|سيروا|سيرنا)(?:\s+[^\s،,.؛:«»"()]+){1,5}\s+$/u;
/** Whether the noun at `at` is carried by a light verb before it, right before or across its subject. */
export const promoted = (text: string, c: Span, at: number) => {
	const before = norm(text.slice(Math.max(c.start, at - 60), at));
	return AUX.test(norm(text.slice(Math.max(c.start, at - 30), at))) || AUX_VSO.test(before) || LIGHT_VSO.test(norm(text.slice(c.start, at)));
};
