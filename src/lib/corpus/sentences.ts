/**
 * Sentence spans of an article. A sentence ends at . ! ? ؟ ؛ or … followed by white space (and any
 * closing quotes), or at a line break. "1.27" is not an end: the stop must be followed by space.
 */
export interface Span {
	start: number;
	end: number;
}

const CLOSERS = '"\'”’»)]';

export function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	const push = (s: number, e: number) => {
		while (s < e && /\s/u.test(text[s])) s++;
		while (e > s && /\s/u.test(text[e - 1])) e--;
		if (e > s) spans.push({ start: s, end: e });
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\n') {
			push(start, i);
			start = i + 1;
			continue;
		}
		if ('.!?؟؛…'.includes(ch)) {
			let j = i + 1;
			while (j < text.length && CLOSERS.includes(text[j])) j++;
			if (j >= text.length || /\s/u.test(text[j])) {
				push(start, j);
				start = j;
				i = j - 1;
			}
		}
	}
	push(start, text.length);
	return spans;
}

/** The sentence that contains `[start, end)`; a mention never crosses a sentence end. */
export function sentenceAt(spans: Span[], start: number, end: number): Span {
	for (const s of spans) if (s.start <= start && end <= s.end) return s;
	return { start, end };
}
