<<<<<<< HEAD
/** Excerpt-making lives in $lib/corpus/excerpts; re-exported here for older imports. */
export { ExcerptMaker, glossKey, sourceLine } from '$lib/corpus/excerpts';
=======
/** Turns verbatim spans of an article into excerpts: the sentence that holds them, the gloss, the source line. */
import { sentenceAt, sentenceSpans, type Span } from '$lib/corpus/sentences';
import type { ArticleMeta, Excerpt } from '$lib/types';
import type { RawArticle } from './load';

export class ExcerptMaker {
	readonly #spans = new Map<string, Span[]>();
	readonly #articles: Map<string, RawArticle>;
	readonly #glosses: Record<string, string>;

	constructor(articles: Map<string, RawArticle>, glosses: Record<string, string>) {
		this.#articles = articles;
		this.#glosses = glosses;
	}

	/** Key of a sentence in geodata/glosses.json. */
	static glossKey(article: string, sentenceStart: number): string {
		return `${article}@${sentenceStart}`;
	}

	make(article: string, start: number, end: number, ref: string, confidence: Excerpt['confidence'] = 'high'): Excerpt | null {
		const a = this.#articles.get(article);
		if (!a || start < 0 || end > a.text.length || start >= end) return null;
		let spans = this.#spans.get(article);
		if (!spans) this.#spans.set(article, (spans = sentenceSpans(a.text)));
		const s = sentenceAt(spans, start, end);
		const sStart = Math.min(s.start, start);
		const sEnd = Math.max(s.end, end);
		return {
			article,
			start,
			end,
			text: a.text.slice(start, end),
			sentence: a.text.slice(sStart, sEnd),
			sentence_start: sStart,
			sentence_end: sEnd,
			gloss_en: this.#glosses[ExcerptMaker.glossKey(article, sStart)] ?? null,
			ref,
			confidence,
			...sourceLine(a.meta)
		};
	}
}

export function sourceLine(meta: ArticleMeta) {
	return {
		outlet_en: meta.outlet_en?.value ?? null,
		outlet_ar: meta.outlet_ar?.value ?? null,
		reported_via: meta.reported_via?.value ?? null,
		headline_ar: meta.headline_ar?.value ?? null,
		headline_en: meta.headline_en ?? null,
		date: meta.date?.value ?? null,
		date_precision: meta.date?.precision ?? 'unknown'
	};
}
>>>>>>> i18n
