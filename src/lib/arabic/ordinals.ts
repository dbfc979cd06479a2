/**
 * Arabic ordinal day numbers as dates write them («الثاني من آب», «الحادي والعشرين من أيلول»),
 * normalised (norm: أ→ا, ة→ه, ى→ي) and mapped to 1–31.
 */
const UNITS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];

/** Normalised ordinal → day of the month. */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
	...UNITS.map((u, i) => [u, i + 1] as const),
	['العاشر', 10],
	['الحادي عشر', 11],
	...UNITS.slice(1).map((u, i) => [`${u} عشر`, i + 12] as const),
	['العشرين', 20],
	['الحادي والعشرين', 21],
	...UNITS.slice(1).map((u, i) => [`${u} والعشرين`, i + 22] as const),
	['الثلاثين', 30],
	['الحادي والثلاثين', 31]
]);

/** A regex alternation of the ordinals, longest first (so «الثاني عشر» wins over «الثاني»). */
export const ORDINAL_RE = [...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|');
