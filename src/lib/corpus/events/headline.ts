/**
 * A headline sums up what the body tells, never a second draft: «600 ألف حبة مخدرة غربي الرطبة وعبوة تستهدف دورية
 * للشرطة في هيت» over the body's «وفي هيت، انفجرت فجر اليوم عبوة ناسفة لاصقة بعجلة تابعة لشرطة القضاء»; «سنجار: جندي
 * قتيل وثلاثة جرحى في تفجير جديد..» over «انفجرت عبوة ناسفة مساء الاثنين … غربي سنجار». A reading the headline
 * leads (its clause is the headline's, whatever body mentions joined it) is the body's event of the same type, the one
 * whose clause holds the headline's own event word («مقتل 7 إرهابيين بضربة» over «مقتل سبعة إرهابيين … بضربة
 * جوية»), or else, when no body clause joined it, the one at the headline's own place (a headline's noun may be typed
 * otherwise: «عبوة تستهدف دورية» read as a patrol). The body's telling is the draft: its clause, day and place; by place alone its type too.
 */
import { merge, type Reading } from './readings';
import type { Span } from './scan';
import { norm } from '$lib/arabic/normalize';

const inside = (m: Span, h: Span) => m.start >= h.start && m.end <= h.end;
/** Where in the headline the body reading's place is named (offset into the text), or -1. */
function namedAt(r: Reading, headline: Span): number {
	if (!r.place || r.place.elsewhere) return -1;
	const name = norm(r.place.place.text).replace(/^(?:ال)/, '');
	const m = new RegExp(`(?<![\\p{L}])[وبلف]?(?:ال)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(norm(headline.text));
	return m && name.length >= 3 ? headline.start + m.index : -1;
}

/** The readings with each one the headline leads folded into the body's telling of it, when the body tells it. */
export function foldHeadline(readings: Reading[], headline: Span | null): Reading[] {
	if (!headline) return readings;
	const out = [...readings];
	const led = (x: Reading) => inside(x.ev.clause, headline);
	for (const h of out.filter(led)) {
		const body = out.filter((x) => x !== h && !led(x));
		const same = body.find((x) => x.ev.type === h.ev.type) ?? body.find((x) => x.ev.triggers.some((t) => t.entry.type === h.ev.trigger.entry.type));
		// By place: the body's reading whose place the headline names nearest the headline's event word.
		const near = (x: Reading) => Math.abs(namedAt(x, headline) - h.ev.trigger.start);
		// By place only a reading the headline alone tells: one that holds a body telling already is that telling's event.
		const at = same || !h.mentions.every((m) => inside(m, headline)) ? null : (body.filter((x) => namedAt(x, headline) >= 0).sort((a, b) => near(a) - near(b))[0] ?? null);
		const into = same ?? at;
		if (!into) continue;
		const m = merge(into, { ...h, place: into.place ?? h.place });
		out.splice(out.indexOf(h), 1);
		out[out.indexOf(into)] = at ? { ...m, ev: into.ev, when: into.when ?? m.when, place: into.place } : led(m) ? { ...m, ev: { ...m.ev, clause: into.ev.clause } } : m;
	}
	return out;
}
