import { describe, expect, it } from 'vitest';
import { articleHref, splitExcerpt } from './excerpt';

const article = 'مقدمة. اشتباكات قرب البوكمال على الحدود. خاتمة.';
const sentence = 'اشتباكات قرب البوكمال على الحدود.';
const sentence_start = article.indexOf(sentence);
const start = article.indexOf('البوكمال');

describe('splitExcerpt', () => {
	it('cuts at the article offsets, and the pieces rejoin to the verbatim sentence', () => {
		const out = splitExcerpt({ sentence, sentence_start, start, end: start + 8, text: 'البوكمال' });
		expect(out.mention).toBe('البوكمال');
		expect(out.before + out.mention + out.after).toBe(sentence);
		expect(out.before).toBe('اشتباكات قرب ');
	});
	it('falls back to the first occurrence when offsets disagree', () => {
		const out = splitExcerpt({ sentence, sentence_start: 0, start: 999, end: 1007, text: 'البوكمال' });
		expect(out.mention).toBe('البوكمال');
	});
	it('highlights nothing rather than something wrong', () => {
		const out = splitExcerpt({ sentence, sentence_start: 0, start: 0, end: 3, text: 'دمشق' });
		expect(out).toEqual({ before: sentence, mention: '', after: '' });
	});
});

describe('articleHref', () => {
	it('points at the mention anchor', () => {
		expect(articleHref({ article: '002_dd1c37901ee1dc00', start: 120 })).toBe('/articles/002_dd1c37901ee1dc00#m-120');
	});
});
