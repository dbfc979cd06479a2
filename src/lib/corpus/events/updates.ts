/**
 * A toll updated later in the text: a live post or a follow-up paragraph («تحديث: ارتفاع عدد المصابين
 * إلى ٧», «وارتفعت حصيلة القتلى إلى خمسة») raises the count of the event told before it. The event
 * takes the latest figure, with the update's words as evidence (gold: "the latest figure").
 */
import { normalize } from '$lib/arabic/normalize';
import type { Count } from './numbers';
import { findNumbers } from './number-words';

const UPDATE = /(?:ارتفاع|ارتفع|ارتفعت|وارتفع|وارتفعت|ليرتفع|لترتفع)\s+(?:عدد|حصيله)\s+(القتلي|الضحايا|الشهداء|المصابين|الجرحي|الاصابات)(?:\s+\p{L}+){0,2}\s+(?:الي|ل)\s*/gu;

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
	return drafts;
}
