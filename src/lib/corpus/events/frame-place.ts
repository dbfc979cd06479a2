/**
 * A place that only frames a clause: fronted before its comma («وفي كركوك، أفاد مصدر … بأن مسلحين اختطفوا
 * راعياً على أطراف الحويجة»), a round-up's label («• كركوك: قُتل مزارع … جنوب غربي الحويجة»), or the city of
 * the governorate named after a town («عُثر على جثة راعٍ قرب قضاء الحويجة في كركوك»). Such a place says under
 * which heading or in which province the story stands; the town the clause goes on to name, even only near
 * it, is where it happened. where.ts weighs a frame like a place that only locates another: below every other
 * place of the clause, above where people came from. A frame with no other place is all the clause gives. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';
import { km } from './distance';

/** A place with its point and kind: a frame gives way only to a town it may contain. */
type Placed = Span & { lon: number | null; lat: number | null; kind: string };
/** Kinds no frame gives way to: a region, a border, a province is no town the frame contains («لبحث ضبط الحدود»). */
const WIDE = new Set(['governorate', 'country', 'region', 'desert-region', 'border', 'border-area', 'corridor', 'river', 'pipeline']);
/** How far from the frame the town may lie: a province's towns, not another province's («إلى الطب العدلي في الرمادي»). */
const WITHIN_KM = 80;
const inside = (frame: Placed, o: Placed) => !WIDE.has(o.kind) && frame.lon !== null && frame.lat !== null && o.lon !== null && o.lat !== null && km(frame as { lon: number; lat: number }, o as { lon: number; lat: number }) <= WITHIN_KM;

/** Before a fronted frame: the start of the clause, a bullet or dash, «وفي»، «أما في», «في محافظة/مدينة». */
const FRONT = /^[\s\u00A0•▪️◾●■*\-–—]*(?:[وف]?(?:اما\s+)?في\s+(?:(?:محافظه|مدينه)\s+)?)?$/u;
/** A settlement's noun: the town before «في X» is announced as one («قضاء الحويجة في كركوك»). */
const SETTLEMENT = /(?:^|\s)[وفبل]?(?:ال)?(?:قضاء|ناحيه|بلده|قريه|مدينه|مخيم|حي)\s+$/u;
const SETTLEMENT_NAME = /^[وفبل]?(?:ال)?(?:قضاء|ناحيه|بلده|قريه|مدينه|مخيم|حي)\s/u;
/** People of a town: the town is where they come from, not one a city locates. */
const PEOPLE = /(?:^|\s)[وفبل]?(?:ال)?(?:ابناء|ابن|اهالي|سكان|عشاير|عشيره|نازحي|مهجري)\s+(?:\p{L}+\s+)?$/u;

/** Whether `m` is fronted before its comma or a label's colon at the head of `clause` (or of its line). */
function fronted(text: string, clause: Span, m: Span): boolean {
	const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
	const head = Math.max(clause.start, lineStart);
	if (m.start < head) return false;
	return FRONT.test(norm(text.slice(head, m.start))) && /^\s*[،,:]/u.test(text.slice(m.end, m.end + 3));
}

/** Whether `m` is the city «في X» right after a town announced by its settlement noun («قرب قضاء الحويجة في كركوك»). */
function cityOf(text: string, places: readonly Placed[], m: Placed): boolean {
	return places.some((o) => {
		if (!inside(m, o)) return false;
		if (o.end > m.start || !/^\s+في\s+$/u.test(norm(text.slice(o.end, m.start)))) return false;
		const before = norm(text.slice(Math.max(0, o.start - 20), o.start));
		return (SETTLEMENT.test(before) || SETTLEMENT_NAME.test(norm(o.text))) && !PEOPLE.test(before);
	});
}

/**
 * Whether `m` only frames `clause`, the clause naming another of `places` after it: fronted before a comma or
 * a colon, or the city after a town «في X» — when that place is a town within 80 km of it, not a region.
 */
export function framesOnly(text: string, clause: Span, m: Placed, places: readonly Placed[]): boolean {
	if (cityOf(text, places, m)) return true;
	// «وفي قضاء حديثة، عُثر على جثة …»: a town announced by its own noun is the event's town, not a heading.
	if (SETTLEMENT_NAME.test(norm(m.text)) || SETTLEMENT.test(norm(text.slice(Math.max(clause.start, m.start - 12), m.start)))) return false;
	return fronted(text, clause, m) && places.some((o) => o !== m && o.start >= m.end && o.end <= clause.end && inside(m, o));
}
