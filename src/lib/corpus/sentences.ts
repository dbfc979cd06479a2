/**
 * Sentence spans of an article. A sentence ends at . ! ? ؟ ؛ or … followed by white space (and any
 * closing quotes), or at a line break. "1.27" is not an end: the stop must be followed by space; nor is
 * the stop of an initial («الشاب (ع. ح)، 24 عاماً», «المدعو م. خ. من أبناء البلدة»).
 */
export interface Span {
	start: number;
	end: number;
}

const CLOSERS = '"\'”’»)]';

/**
 * Local pages name people by their initials: «الشاب (ع. ح)», «المدعو م. خ.». A lone letter's stop is no sentence
 * end when the letter opens a bracket, or when another lone letter follows it and closes a bracket or takes a stop
 * of its own, or is itself the second of two. A lone letter ending a plain sentence («… المرحلة ب. ثم …») still ends it.
 */
function initial(text: string, i: number): boolean {
	const before = text.slice(Math.max(0, i - 2), i);
	if (!/(?:^|[\s(«"])\p{L}$/u.test(before) && !(i === 1 && /\p{L}/u.test(text[0]))) return false;
	if (/[(«"]$/u.test(text.slice(Math.max(0, i - 2), i - 1))) return true;
	// The second of two initials («م. خ. من أبناء القرية»).
	if (/(?:^|[\s(«"])\p{L}\.\s\p{L}$/u.test(text.slice(Math.max(0, i - 5), i))) return true;
	return /^\s\p{L}[.)]/u.test(text.slice(i + 1, i + 4));
}

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
		if ('.!?؟؛…'.includes(ch) && !(ch === '.' && initial(text, i))) {
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
