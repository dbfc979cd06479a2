/**
 * How one coding of a text's incidents is scored against another (tests/fixtures/corpus/events/):
 * the drafter's drafts against the gold (events-labelled.spec.ts), or a second analyst's coding
 * against the first (`npm run events:agreement`), by the same rules, so the two figures compare.
 *
 * Two incidents pair when their evidence spans overlap, or when the candidate's words fall in the
 * gold incident's sentence; pairs are taken best first (overlapping own evidence, then the same
 * type). A pair's date is right when the spans meet with a compatible precision, its place when it
 * lies within 15 km of the gold point or its words name the gold place.
 */
import { km } from '$lib/corpus/events/where';
import { sentenceAt, sentenceSpans } from '$lib/corpus/sentences';
import { norm } from '$lib/arabic/normalize';
import type { Draft } from '$lib/corpus/events/schema';

export interface Span {
	start: number;
	end: number;
}

/** An incident as gold.json codes it. */
export interface GoldIncident {
	article: string;
	evidence: string;
	event_type: string;
	type: string;
	date: { from: string; to: string; precision: string } | null;
	place: { name_ar: string; name_en: string; lon: number; lat: number; geo_precision: number } | null;
	actors: string[];
	fatalities: number | null;
	injuries?: number | null;
	same_as?: number | null;
}

/** What is scored of a candidate incident, whoever coded it. */
export interface Coded {
	evidence: Span;
	/** Other words it cites (a draft's place, date and type words); they pair it too, less strongly. */
	mentions: Span[];
	type: string;
	event_type: string;
	date: { from: string | null; to: string | null; precision: string } | null;
	/** Its point, and the words that name the place (a draft's place evidence, a coder's name_ar). */
	place: { lon: number | null; lat: number | null; words: string; geo_precision: number } | null;
	actors: string[];
	fatalities: number | null;
}

export function fromDraft(d: Draft): Coded {
	const p = d.place;
	return {
		evidence: d.evidence,
		mentions: d.mentions,
		type: d.type,
		event_type: d.event_type,
		date: d.date,
		place: p ? { lon: p.lon, lat: p.lat, words: p.evidence.text, geo_precision: p.geo_precision } : null,
		actors: [...new Set(d.actors.map((a) => a.id))],
		fatalities: d.fatalities?.value ?? null
	};
}

/** A gold incident of `text` as a candidate (a second coder's coding); null if its evidence is not in the text. */
export function fromGold(g: GoldIncident, text: string): Coded | null {
	const start = text.indexOf(g.evidence);
	if (start < 0) return null;
	const p = g.place;
	return {
		evidence: { start, end: start + g.evidence.length },
		mentions: [],
		type: g.type,
		event_type: g.event_type,
		date: g.date,
		place: p ? { lon: p.lon, lat: p.lat, words: p.name_ar, geo_precision: p.geo_precision } : null,
		actors: [...new Set(g.actors)],
		fatalities: g.fatalities
	};
}

export interface Judged {
	/** Index into the article's gold list and candidate list. */
	gi: number;
	ci: number;
	type: boolean;
	event_type: boolean;
	date: boolean;
	place: boolean;
	geo_precision: boolean;
	fatalities: boolean;
	/** Candidate actors that the gold incident names too. */
	actorHits: number;
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Pairs one article's candidates with its gold incidents and judges each pair's fields. Gold evidence must be verbatim in `text`. */
export function judgeArticle(text: string, golds: readonly GoldIncident[], cands: readonly Coded[]): { pairs: Judged[]; spans: Span[] } {
	const sentences = sentenceSpans(text);
	const at = golds.map((g) => {
		const start = text.indexOf(g.evidence);
		return { start, end: start + g.evidence.length };
	});
	const pairs: { ci: number; gi: number; score: number }[] = [];
	cands.forEach((c, ci) => {
		golds.forEach((g, gi) => {
			const sentence = sentenceAt(sentences, at[gi].start, at[gi].end);
			const own = overlap(c.evidence, at[gi]) ? 2 : c.mentions.some((m) => overlap(m, at[gi])) ? 1 : 0;
			const near = [c.evidence, ...c.mentions].some((m) => overlap(m, sentence)) ? 0.5 : 0;
			if (own || near) pairs.push({ ci, gi, score: own + near + (c.type === g.type ? 3 : 0) });
		});
	});
	pairs.sort((a, b) => b.score - a.score);
	const usedC = new Set<number>();
	const usedG = new Set<number>();
	const out: Judged[] = [];
	for (const { ci, gi } of pairs) {
		if (usedC.has(ci) || usedG.has(gi)) continue;
		usedC.add(ci);
		usedG.add(gi);
		const g = golds[gi];
		const c = cands[ci];
		const date = g.date && c.date && c.date.from !== null && c.date.to !== null ? c.date.from <= g.date.to && g.date.from <= c.date.to && (c.date.precision === g.date.precision || c.date.precision === 'approximate' || g.date.precision === 'approximate') : false;
		const p = c.place;
		const place = g.place === null ? p === null : p !== null && ((p.lon !== null && p.lat !== null && km(p as { lon: number; lat: number }, g.place) <= 15) || norm(p.words).includes(norm(g.place.name_ar)));
		const ga = new Set(g.actors);
		out.push({
			gi,
			ci,
			type: c.type === g.type,
			event_type: c.event_type === g.event_type,
			date,
			place,
			geo_precision: (g.place === null && p === null) || (g.place !== null && p !== null && place && p.geo_precision === g.place.geo_precision),
			fatalities: c.fatalities === g.fatalities,
			actorHits: c.actors.filter((a) => ga.has(a)).length
		});
	}
	return { pairs: out, spans: at };
}
