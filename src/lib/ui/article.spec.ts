import { describe, expect, it } from 'vitest';
import type { ArticleMention } from '$lib/types';
import { segmentArticle } from './article';

const text = 'معبر البوكمال على الحدود مع العراق';
const m = (s: string, ref: string): ArticleMention => {
	const start = text.indexOf(s);
	return { ref, kind: 'place', start, end: start + s.length, text: s };
};

describe('segmentArticle', () => {
	it('rejoins to the verbatim text with every mention marked', () => {
		const segs = segmentArticle(text, [m('العراق', 'iraq'), m('البوكمال', 'albu-kamal')]);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.mention).map((s) => s.mention!.ref)).toEqual(['albu-kamal', 'iraq']);
	});
	it('drops a mention that overlaps an earlier one', () => {
		const segs = segmentArticle(text, [m('معبر البوكمال', 'crossing'), m('البوكمال', 'albu-kamal')]);
		expect(segs.filter((s) => s.mention).map((s) => s.mention!.ref)).toEqual(['crossing']);
		expect(segs.map((s) => s.text).join('')).toBe(text);
	});
});
