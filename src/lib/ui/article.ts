import type { ArticleMention } from '$lib/types';

export interface Segment {
	text: string;
	mention: ArticleMention | null;
}

/**
 * The article cut into plain runs and mentions, in order, so every mention can be highlighted
 * as text. Overlapping mentions keep the one that starts first (the longer on a tie); the runs
 * always rejoin to the verbatim text.
 * @example segmentArticle('a Albu Kamal b', [{ start: 2, end: 12, … }]).map((s) => s.text) // ['a ', 'Albu Kamal', ' b']
 */
export function segmentArticle(text: string, mentions: ArticleMention[]): Segment[] {
	const sorted = [...mentions]
		.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Segment[] = [];
	let at = 0;
	for (const m of sorted) {
		if (m.start < at) continue;
		if (m.start > at) out.push({ text: text.slice(at, m.start), mention: null });
		out.push({ text: text.slice(m.start, m.end), mention: m });
		at = m.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), mention: null });
	return out;
}
