/**
 * Unknown places proposed from open records: every name in an article that the gazetteer does not
 * cover but a GeoNames / Natural Earth record carries, with the verbatim sentence and a score whose
 * reasons are spelled out. Nothing here is drawn: a person accepts a candidate
 * (`npm run gazetteer -- accept <geonameid>`), which writes a gazetteer entry.
 */
import { Matcher, type MatchableEntry, type Mention } from './match';
import { norm, stripTashkeel } from '$lib/arabic/normalize';
import { sentenceAt, sentenceSpans } from './sentences';
import { countryCue, nameContext, type NameContext } from './context';
import type { PlaceRecord } from './records';
import { TASHKEEL_CLASS } from '$lib/arabic/script';
import { insideSpans, outletSpans } from './outletNames';
import { contextScore, FRONTIER, recordScore } from './candidate-score';

// Words: letters with the marks and tatweel written inside them.
const WORDS = new RegExp(`[\\p{L}${TASHKEEL_CLASS}\\u0640]+`, 'gu');

/** The gazetteer as candidates need it: names to cover, recipes that say which records are already in. */
export interface KnownPlace extends MatchableEntry {
	geometry?: unknown;
	scope?: string;
	name_en?: string;
	name_ar?: string;
	note?: string | null;
}

export interface ScoredRecord extends PlaceRecord {
	score: number;
	reasons: string[];
}

export type Verdict = 'likely' | 'possible' | 'doubtful';

export interface Candidate {
	/** `<article>@<start>`. */
	key: string;
	article: string;
	start: number;
	end: number;
	/** The name as written, verbatim: `articleText.slice(start, end)`. */
	text: string;
	sentence: string;
	sentence_start: number;
	sentence_end: number;
	/** Score of the best record, and the verdict it gives. */
	score: number;
	verdict: Verdict;
	/** What the words around the name say (shared by every record). */
	context: NameContext;
	/** A gazetteer entry already drawn from this record: the text spells it in a way the entry lacks. */
	variant_of: string | null;
	/** The records this name may be, best first. */
	records: ScoredRecord[];
}

/** A place-like phrase (a trigger noun and the word after it) that neither the gazetteer nor any record covers. */
export interface Unresolved {
	article: string;
	start: number;
	end: number;
	text: string;
	sentence: string;
}

/** A gazetteer place the texts name that is not drawn (no geometry, or outside the frontier map). */
export interface NotDrawn {
	ref: string;
	name_en: string;
	name_ar: string;
	article: string;
	start: number;
	end: number;
	text: string;
	reason: string;
}

export interface CandidateReport {
	candidates: Candidate[];
	unresolved: Unresolved[];
	not_drawn: NotDrawn[];
}

/** A candidate at or above this score is proposed for review. */
export const PROPOSE_AT = 1;
export const LIKELY_AT = 3;

export const verdictOf = (score: number): Verdict => (score >= LIKELY_AT ? 'likely' : score >= PROPOSE_AT ? 'possible' : 'doubtful');

/** Record ids a recipe draws on: `geonames:<id>`, `ne-admin1:<code>`, `ne-river:<name>`. */
export function recordIdsOf(recipe: unknown): string[] {
	if (!recipe || typeof recipe !== 'object') return [];
	const r = recipe as Record<string, unknown>;
	if (typeof r.ref === 'string') {
		const w = (r.where ?? {}) as Record<string, unknown>;
		if (w.geonameid !== undefined) return [`geonames:${w.geonameid}`];
		if (r.ref === 'governorates' && w.adm1_code !== undefined) return [`ne-admin1:${w.adm1_code}`];
		if (r.ref === 'rivers' && w.river !== undefined) return [`ne-river:${w.river}`];
		return [];
	}
	return Object.values(r).flatMap((v) => (Array.isArray(v) ? v.flatMap(recordIdsOf) : recordIdsOf(v)));
}

interface Input {
	articles: readonly { id: string; text: string }[];
	gazetteer: { entries: readonly KnownPlace[]; stop_phrases: readonly string[] };
	records: readonly PlaceRecord[];
}

/** Scans every article for names the gazetteer does not cover. Pure: same input, same report. */
export function findCandidates({ articles, gazetteer, records }: Input): CandidateReport {
	const known = new Matcher([...gazetteer.entries], [...gazetteer.stop_phrases]);
	const byName = new Map<string, PlaceRecord[]>();
	for (const r of records)
		for (const n of r.names_ar) {
			const k = norm(n);
			if (k.length < 2) continue;
			const list = byName.get(k) ?? [];
			if (!list.some((x) => x.id === r.id)) list.push(r);
			byName.set(k, list);
		}
	const names = new Matcher(
		[...byName.keys()].map((k) => ({ id: k, variants: [k] })),
		[...gazetteer.stop_phrases]
	);
	const entryOf = new Map<string, string>();
	for (const e of gazetteer.entries) for (const id of recordIdsOf(e.geometry)) entryOf.set(id, e.id);
	const entries = new Map(gazetteer.entries.map((e) => [e.id, e]));
	const knownNames = new Set(gazetteer.entries.flatMap((e) => e.variants.map((v) => norm(typeof v === 'string' ? v : v.text))));

	const out: CandidateReport = { candidates: [], unresolved: [], not_drawn: [] };
	for (const a of articles) {
		const spans = sentenceSpans(a.text);
		const knownHere = known.find(a.text);
		for (const k of knownHere) {
			const e = entries.get(k.ref);
			if (e && (!e.geometry || e.scope === 'outside'))
				out.not_drawn.push({ ref: k.ref, name_en: e.name_en ?? k.ref, name_ar: e.name_ar ?? '', article: a.id, start: k.start, end: k.end, text: k.text, reason: e.note ?? (e.geometry ? 'outside the frontier map' : 'no geometry') });
		}
		// A known outlet's name written as the outlet («(بترا)» in a credit line, «قناة الحدث») is no place, as in the mentions stage.
		const outlets = outletSpans(a.text);
		const found = names.find(a.text).filter((m) => !insideSpans(m, outlets));
		for (const m of found) {
			const recs = byName.get(m.ref) ?? [];
			const cover = knownHere.find((k) => k.start <= m.start && m.end <= k.end) ?? knownHere.find((k) => m.start < k.end && k.start < m.end);
			// The gazetteer has decided what this name is: it is one of its spellings, or the record of the entry around it.
			const covered = cover && (knownNames.has(m.ref) || (cover.start === m.start && cover.end === m.end) || recs.some((r) => entryOf.get(r.id) === cover.ref));
			if (covered) continue;
			out.candidates.push(candidate(a, m, recs, spans, cover ?? null, entryOf));
		}
		out.unresolved.push(...unresolvedIn(a, knownHere, found, spans));
	}
	return out;
}

function candidate(a: { id: string; text: string }, m: Mention, recs: PlaceRecord[], spans: ReturnType<typeof sentenceSpans>, cover: Mention | null, entryOf: Map<string, string>): Candidate {
	const s = sentenceAt(spans, m.start, m.end);
	const sentence = a.text.slice(s.start, s.end);
	const context = nameContext(a.text, m.start, m.end, s.start);
	const base = contextScore(context, m.text);
	if (cover) (base.score -= 6), base.reasons.push(`−6 inside the known name «${cover.text}» (${cover.ref})`);
	const cue = countryCue(sentence, m.start - s.start);
	const across = countryCue(sentence, m.start - s.start, true);
	const variantOf = recs.map((r) => entryOf.get(r.id)).find((x) => x) ?? null;
	const scored = recs
		.map((r) => {
			const own = recordScore(r, r.country && !FRONTIER.has(r.country) ? across : cue, recs.length);
			const known = entryOf.get(r.id);
			const extra = known ? [`the record of gazetteer entry ${known}: add «${stripTashkeel(m.text)}» to its variants`] : [];
			return { ...r, score: base.score + own.score, reasons: [...base.reasons, ...own.reasons, ...extra] };
		})
		.sort((x, y) => y.score - x.score || (y.population ?? 0) - (x.population ?? 0) || x.id.localeCompare(y.id));
	const score = scored[0]?.score ?? base.score;
	return {
		key: `${a.id}@${m.start}`,
		article: a.id,
		start: m.start,
		end: m.end,
		text: m.text,
		sentence,
		sentence_start: s.start,
		sentence_end: s.end,
		score,
		verdict: verdictOf(score),
		context,
		variant_of: variantOf,
		records: scored
	};
}

/** Adjectives and function words that follow a place noun without naming a place (مدينة سورية، منطقة حدودية). */
const NOT_NAMES = new Set(
	['سورية', 'سوري', 'عراقية', 'عراقي', 'حدودية', 'حدودي', 'واحدة', 'أخرى', 'كبيرة', 'صغيرة', 'الحدود', 'آمنة', 'عازلة', 'التي', 'الذي', 'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'أو', 'و', 'هذه', 'ذلك', 'تلك', 'كل', 'أي', 'رئيسية', 'استراتيجية', 'خاضعة', 'مشتركة', 'جديدة', 'قريبة', 'نائية', 'صحراوية', 'الصحراوية', 'الحدودية', 'شاسعة', 'واسعة', 'إقليمية', 'دولية', 'محلية', 'عربية'].map(norm)
);

function unresolvedIn(a: { id: string; text: string }, knownHere: Mention[], found: Mention[], spans: ReturnType<typeof sentenceSpans>): Unresolved[] {
	const out: Unresolved[] = [];
	const taken = [...knownHere, ...found];
	const words = [...a.text.matchAll(WORDS)];
	for (let i = 0; i + 1 < words.length; i++) {
		const [w, next] = [words[i], words[i + 1]];
		const start = w.index!;
		const ctx = nameContext(a.text, next.index!, next.index! + next[0].length, start);
		if (!ctx.trigger || !/^[\s\u00A0]+$/.test(a.text.slice(start + w[0].length, next.index!))) continue;
		const nStart = next.index!;
		const nEnd = nStart + next[0].length;
		if (NOT_NAMES.has(norm(next[0])) || taken.some((t) => t.start < nEnd && nStart < t.end)) continue;
		// Start at the place noun itself, without an attached و ب ل ف (وناحية → ناحية).
		let from = start;
		while (from - start < 2 && /[وفبل]/.test(a.text[from]) && nameContext(a.text, nStart, nEnd, from + 1).trigger) from++;
		const s = sentenceAt(spans, from, nEnd);
		out.push({ article: a.id, start: from, end: nEnd, text: a.text.slice(from, nEnd), sentence: a.text.slice(s.start, s.end) });
	}
	return out;
}
