/**
 * Stage 1, mentions: where each article names a gazetteer place (verbatim offsets). A place name
 * inside an outlet's name, where the text names the outlet («لـ"بغداد اليوم"», the credit line), is
 * the outlet, not the place ($lib/corpus/outletNames).
 */
import { Matcher, type Mention } from '$lib/corpus/match';
import { insideSpans, outletSpans } from '$lib/corpus/outletNames';
import type { GazetteerEntry } from '$lib/schema/gazetteer';

export function findMentions(articles: readonly { id: string; text: string }[], gazetteer: { entries: GazetteerEntry[]; stop_phrases: string[] }): Map<string, Mention[]> {
	const matcher = new Matcher(gazetteer.entries, gazetteer.stop_phrases);
	return new Map(
		articles.map((a) => {
			const outlets = outletSpans(a.text);
			return [a.id, matcher.find(a.text).filter((m) => !insideSpans(m, outlets))];
		})
	);
}
