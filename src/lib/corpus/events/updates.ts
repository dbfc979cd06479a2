/**
 * A toll updated later in the text: a live post or a follow-up paragraph («تحديث: ارتفاع عدد المصابين
 * إلى ٧», «وارتفعت حصيلة القتلى إلى خمسة») raises the count of the event told before it. The event
 * takes the latest figure, with the update's words as evidence (gold: "the latest figure").
 */
import { normalize } from '$lib/arabic/normalize';
import type { Count } from './numbers';
import { findNumbers } from './number-words';

const UPDATE = /(?:ارتفاع|ارتفع|ارتفعت|وارتفع|وارتفعت|ليرتفع|لترتفع)\s+(?:عدد|حصيله)\s+(القتلي|الضحايا|الشهداء|المصابين|الجرحي|الاصابات)(?:\s+\p{L}+){0,2}\s+(?:الي|ل)\s*/gu;

/**
 * «وفاة طفل ثانٍ متأثراً بجراحه», «توفي جندي ثالث», «فارقت امرأة رابعة الحياة»: a death told with an ordinal makes the
 * toll that ordinal (the second dead: two).
 */
const ORDINAL_DEATH = /(?:وفاه|توفي|توفيت|فارق|فارقت|قضي|استشهد|مقتل|ارتقاء|وقتل)\s+(?:ال)?\p{L}+\s+(?:ال)?(ثان|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه)(?![\p{L}])/gu;
const RUMOUR = /تداول|انباء عن|انباء تفيد|لم يتسن|لم يتمكن|لم يتم التحقق|غير مؤكد|شايعات/;
const ORDINALS: Record<string, number> = { ثان: 2, ثاني: 2, ثانيه: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5, سادس: 6, سادسه: 6 };

/** Readings of `text` (in text order) with every toll update applied to the last one told before it. */
export function applyUpdates<T extends { fatalities: Count | null; injuries: Count | null }>(text: string, drafts: T[], at: (x: T) => { start: number; type: string }): T[] {
	const n = normalize(text);
	for (const m of n.text.matchAll(UPDATE)) {
		const start = n.map[m.index];
		const tail = n.map[m.index + m[0].length - 1] + 1;
		const num = findNumbers(text, tail, Math.min(text.length, tail + 24)).find((x) => x.start - tail <= 2 && x.value !== null);
		const target = [...drafts].reverse().find((d) => at(d).start < start && (d.fatalities !== null || d.injuries !== null || /ied|landmine|suicide|shelling|strike|clash|attack|assassination/.test(at(d).type)));
		if (!num || !target) continue;
		const field = /القتلي|الضحايا|الشهداء/.test(m[1]) ? 'fatalities' : 'injuries';
		const old = target[field]?.value ?? null;
		if (old !== null && old >= num.value!) continue;
		target[field] = { value: num.value, approximate: num.approximate, evidence: [{ start, end: num.end, text: text.slice(start, num.end) }], note: `the latest figure, updated from ${old ?? 'none'}` };
	}
	for (const m of n.text.matchAll(ORDINAL_DEATH)) {
		const start = n.map[m.index];
		const end = n.map[m.index + m[0].length - 1] + 1;
		const value = ORDINALS[m[1]];
		// «تداولت صفحات أنباء عن مقتل شاب ثانٍ، لم يتسنَّ التحقق منها»: a rumour updates nothing.
		const line = n.text.slice(n.text.lastIndexOf('\n', m.index) + 1, (n.text.indexOf('\n', m.index) + 1 || n.text.length + 1) - 1);
		if (RUMOUR.test(line)) continue;
		// The second dead presupposes one: the event it adds to is the last told with one fewer.
		const target = [...drafts].reverse().find((d) => at(d).start < start && d.fatalities?.value === value - 1);
		if (!target) continue;
		target.fatalities = { value, approximate: false, evidence: [{ start, end, text: text.slice(start, end) }], note: `the latest figure: the death of a ${m[1]} one` };
	}
	return drafts;
}
