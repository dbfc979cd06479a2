/**
 * draftIncidents: an Arabic article in, ACLED-style incident drafts out, one per event the article
 * tells (a bulletin of five events gives five), every field backed by the verbatim words it came
 * from or null with the reason. Pure: the same article and geography give the same drafts.
 */
import { findActors } from './actors';
import { withSpeaker } from './speaker';
import { parties } from './parties';
import { classifyClause, clauseSpans, isVerb, type ClauseEvent } from './classify';
import { findFatalities, findInjuries, findQuantities } from './numbers';
import { span, type Span } from './scan';
import { norm } from '$lib/arabic/normalize';
import type { Draft } from './schema';
import { titleAr, titleEn } from './titles';
import { findWhens, type Anchor, type When } from './when';
import { eventWhen } from './event-when';
import { applyUpdates } from './updates';
import { eventPlace, findPlaces, type Geography } from './where';
import { lines } from '../draft';
import { sentenceAt, sentenceSpans } from '../sentences';
import { compatibleTypes } from './corroborate';
import { draftDate, yearOf } from './draft-date';
import { countryOf } from './geography';
import { judge, type AnchorKind } from './anchors';
import { pluperfectBackground } from './background';
import { merge, same, type Reading } from './readings';
import { followsUp, joinedAs } from './sequels';
import { againstBefore, lastTold, pointedAt } from './told-before';
import { dateAnchor } from './departure';
import { labelledDay } from './day-labels';
import { headingDay } from './heading-day';
import { askedBefore } from './interview';
import { toldBefore } from './told';
import { fold, retold } from './retold';
import { stillOpen } from './another';
import { foldAbout } from './about';
import { foldHeadline } from './headline';

/** The article as the drafter needs it. */
export interface ArticleInput {
	id: string;
	text: string;
	/** The article's own date (YYYY-MM-DD): relative dates resolve against it; null when it is not a known day. */
	date: string | null;
	/** When `date` is null: the span the article's date is known within (a month, an approximate range), if any. */
	span?: { from: string; to: string } | null;
	/** With neither: the year the metadata's bounds give, for dates written without a year when the text gives none. */
	year?: number | null;
	/** The country the article is about (IQ, SY), if known; else read from its places. */
	country?: string | null;
}

/** A clause that says the event went on: «قبل أن تتوسع المواجهات», «وتجددت الاشتباكات», «ثم امتدت». */
const GOES_ON = /^(?:و|ف)?(?:قبل ان |ثم |حتي )?(?:امتد|تمتد|تجدد|تتجدد|استمر|تستمر|تواصل|تتواصل|توسع|تتوسع|اتسع|تتسع)/;

/**
 * A clause that opens by pointing back at the event just told («وعلى إثر ذلك، داهمت …», «وعقب الهجوم، اعتقلت …»,
 * «وفي أعقاب الحادثة», «وفي وقت لاحق، عقد …»): its sequel, on that day and, when it names no place of its own, at that place.
 */
const SEQUEL = /^(?:و|ف)?(?:(?:علي اثر|اثر|عقب|في اعقاب|بعد)\s+(?:ذلك|ذاك|الحادث|الحادثه|الهجوم|الجريمه|الاشتباك|الاشتباكات|الانفجار|التفجير|الاعتداء|الضربه|القصف)|في وقت لاحق)(?![\p{L}])/u;

/**
 * «واعتقلت عند وصولهم إلى المخيم …», «فور دخولهم», «لدى عودتهم»: an act done upon an arrival, a return or an entry
 * already told happened on its day.
 */
const UPON = /(?:^|\s)(?:عند|لدي|فور|اثناء|لحظه)\s+(?:وصول|دخول|عوده|استقبال|نزول)\p{L}*(?![\p{L}])/u;

/** What the article's dates resolve against: its day, the span its metadata gives, or nothing. */
const anchorOf = (a: ArticleInput): Anchor => (a.date ? { from: a.date, to: a.date } : (a.span ?? null));

function read(a: ArticleInput, ev: ClauseEvent, places: ReturnType<typeof findPlaces>, country: string | null, prev: When | null, year: number | null, prevPlace: Reading['place'] = null, told: When | null = prev): Reading {
	const c = ev.clause;
	const anchor = anchorOf(a);
	// The actor lexicon tells Iraq's forces from Syria's; in a report from across the frontier (a Jordanian army
	// statement, its places now GeoNames records) «حرس الحدود» is neither, unless an adjective says so.
	const frontier = country === 'IQ' || country === 'SY' ? country : null;
	let actors = withSpeaker(a.text, c, findActors(a.text, c.start, c.end, frontier), frontier);
	let when = eventWhen(a.text, anchor, c, dateAnchor(a.text, ev), year);
	const dated = when !== null;
	// «في اليوم نفسه», «في اليوم التالي», «وبعد ذلك بثلاثة أيام»: against the event told just before.
	when = againstBefore(when, told);
	// A clause that goes on telling the story («وامتدت الاشتباكات بعد الظهر …») keeps the day told before it.
	// A clause cut from its sentence («…، حيث هاجم …») takes the place its sentence named before it.
	const sentence = sentenceAt(sentenceSpans(a.text), c.start, c.end);
	// A clause cut from its sentence takes the date its sentence gave before it («أعلنت …، يوم الأحد، … بعد أن عثرت …»); an answer, its question's (interview.ts).
	if (!when && sentence.start < c.start) when = eventWhen(a.text, anchor, { start: sentence.start, end: c.start, text: '' }, c.start, year);
	// A round-up's item under a day on a line of its own («الخميس\nاختطف مسلحون …») is dated by it (day-labels.ts).
	// …and an item of a one-day round-up by the day its heading names (heading-day.ts).
	if (!when) when = labelledDay(a.text, c.start, anchor, year) ?? headingDay(a.text, c.start);
	const asked = when ? null : askedBefore(a.text, c);
	if (asked) when = eventWhen(a.text, anchor, asked, asked.end, year);
	// A clause that goes on telling the story («وامتدت الاشتباكات بعد الظهر …», «قبل أن ترد …») keeps the day told before it.
	const sequel = SEQUEL.test(norm(c.text));
	const carried = !when && prev && prev.role === 'event' && (sentence.start < c.start || sequel || UPON.test(norm(c.text)) || /^(?:و|ف)?(?:امتد|تجدد|استمر|عاد|تواصل|توسع|تبع|اعقب|تلا|بعد ذلك|ثم)/.test(norm(c.text)));
	const origin = ev.type === 'repatriation';
	// A clause whose only place is where someone was taken («ونُقل إلى مشفى الرقة») keeps the place its sentence named before it.
	const own = eventPlace(a.text, c, places, actors, country, ev.trigger.start, origin);
	const before = !own || own.elsewhere ? (sentence.start < c.start ? eventPlace(a.text, { ...sentence, end: c.start, text: '' }, places, actors, country, c.start, origin) : null) : null;
	const place = (before && !before.elsewhere ? before : own ?? before) ?? (sequel && prev?.role === 'event' ? prevPlace : null);
	// ISIS is the subject of a meeting, a patrol or an agreement, not a party to it.
	if (['security-meeting', 'agreement', 'patrol', 'deployment', 'crossing-closed', 'crossing-reopened'].includes(ev.type)) actors = actors.filter((x) => x.id !== 'isis');
	actors = parties(a.text, c, actors, ev.type, ev.trigger.start);
	if (ev.type === 'protest' && !actors.some((x) => x.id === 'civilians'))
		actors.push({ start: ev.trigger.start, end: ev.trigger.end, text: ev.trigger.text, id: 'civilians', note: 'the protesters' });
	const fatalities = findFatalities(a.text, c.start, c.end);
	const injuries = findInjuries(a.text, c.start, c.end);
	const skip = [...(fatalities?.evidence ?? []), ...(injuries?.evidence ?? [])];
	const quantities = findQuantities(a.text, c.start, c.end, skip);
	if (quantities.people) {
		// People counted in an arrest are the arrested; elsewhere they are persons (families of 600 persons).
		const key = ev.triggers.some((t) => t.entry.type === 'arrest') ? 'arrested' : 'persons';
		quantities[key] = quantities.people;
		delete quantities.people;
	}
	const reasons = [...ev.reasons];
	const anchors: AnchorKind[] = [];
	reasons.push(isVerb(ev.trigger) ? '+0.45 a finite verb reports it' : '+0.30 a verbal noun names it');
	if (when) anchors.push(when.role === 'event' ? 'date' : 'report-date'), reasons.push(`+${when.role === 'event' ? '0.15' : '0.10'} dated «${when.evidence.text}»${when.from === null ? ' (unresolved)' : ''}`);
	if (carried) (when = prev), anchors.push('carried-date'), reasons.push(`+0.10 the clause continues the story: dated as the event before it («${prev!.evidence.text}»)`);
	if (place) anchors.push('place'), reasons.push(`+0.15 placed «${place.evidence.text}»`);
	if (actors.length) anchors.push('actors'), reasons.push(`+0.10 actors named`);
	if ((fatalities && fatalities.value !== null) || (injuries && injuries.value !== null) || Object.keys(quantities).length) anchors.push('counts'), reasons.push('+0.15 casualties or quantities counted');
	const { score, draft, why } = judge(isVerb(ev.trigger) ? 'verb' : 'noun', anchors);
	reasons.push(why);
	return { ev, when, place, actors, fatalities, injuries, quantities, score, draft, reasons, mentions: [c], lead: { ev, fatalities }, continues: Boolean(carried) && GOES_ON.test(norm(c.text)), bare: !dated && (!own || own.back === true || own.elsewhere === true) };
}

/**
 * The incident drafts of one article, in text order. Clauses whose event words a cue turns off
 * (denials, plans, threats, background) and clauses too thinly anchored give no draft.
 */
export function draftIncidents(article: ArticleInput, geo: Geography): Draft[] {
	const { text } = article;
	const places = findPlaces(article.id, text, geo);
	const country = article.country ?? countryOf(places);
	const readings: Reading[] = [];
	const spans = sentenceSpans(text);
	const year = article.date || article.span ? null : (yearOf(text) ?? article.year ?? null);
	const first = lines(text)[0] ?? null;
	const headline = first && !/[.!?؟]$/.test(text.slice(first.start, first.end)) ? span(text, first.start, first.end) : null;
	const inHeadline = (x: Reading) => headline !== null && x.mentions.every((m) => m.start >= headline.start && m.end <= headline.end);
	/** The sentence whose last clause was background: a follow-up of it with no day of its own is background too (sequels.ts). */
	let pastIn = -1;
	/** The date the text told last, in whatever clause (told-before.ts). */
	let told: ReturnType<typeof lastTold> = null;
	for (const c of clauseSpans(text)) {
		const sentence = sentenceAt(spans, c.start, c.end).start;
		// A year long past makes the clause background, unless the clause first dates its own event («اعتقلت
		// مساء الاثنين متهماً … بتفجير عام 2014»): the old year then belongs to the charge.
		const whens = findWhens(text, anchorOf(article), c.start, c.end, year);
		told = lastTold(whens) ?? told; // «أغلقت المنفذ في الرابع من آب إثر هجوم في اليوم نفسه»: its own date first.
		const pointed = pointedAt(readings.at(-1), told);
		const past = whens.some((w) => w.background && !whens.some((x) => !x.background && x.evidence.start < w.evidence.start)) || pluperfectBackground(c.text, whens, article.date ?? null);
		if (past || (pastIn === sentence && followsUp(c.text) && !whens.some((w) => !w.background))) {
			pastIn = sentence;
			continue;
		}
		pastIn = -1;
		const { event } = classifyClause(text, c);
		if (!event) continue;
		const r = read(article, event, places, country, readings.at(-1)?.when ?? null, year, readings.at(-1)?.place ?? null, pointed);
		if (!r.draft) continue;
		// A clause that comes back to an event already drafted (its site searched, itself named back) is that event (retold.ts).
		const back = retold(r, readings);
		if (back) {
			readings[readings.indexOf(back)] = fold(back, r);
			continue;
		}
		// A clause that goes on telling the event before it is that event, wherever its words seem to place it.
		const last = readings.at(-1);
		const others = stillOpen(text, c, sentence, readings);
		const goesOn = r.continues && last && others.includes(last) && compatibleTypes(last.ev.type, r.ev.type);
		// Another telling in the body is sought first: the headline only sums up, and joins the body's event below.
		const twin = goesOn ? last : (toldBefore(r, others, sentenceAt(spans, c.start, c.end).start) ?? others.find((x) => !inHeadline(x) && same(x, r)) ?? others.find((x) => same(x, r)));
		// A headline only sums up: the body's telling places the event when it names a place («خطف … في ريف دير الزور» over «… لناحية ذيبان»).
		if (twin) readings[readings.indexOf(twin)] = joinedAs(twin, r, inHeadline(twin) ? { ...merge(twin, r), place: r.place ?? twin.place } : merge(twin, goesOn ? { ...r, place: twin.place } : r));
		else readings.push(r);
	}
	// A headline sums up what the body tells, never a second draft (headline.ts).
	return applyUpdates(text, foldAbout(foldHeadline(readings, headline)).sort((x, y) => x.ev.clause.start - y.ev.clause.start), (r) => ({ start: r.ev.clause.start, type: r.ev.type })).map((r, i) => toDraft(article, r, i + 1, headline));
}

function toDraft(a: ArticleInput, r: Reading, n: number, headline: Span | null): Draft {
	const missing: Record<string, string> = {};
	const c = r.ev.clause;
	const { date, penalty, reason } = draftDate(a.id, r.when, anchorOf(a));
	if (date.from === null) missing.date = date.note!;
	if (!r.place) missing.place = 'the clause names no place the gazetteer or GeoNames knows';
	if (!r.fatalities) missing.fatalities = 'the clause reports no deaths';
	if (!r.injuries) missing.injuries = 'the clause reports no wounded';
	const place = r.place
		? { id: r.place.place.id, geonameid: r.place.place.geonameid, name_en: r.place.place.name_en, lon: r.place.place.lon, lat: r.place.place.lat, geo_precision: r.place.geo_precision, evidence: r.place.evidence, confidence: r.place.confidence, reasons: r.place.reasons }
		: null;
	const actorIds = [...new Set(r.actors.map((x) => x.id))];
	const actors = actorIds.map((id) => {
		const m = r.actors.find((x) => x.id === id)!;
		return { id, evidence: { start: m.start, end: m.end, text: m.text }, note: m.note };
	});
	// The Arabic title comes from the first telling: the lead, not a quote or a detail told after it.
	const { ev: lead, fatalities: leadDead } = r.lead;
	const lc = lead.clause;
	const starts = [lead.trigger.start, ...(leadDead?.evidence.map((e) => e.start) ?? [])].filter((s) => s >= lc.start && s < lc.end);
	const startAt = starts.length ? Math.min(...starts) : lc.start;
	const verbs = lead.triggers.filter((t) => isVerb(t) && t.start >= lc.start && t.start < lc.end).map((t) => t.start);
	const tAr = titleAr(a.text, headline, r.mentions, lc, startAt, verbs);
	let confidence = Math.min(1, r.score);
	const reasons = [...r.reasons];
	if (r.place && r.place.confidence < 0.9) (confidence -= 0.9 - r.place.confidence), reasons.push(...r.place.reasons.filter((x) => x.startsWith('doubtful')));
	if (reason) (confidence -= penalty), reasons.push(reason);
	if (r.mentions.length > 1) reasons.push(`told ${r.mentions.length} times in the article`);
	return {
		id: `${a.id}-e${n}`,
		article: a.id,
		evidence: { start: c.start, end: c.end, text: c.text },
		mentions: r.mentions.filter((m) => m.start !== c.start).map((m) => ({ start: m.start, end: m.end, text: m.text })),
		date,
		event_type: r.ev.event_type,
		sub_event_type: r.ev.sub_event_type,
		type: r.ev.type,
		type_evidence: { start: r.ev.trigger.start, end: r.ev.trigger.end, text: r.ev.trigger.text },
		actors,
		place,
		fatalities: r.fatalities ? { ...r.fatalities, value: r.fatalities.value } : null,
		injuries: r.injuries,
		quantities: r.quantities,
		title_ar: tAr.text,
		title_ar_evidence: tAr,
		title_en: titleEn({ type: r.ev.type, actors: actorIds, fatalities: r.fatalities?.value ?? null, injuries: r.injuries?.value ?? null, place: place && { name_en: place.name_en, geo_precision: place.geo_precision, country: r.place!.place.kind === 'country' }, quantities: r.quantities }),
		same_as: [],
		confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
		reasons,
		missing
	};
}
