/**
 * Where an event happened, from its own clause: a gazetteer place (match.ts) or a GeoNames
 * candidate (candidates.ts), with ACLED's geo-precision from the words before it — 1 in a named
 * town (في، داخل), 2 near it (قرب، أطراف، ريف، على الطريق بين، شرقي…), 3 only a region (صحراء،
 * بادية، محافظة، المناطق الحدودية, a country) — weighed against the article's own geography.
 */
import { Matcher, type Mention } from '../match';
import { norm } from '$lib/arabic/normalize';
import { findCandidates, PROPOSE_AT, type Candidate } from '../candidates';
import { latinName, type PlaceRecord } from '../records';
import type { Span } from './scan';
import { nameContext } from '../context';
import { backReference, kindAnnounced, placeNoun } from './anaphora';
import { bodyName, contentStart, departed, destination, hospitalTown, locatedBy, nearFrom, seatOf, secondEnd, unlocated, visited } from './locators';
import { precisionOf, REGION_KINDS } from './geoPrecision';
import { namesLine } from './line-ends';
export { precisionOf, REGION_KINDS };
import { km } from './distance';
import { weigher } from './place-weight';
import { originWeight, peopleOf } from './origin-town';
import { speakerSeat } from './speech-frame';
import { postedAt } from './firing-position';
import { framesOnly } from './frame-place';
export { km };

/** A gazetteer entry with the point an incident at it is drawn at. */
export interface GazPlace {
	id: string;
	name_en: string;
	name_ar: string;
	kind: string;
	variants: (string | { text: string; confidence?: 'high' | 'context' })[];
	contains?: string[];
	/** A representative point; null when the entry has no geometry. */
	lon: number | null;
	lat: number | null;
	/** ISO alpha-2 when the place lies in one country. */
	country: string | null;
}

/** What the place resolver knows: the gazetteer and, optionally, GeoNames records for unknown towns. */
export interface Geography {
	places: readonly GazPlace[];
	stop_phrases: readonly string[];
	records?: readonly PlaceRecord[];
}

/** A place the text names, resolved. */
export interface PlaceMention extends Span {
	id: string | null;
	geonameid: number | null;
	name_en: string;
	lon: number | null;
	lat: number | null;
	country: string | null;
	kind: string;
	source: 'gazetteer' | 'geonames';
	/** For a GeoNames candidate: its score and verdict (candidates.ts). */
	score: number | null;
}


const cache = new WeakMap<Geography, { matcher: Matcher; byId: Map<string, GazPlace> }>();
function compiled(geo: Geography) {
	let c = cache.get(geo);
	if (!c) {
		c = { matcher: new Matcher([...geo.places], [...geo.stop_phrases]), byId: new Map(geo.places.map((p) => [p.id, p])) };
		cache.set(geo, c);
	}
	return c;
}

/** Every place an article names: gazetteer entries and GeoNames candidates (score ≥ PROPOSE_AT), in text order. */
export function findPlaces(id: string, text: string, geo: Geography): PlaceMention[] {
	const { matcher, byId } = compiled(geo);
	const out: PlaceMention[] = matcher.find(text).flatMap((m: Mention) => {
		let p = byId.get(m.ref);
		// «ريف دير الزور» is the countryside of the city, drawn at the city (precision 2).
		const rest = norm(m.text).replace(/^(?:[وفبل]|لل)?ريف\s+/, '');
		if (p && rest !== norm(m.text)) p = geo.places.find((x) => x.kind !== 'governorate' && x.variants.some((v) => norm(typeof v === 'string' ? v : v.text) === rest)) ?? p;
		if (!p || (m.confidence === 'context' && !/حدود|صحراء|بادي/.test(norm(m.text)))) return [];
		const kind = p.id !== m.ref ? 'district' : p.kind;
		return [{ start: m.start, end: m.end, text: m.text, id: p.id, geonameid: null, name_en: p.name_en, lon: p.lon, lat: p.lat, country: p.country, kind, source: 'gazetteer' as const, score: null }];
	});
	if (geo.records?.length) {
		const report = findCandidates({ articles: [{ id, text }], gazetteer: { entries: [...geo.places], stop_phrases: [...geo.stop_phrases] }, records: geo.records });
		const cands = report.candidates as Candidate[];
		const weight = weigher(cands, out);
		// «الطريق بين حديثة وبيجي»: two names joined by «بين … و» are the ends of one span, both places, a homograph
		// among them too, when the other end is a place (known, or a record that is no ordinary word).
		const places: Span[] = [...out, ...cands.filter((c) => c.records[0] && !c.context.homograph)];
		const pair = (a: Span, b: Span) => /بين\s+$/u.test(text.slice(Math.max(0, a.start - 8), a.start)) && /^\s+و$/u.test(text.slice(a.end, b.start));
		const partner = (c: Span) => places.find((o) => o !== c && (pair(c, o) || pair(o, c)));
		// Two homographs that are the ends of one road («بين المنصورة والطبقة») vouch for each other when their records
		// lie near each other, as the two ends of a road do; two common words rarely name towns a short drive apart.
		const twin = (c: Candidate) => cands.some((o) => o !== c && o.records[0] && o.context.homograph && (pair(c, o) || pair(o, c)) && km(c.records[0], o.records[0]) <= 120);
		const endOf = (c: Candidate) => c.context.homograph && (Boolean(partner(c)) || twin(c));
		const ends = cands.filter((c) => c.records[0] && endOf(c));
		const paired = ends.flatMap((c) => [c, partner(c)]).filter((c): c is Candidate => Boolean(c && 'records' in c && (c as Candidate).records[0]));
		const proposed = new Set([...cands.filter((c) => c.records[0] && weight(c) >= PROPOSE_AT), ...paired].map((c) => c.records[0].geonameid));
		for (const c of cands) {
			const r = c.records[0];
			// One name, one place in an article: a weaker mention of a record proposed elsewhere in it («طريق السخنة») is that place too.
			if (!r || !proposed.has(r.geonameid) || placeNoun(c.text) || (c.context.homograph && weight(c) < PROPOSE_AT && !endOf(c)) || out.some((o) => o.start < c.end && c.start < o.end)) continue;
			// A record the gazetteer already draws (bare «القائم», matched only in context, is the record of al-qaim)
			// is that entry: the draft names it, and accepting it adds no second town.
			const known = c.variant_of ? byId.get(c.variant_of) : undefined;
			out.push({ start: c.start, end: c.end, text: c.text, id: known?.id ?? null, geonameid: r.geonameid, name_en: known?.name_en ?? latinName(r.name), lon: known?.lon ?? r.lon, lat: known?.lat ?? r.lat, country: known?.country ?? r.country, kind: known?.kind ?? (r.feature_code === 'ADM1' ? 'governorate' : (kindAnnounced(c.context.trigger) ?? 'town')), source: 'geonames', score: weight(c) });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** A settlement's noun opening a name matched whole: «قضاء الحويجة», «ناحية العباسي», «بلدة السوسة». */
const SETTLEMENT = /^(?:قضاء|ناحيه|مدينه|بلده|قريه|مخيم)\s/u;

/** A place chosen for an event. */
export interface EventPlace {
	place: PlaceMention;
	geo_precision: 1 | 2 | 3;
	/** The words that set the precision (the preposition or region noun), with the name. */
	evidence: Span;
	reasons: string[];
	/** 0–1: how much to trust the place. */
	confidence: number;
	/** Set when the place is only where people came from or went (or a dateline): a place named before the clause is better. */
	elsewhere?: boolean;
	/** Set when the place is a noun referring back («داخل المخيم»): the clause names no place of its own. */
	back?: boolean;
}


/** Whether a mention opens its line as a dateline: «الرطبة – شفق نيوز:», «الأنبار (واع) -». */
export function dateline(text: string, m: Span): boolean {
	const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
	const lineEnd = text.indexOf('\n', m.end) < 0 ? text.length : text.indexOf('\n', m.end);
	const before = text.slice(lineStart, m.start);
	const after = text.slice(m.end, lineEnd);
	// The town first («القائم – شفق نيوز: …»), or last on a short line of its own («عنب بلدي – دير الزور»).
	return (/^[\s\u00A0]*$/.test(before) && /^[\s\u00A0]*(?:[-–—(/:]|$)/.test(after)) || (/^[^\n.،]{0,30}[-–—][\s\u00A0]*$/.test(before) && /^[\s\u00A0]*$/.test(after));
}

/**
 * A clause whose only place is a place noun referring back («وسط البلدة», «داخل المخيم»): the
 * place named before it, at the precision the words before the noun give (أطراف البلدة = 2).
 */
function backTo(text: string, clause: Span, places: PlaceMention[], owned = false): EventPlace | null {
	// «بحسب ما أفاد مراسل دير الزور 24»: an outlet named after a town is no place of the story to refer back to.
	const ref = backReference(text, clause, places.filter((m) => !/(?:^|\s)[وبل]?(?:ال)?(?:مراسل|مصدر|مصادر|موقع|شبكه)\s+$/u.test(norm(text.slice(Math.max(0, m.start - 12), m.start)))), owned);
	if (!ref) return null;
	const m = { ...ref.antecedent, ...ref.noun };
	const { p: own, start, why } = precisionOf(text, m, clause.start);
	const p = ref.near ? 2 : own;
	const s = Math.min(start, m.start);
	return { place: ref.antecedent, geo_precision: p, evidence: { start: s, end: m.end, text: text.slice(s, m.end) }, reasons: [`«${ref.noun.text}» refers back to «${ref.antecedent.text}», named before it`, ref.near ? 'a camp no record knows, near the town that locates it' : why], confidence: 0.8, back: true, ...(ref.owned ? { elsewhere: true } : {}) };
}

/**
 * The place of an event in `clause`: the most precise place named there (a town before a region),
 * the first of equals; not one that only qualifies another («الحدود مع سوريا»), nor one inside an
 * actor's name. A GeoNames candidate far from every other place of the article, or in another
 * country than the article's, is kept with a lower confidence and the reason.
 */
export function eventPlace(text: string, clause: Span, places: PlaceMention[], exclude: Span[], articleCountry: string | null, at = clause.start, origin = false): EventPlace | null {
	const inClause = places.filter(
		(m) =>
			m.start >= clause.start &&
			m.end <= clause.end &&
			!exclude.some((x) => x.start < m.end && m.start < x.end) &&
			// Kirkuk inside «خط أنابيب كركوك – بانياس» names the pipeline, not a place of the event.
			!places.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start) &&
			// A capital or a country named bare, with no preposition, is its government or its state («سارعت بغداد إلى
			// إغلاق …», «أن العراق تسلّم دفعة …») — unless it is visited («زار وفد … دمشق»); «الأراضي السورية» is land.
			!((m.kind === 'capital' || (m.kind === 'country' && !/اراضي/.test(norm(m.text)))) && !nameContext(text, m.start, m.end, clause.start).preposition && !visited(text, clause, m)) &&
			// Where a reporter or a source sits is not where the event was («مراسل عنب بلدي في دير الزور»).
			!seatOf(text, clause, m)
	);
	const before = (m: PlaceMention) => norm(text.slice(Math.max(clause.start, m.start - 8), m.start));
	// «الحدود مع سوريا» qualifies the border; «قادمة من الأراضي السورية» and «نقلها إلى …» are where people came from or went.
	// «ملف مخيم الهول», «أوضاع دير الزور»: a place as a topic of talks, not where anything happened.
	const topic = (m: PlaceMention) => /(?:^|\s)(?:[وب]?(?:ال)?(?:ملف|قضيه|مساله|اوضاع|وضع))\s+$/.test(norm(text.slice(Math.max(clause.start, m.start - 12), m.start)));
	// «وقّعت الحكومتان في بغداد اتفاقاً يقضي بإخضاع مخيم مخمور …»: a place after what a text provides (يقضي، ينص، يتضمن)
	// is its subject; the event is where the clause placed it before those words, when it did.
	const contentAt = contentStart(text, clause);
	const subject = (m: PlaceMention) => m.start > contentAt && inClause.some((o) => o.start < contentAt && !topic(o));
	const usable = inClause.filter((m) => !topic(m) && !subject(m) && !speakerSeat(text, clause, m, inClause) && !/(?:^|\s)(?:مع|عن)\s+$/.test(before(m)) && !/^(?:ال)?(?:عراق|سوري)/.test(norm(text.slice(m.end, m.end + 6)).trim()));
	// Where people came from or went is not where the event was; but a repatriation is placed at the camp the families leave.
	const moving = (m: PlaceMention) => {
		const b = before(m);
		if (origin && (/(?:^|\s)من\s+(?:\p{L}+\s+)?$/u.test(b) || departed(text, clause, m))) return -1;
		// «وهما من أبناء مدينة الميادين»: where people are from; the event's own place, if named, goes first (origin-town.ts).
		if (peopleOf(text, clause, m)) return originWeight(text, clause, m, usable);
		// «القوات المتمركزة في قاعدة التنف سيّرت دورية قرب الركبان», «من مواقعها في محيط …»: where a force stands (firing-position.ts).
		if (postedAt(text, clause, m)) return 1;
		// «انتشرت القوات على الطريق … من جهة ناحية القيارة», «من جانب البلدة»: the side where it happened, not an origin.
		if (/(?:^|\s)من\s+(?:جهه|جانب)\s+$/u.test(b)) return 0;
		if (/(?:^|\s)(?:من|نحو|باتجاه)\s+(?:\p{L}+\s+)?$/u.test(b) && !nearFrom(text, clause, m)) return 1;
		// Where people went (إلى) or a hospital's town («ونُقل إلى مشفى الرقة») is where the wounded were taken, not
		// where they were hurt — but an arrival happens where they went, so it weighs less than where they came from.
		return /(?:^|\s)ال[يى]\s+$/u.test(b) || hospitalTown(text, clause, m) || destination(text, clause, m) ? 0.5 : 0;
	};
	// A dateline («القائم – شفق نيوز:») is where the report was filed: any place of the clause itself goes first.
	// «بلدة الكرامة شرقي الرقة»: a place named only to locate the town before it is never the event's place; nor,
	// before the first, the far end of «طريق السخنة – دير الزور» or «بين القائم والرطبة».
	const region = (o: PlaceMention) => REGION_KINDS.has(o.kind);
	// A far namesake of a place the text puts in a district gives way to the district; else the district only locates it.
	const located = unlocated(text, usable, region, km);
	// «وفي كركوك، … على أطراف الحويجة», «قرب قضاء الحويجة في كركوك»: a frame weighs as a locator (frame-place.ts).
	const locator = (m: PlaceMention) => (locatedBy(text, places, m, region) || secondEnd(text, located, m, clause.start) || framesOnly(text, clause, m, located) ? 1 : 0);
	// A place noun before the name («بلدة الميادين») or a settlement's noun opening the name matched whole («قضاء الحويجة»)
	// announces a place; «ريف الحسكة» opening a match is a region around it, not an announced town.
	const announced = (m: PlaceMention) => Boolean(nameContext(text, m.start, m.end, clause.start).trigger) || SETTLEMENT.test(norm(m.text));
	const scored = located.map((m) => ({ m, move: moving(m) + (dateline(text, m) ? 2 : 0) + (bodyName(text, clause, m) || namesLine(text, clause, m) ? 1 : 0), locator: locator(m), noun: announced(m) ? 0 : 1, ...precisionOf(text, m, clause.start) }));
	if (!scored.length) return backTo(text, clause, places, true);
	// The most precise place; among equals one announced by a place noun (بلدة، قضاء), then the nearest to the event word.
	// Two places near which an event may be are not equally near: a city's countryside («في ريف حمص، … على أطراف بلدة
	// صدد») spans tens of km, a town's edge a few; and a border hundreds of km long is, even «near» it, no more than a
	// region: with a region named, the nearer to the event word («في صحراء الأنبار قرب الحدود السورية», «على الشريط
	// الحدودي غربي الأنبار»).
	const breadth = (x: (typeof scored)[number]) => (x.p === 2 && /^ريف/.test(norm(text.slice(x.start, x.m.end))) ? 1 : 0);
	const rank = (x: (typeof scored)[number]) => (x.m.kind === 'border' ? Math.max(x.p, 3) : x.p);
	scored.sort((a, b) => a.move - b.move || a.locator - b.locator || rank(a) - rank(b) || breadth(a) - breadth(b) || (a.m.kind === 'country' ? 1 : 0) - (b.m.kind === 'country' ? 1 : 0) || a.noun - b.noun || Math.abs(a.m.start - at) - Math.abs(b.m.start - at));
	const best = scored[0];
	// «غادرت القافلة المخيم متجهة إلى …»: the event's own place, named again by its noun, goes first, wherever it stands;
	// «نظموا وقفة داخل المخيم … لعودتهم إلى قراهم في ريف حمص»: a place noun referring back, nearer the event word
	// and as precise as every name of the clause, is where it happened; the names are further phrases.
	const back = backTo(text, clause, places);
	if (back && best.move > 0) return back;
	if (back && back.geo_precision <= best.p && Math.abs(back.evidence.start - at) < Math.abs(best.m.start - at)) return back;
	const reasons = [best.why];
	let confidence = best.m.source === 'gazetteer' ? 0.9 : 0.6;
	if (best.m.source === 'geonames') {
		reasons.push(
			best.m.id
				? `«${best.m.text}» is not one of the gazetteer's spellings of \`${best.m.id}\` but is its GeoNames record ${best.m.geonameid}, candidate score ${best.m.score}`
				: `«${best.m.text}» is not in the gazetteer: GeoNames ${best.m.geonameid} (${best.m.name_en}), candidate score ${best.m.score}`
		);
		const others = places.filter((o) => o !== best.m && o.lon !== null && o.lat !== null && o.kind !== 'country' && o.geonameid !== best.m.geonameid);
		if (best.m.lon !== null && best.m.lat !== null && others.length) {
			const nearest = Math.min(...others.map((o) => km(best.m as { lon: number; lat: number }, o as { lon: number; lat: number })));
			if (nearest > 250) (confidence -= 0.3), reasons.push(`doubtful: ${Math.round(nearest)} km from every other place the article names`);
		}
		if (articleCountry && best.m.country && best.m.country !== articleCountry) (confidence -= 0.2), reasons.push(`doubtful: the record is in ${best.m.country}, the article is about ${articleCountry}`);
	}
	const end = best.m.end;
	const start = Math.min(best.start, best.m.start);
	// A place that only names a body («تعزيزات من قيادة عمليات كركوك») says who acted, not where: no place of the event.
	if (best.move > 0 && bodyName(text, clause, best.m, true) && !dateline(text, best.m)) return null;
	return { place: best.m, geo_precision: best.p, evidence: { start, end, text: text.slice(start, end) }, reasons, confidence: Math.max(0.1, confidence), ...(best.move > 0 ? { elsewhere: true } : {}) };
}
