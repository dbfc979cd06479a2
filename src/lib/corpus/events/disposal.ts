/**
 * Forces blowing up what they found (the den, the cache, the devices) dispose of a seizure: an explosion word
 * there tells no explosion of its own (false-friends.ts asks it of every explosion word).
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/**
 * «تفجير الوكر», «فجّرت المضافة», «تفجيراً مسيطراً عليه»: forces blowing up the den, cache or devices they
 * found dispose of a seizure; it is no explosion of its own.
 */
export function disposal(text: string, t: Span): boolean {
	// «جرى تفجير العبوات تفجيراً مسيطراً عليه»: a controlled detonation disposes of what was found.
	if (/^(?:\s+\p{L}+){0,3}\s+(?:[وب]?(?:ال)?مسيطر\p{L}*|تحت\s+السيطره)(?!\p{L})/u.test(norm(text.slice(t.end, t.end + 50)))) return true;
	// «جرى تفجير الأحزمة في مكانها», «فُجّرت العبوتان موقعياً»: blown up where they were found, so found before.
	if (/^(?:\s+\p{L}+){0,3}\s+(?:في\s+(?:مكان|موقع)(?:ها|ه|هما|هم)|موقعيا)(?!\p{L})/u.test(norm(text.slice(t.end, t.end + 50)))) return true;
	const next = norm(text.slice(t.end, t.end + 30)).trim().split(/\s+/)[0] ?? '';
	return /^(?:[وبل]?(?:ال)?)(?:وكر|اوكار|مضاف\p{L}*|مخب\p{L}*|مخاب\p{L}*|كدس|اكداس|مستودع\p{L}*|نفق|انفاق|معمل|مصنع)$/u.test(next);
}
