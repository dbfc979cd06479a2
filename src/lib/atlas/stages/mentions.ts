/** Stage 1, mentions: where each article names a gazetteer place (verbatim offsets). */
import { Matcher, type Mention } from '$lib/corpus/match';
import type { GazetteerEntry } from '$lib/schema/gazetteer';

export function findMentions(articles: readonly { id: string; text: string }[], gazetteer: { entries: GazetteerEntry[]; stop_phrases: string[] }): Map<string, Mention[]> {
	const matcher = new Matcher(gazetteer.entries, gazetteer.stop_phrases);
	return new Map(articles.map((a) => [a.id, matcher.find(a.text)]));
}
