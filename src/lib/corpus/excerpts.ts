/**
 * Turns verbatim spans of an article into excerpts: the sentence that holds them, the gloss, the
 * source line. `articleText.slice(start, end) === text` always; a span that is not inside the
 * article gives no excerpt.
 */
import { sentenceAt, sentenceSpans, type Span } from './sentences';
import type { ArticleMeta, Excerpt } from '$lib/types';

export interface ExcerptSource {
	id: string;
	text: string;
	meta: ArticleMeta;
}

/** Key of a sentence in geodata/glosses.json. */
export function glossKey(article: string, sentenceStart: number): string {
	return `${article}@${sentenceStart}`;
}

export class ExcerptMaker {
	readonly #spans = new Map<string, Span[]>();
	readonly #articles: ReadonlyMap<string, ExcerptSource>;
	readonly #glosses: Record<string, string>;

	constructor(articles: ReadonlyMap<string, ExcerptSource>, glosses: Record<string, string>) {
		this.#articles = articles;
		this.#glosses = glosses;
	}

	static glossKey = glossKey;

	/** The sentence span of an article that holds `[start, end)` (the span itself where none does). */
	sentence(article: string, start: number, end: number): Span | null {
		const a = this.#articles.get(article);
		if (!a || start < 0 || end > a.text.length || start >= end) return null;
		let spans = this.#spans.get(article);
		if (!spans) this.#spans.set(article, (spans = sentenceSpans(a.text)));
		const s = sentenceAt(spans, start, end);
		return { start: Math.min(s.start, start), end: Math.max(s.end, end) };
	}

	make(article: string, start: number, end: number, ref: string, confidence: Excerpt['confidence'] = 'high'): Excerpt | null {
		const s = this.sentence(article, start, end);
		if (!s) return null;
		const a = this.#articles.get(article)!;
		return {
			article,
			start,
			end,
			text: a.text.slice(start, end),
			sentence: a.text.slice(s.start, s.end),
			sentence_start: s.start,
			sentence_end: s.end,
			gloss_en: this.#glosses[glossKey(article, s.start)] ?? null,
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
