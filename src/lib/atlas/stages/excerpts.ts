/** Stage 2, excerpts: every place mention as an excerpt (sentence, gloss, source line), grouped by place. */
import type { ExcerptMaker } from '$lib/corpus/excerpts';
import type { Mention } from '$lib/corpus/match';
import type { Excerpt } from '$lib/types';

export function placeExcerpts(mentions: ReadonlyMap<string, Mention[]>, maker: ExcerptMaker): Map<string, Excerpt[]> {
	const byPlace = new Map<string, Excerpt[]>();
	for (const [article, list] of mentions) {
		for (const m of list) {
			const ex = maker.make(article, m.start, m.end, m.ref, m.confidence);
			if (!ex) continue;
			const found = byPlace.get(m.ref);
			if (found) found.push(ex);
			else byPlace.set(m.ref, [ex]);
		}
	}
	return byPlace;
}
