import type { Excerpt } from '$lib/types';

/**
 * The excerpt's sentence cut around its mention, so the mention can be highlighted as text.
 * The offsets are article offsets; the sentence starts at `sentence_start`. If they ever
 * disagree with the text, the first verbatim occurrence is used, and failing that nothing is
 * highlighted (the sentence is still shown whole and verbatim).
 * @example splitExcerpt(ex) // { before: 'قرب ', mention: 'البوكمال', after: ' على الحدود' }
 */
export function splitExcerpt(e: Pick<Excerpt, 'sentence' | 'sentence_start' | 'start' | 'end' | 'text'>): {
	before: string;
	mention: string;
	after: string;
} {
	const s = e.sentence;
	let a = e.start - e.sentence_start;
	let b = e.end - e.sentence_start;
	if (s.slice(a, b) !== e.text) {
		a = e.text ? s.indexOf(e.text) : -1;
		if (a < 0) return { before: s, mention: '', after: '' };
		b = a + e.text.length;
	}
	return { before: s.slice(0, a), mention: s.slice(a, b), after: s.slice(b) };
}

/** The article page's anchor for one mention. */
export function mentionAnchor(start: number): string {
	return `m-${start}`;
}

/** Link from an excerpt to its whole article, scrolled to this mention. */
export function articleHref(e: Pick<Excerpt, 'article' | 'start'>): string {
	return `/articles/${encodeURIComponent(e.article)}#${mentionAnchor(e.start)}`;
}
