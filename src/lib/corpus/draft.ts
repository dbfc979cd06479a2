/**
 * A draft of an article's metadata from its text alone, for `npm run add`: language, headline (the
 * first line), date line, date (every month-name tradition, Hijri too), outlet and the agencies it
 * relays. Every value comes with the verbatim words that support it; what cannot be found is null
 * with a note saying so, for a person to review.
 */
import { ArticleMetaSchema, type ArticleMeta, type Evidence } from '$lib/schema/article';
import * as v from 'valibot';
import { findDates, type DateMention } from './dates';
import { Matcher, type Mention } from './match';
import { stripTashkeel } from '$lib/arabic/normalize';
import { KNOWN_OUTLETS } from './outlets';

type Field = ArticleMeta['language'];

const DRAFTED = 'Drafted by npm run add; review.';
const ev = (text: string, start: number, end: number): Evidence => ({ start, end, text: text.slice(start, end) });
const known = (value: string, evidence: Evidence[], note: string | null = DRAFTED): Field => ({ value, evidence, note });
const unknown = (note: string): Field => ({ value: null, evidence: [], note: `${note} ${DRAFTED}` });

interface Line {
	start: number;
	end: number;
}

/** Non-empty lines with their verbatim offsets, white space trimmed. */
export function lines(text: string): Line[] {
	const out: Line[] = [];
	for (const m of text.matchAll(/[^\n]+/g)) {
		let s = m.index;
		let e = s + m[0].length;
		while (s < e && /\s/u.test(text[s])) s++;
		while (e > s && /\s/u.test(text[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e });
	}
	return out;
}

const outletMatcher = new Matcher(KNOWN_OUTLETS.map((o) => ({ id: o.en, variants: o.ar })));
const outletOf = new Map(KNOWN_OUTLETS.map((o) => [o.en, o]));

/**
 * The date line: a short first line with a date, or the opening of a line up to a dash — the town,
 * then short dash-separated parts («دير الزور – عنب بلدي – 12 أيار/ مايو 2025 –», «الأنبار (الأحد 4
 * آذار 2025) –»), as far as the last part that holds a date or an outlet. First lines only.
 */
function findDateline(text: string, ls: Line[], dates: DateMention[], outlets: Mention[]): Line | null {
	const words = (a: number, b: number) => text.slice(a, b).trim().split(/\s+/).length;
	for (const l of ls.slice(0, 3)) {
		const hasDate = dates.some((d) => d.start >= l.start && d.end <= l.end);
		if (hasDate && words(l.start, l.end) <= 8) return l;
		const window = Math.min(l.end, l.start + 160);
		const marked = (a: number, b: number) => dates.some((x) => x.start >= a && x.end <= b) || outlets.some((x) => x.start >= a && x.end <= b);
		let from = l.start;
		let end: number | null = null;
		for (const dash of text.slice(l.start, window).matchAll(/\s*[-–—]\s/gu)) {
			const to = l.start + dash.index;
			// The first part may be long (a town, a weekday, a Hijri and a Gregorian date, an outlet); later parts are a few words.
			if (to - from < 2 || (from > l.start && words(from, to) > 5) || to - l.start > 120) break;
			if (marked(from, to)) end = to;
			from = to + dash[0].length;
		}
		// A line made only of such parts ends with the last one.
		if (from > l.start && l.end <= window && words(from, l.end) <= 5 && marked(from, l.end)) end = l.end;
		if (end !== null) return { start: l.start, end };
	}
	return null;
}

export interface DraftOptions {
	/** Places the text names, to read the city of a date line: offsets and English name. */
	places?: { start: number; end: number; name_en: string }[];
}

export function draftMeta(id: string, text: string, opts: DraftOptions = {}): ArticleMeta {
	const ls = lines(text);
	const dates = findDates(text);
	const outlets = outletMatcher.find(text);
	const dl = findDateline(text, ls, dates, outlets);
	const inside = (x: { start: number; end: number }, l: Line | null) => !!l && x.start >= l.start && x.end <= l.end;

	// Language: the share of Arabic letters among all letters. Its own class, not $lib/arabic/script's:
	// it counts Persian and Urdu letters (U+0671–06D3) and tatweel but not the presentation forms or
	// the Supplement/Extended blocks that `hasArabic` counts, nor is it Arabic's own letters
	// (ARABIC_LETTER_CLASS); either would change which texts are drafted as Arabic.
	const arabic = (text.match(/[\u0621-\u064A\u0671-\u06D3]/gu) ?? []).length;
	const letters = (text.match(/\p{L}/gu) ?? []).length;
	const first = ls[0];
	const firstWords = first ? ev(text, first.start, Math.min(first.end, first.start + (/^(\S+\s+){0,5}\S+/u.exec(text.slice(first.start, first.end))?.[0].length ?? 0))) : null;
	const language = letters && arabic / letters >= 0.6 && firstWords ? known('ar', [firstWords], `${Math.round((100 * arabic) / letters)}% of its letters are Arabic script. ${DRAFTED}`) : unknown('Not mainly Arabic script: set the language by hand.');

	// Headline: the first line, unless it is the date line or reads as a sentence or a caption.
	let headline = unknown('The text has no first line.');
	if (first) {
		const t = text.slice(first.start, first.end);
		if (dl && dl.start === first.start) headline = unknown('The first line is a date line, not a headline.');
		else if (t.length > 140) headline = unknown('The first line is too long to be a headline.');
		else if (/\([^()]*\/[^()]*\)$/u.test(t)) headline = unknown('The first line ends with a credit in brackets, like a photo caption.');
		else if (/[.!?؟]$/u.test(t)) headline = unknown('The first line ends like a sentence, not a headline.');
		else headline = known(stripTashkeel(t), [ev(text, first.start, first.end)]);
	}

	// Outlet: a known outlet in the date line or first line; every other known name is relayed.
	const head = outlets.find((o) => outletOf.get(o.ref)?.kind === 'outlet' && (inside(o, dl) || inside(o, first ?? null)));
	const outletAr = head ? known(stripTashkeel(head.text), [ev(text, head.start, head.end)]) : unknown('No known outlet names itself in the date line or first line.');
	const outletEn = head ? known(head.ref, [ev(text, head.start, head.end)], `From the list of known outlets (src/lib/corpus/outlets.ts). ${DRAFTED}`) : unknown('No known outlet found.');
	const relayed = new Map<string, Mention>();
	for (const o of outlets) if (o.ref !== head?.ref && !relayed.has(o.ref)) relayed.set(o.ref, o);
	const reportedVia = relayed.size
		? known(
				[...relayed.keys()].join('; '),
				[...relayed.values()].map((o) => ev(text, o.start, o.end)),
				`Known outlets and agencies the text names; check that it relays them. ${DRAFTED}`
			)
		: unknown('The text names no known agency or outlet it relays.');

	// Date line and date.
	// A place inside an outlet's name («صلاح الدين – بغداد اليوم») is not the date line's town.
	const city = dl ? opts.places?.find((p) => inside(p, dl) && !outlets.some((o) => p.start < o.end && o.start < p.end)) : undefined;
	const dateline = dl ? (city ? known(city.name_en, [ev(text, dl.start, dl.end)]) : unknown(`A date line («${text.slice(dl.start, dl.end)}») names no known place.`)) : unknown('The text has no date line.');
	const lineDate = dl ? dates.find((d) => inside(d, dl) && d.iso) : undefined;
	const date = lineDate
		? { value: lineDate.iso, evidence: [ev(text, lineDate.start, lineDate.end)], note: `From the date line (${lineDate.calendar}). ${DRAFTED}`, precision: lineDate.precision as 'day' | 'month', not_before: null, not_after: null }
		: {
				value: null,
				evidence: dates.slice(0, 5).map((d) => ev(text, d.start, d.end)),
				note: dates.length ? `No date line gives the date; the text mentions ${dates.length} date(s), which may be of events, not of the article. ${DRAFTED}` : `The text gives no date. ${DRAFTED}`,
				precision: 'unknown' as const,
				not_before: null,
				not_after: null
			};

	const meta = { id, language, outlet_ar: outletAr, outlet_en: outletEn, reported_via: reportedVia, headline_ar: headline, headline_en: null, date, dateline };
	return v.parse(ArticleMetaSchema, meta);
}

/** What a person should look at in a draft: every unknown field and why, and the English headline. */
export function reviewNotes(meta: ArticleMeta): string[] {
	const out: string[] = [];
	for (const [k, f] of Object.entries(meta)) if (f && typeof f === 'object' && 'value' in f && f.value === null) out.push(`${k}: unknown — ${f.note ?? 'no note'}`);
	if (meta.headline_ar?.value && !meta.headline_en) out.push('headline_en: translate the headline');
	return out;
}
