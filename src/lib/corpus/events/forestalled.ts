/**
 * «وبعد ورود معلومات عن نية عصابة إدخال مخدرات، تمكنت المفارز من ضبط …», «إثر معلومات عن خطة لتهريب أسلحة، نجحت
 * القوة في اعتراض …»: a plan told before a past verb of success («تمكّن من», «نجح في», «أحبط») is the plan that the
 * force forestalled, and the event word after that verb is what the force did: the plan cue does not reach it.
 * reach.ts asks it of every future cue before an event word. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** Every person and number of the past «تمكّن … من», «نجح … في», «استطاع», and «أحبط» (which tells the plan stopped). */
const SUCCEEDED = /(?:^|\s)[وف]?(?:تمكن|نجح|استطاع|احبط)(?:ت|وا|تا|ا|نا|تم)?(?![\p{L}])/u;

/** Whether a past verb of success stands between the plan cue and the event word. */
export function forestalled(text: string, cue: Span, t: Span): boolean {
	return cue.end <= t.start && SUCCEEDED.test(norm(text.slice(cue.end, t.start)));
}
