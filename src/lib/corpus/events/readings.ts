/**
 * The readings of one article's event clauses (extract.ts reads them) and how two that tell one event
 * become one: `same` decides it, `merge` folds them, keeping the better-anchored clause's words.
 */
import type { ActorMention } from './actors';
import type { ClauseEvent } from './classify';
import type { Count, Quantity } from './numbers';
import type { Span } from './scan';
import type { When } from './when';
import { km, REGION_KINDS, type EventPlace } from './where';
import { UNNAMED_DEVICE } from './resolve';
import { compatibleTypes } from './corroborate';
import { PLUPERFECT } from './background';
import { norm } from '$lib/arabic/normalize';
import { ANOTHER, LISTED } from './another';

/** One event clause with everything read from it, before clauses that tell the same event are merged. */
export interface Reading {
	ev: ClauseEvent;
	when: When | null;
	place: EventPlace | null;
	actors: ActorMention[];
	fatalities: Count | null;
	injuries: Count | null;
	quantities: Record<string, Quantity>;
	score: number;
	/** Whether the clause is anchored enough to be drafted (anchors.ts). */
	draft: boolean;
	reasons: string[];
	mentions: Span[];
	/** The clause goes on telling the event before it («قبل أن تتوسع المواجهات …»). */
	continues: boolean;
	/** The clause names neither a day nor a place of its own. */
	bare: boolean;
	/** The first clause that told the event (a news lead tells it in the writer's words; later ones quote or detail). */
	lead: { ev: ClauseEvent; fatalities: Count | null };
}

/** Whether two readings of one article tell the same event. */
export function same(x: Reading, y: Reading): boolean {
	// «وعن الاشتباك الذي شهده قاطع سنجار» then «حاولت مجموعة مهربين …، فاشتبكنا معهم»: a fight told bare and an operation
	// that became one (coded Battles under the fire rule) may be one event.
	const fight = (a: Reading, b: Reading) => a.ev.type === 'clash' && b.ev.type !== 'clash' && b.ev.event_type === 'Battles';
	const fought = fight(x, y) || fight(y, x);
	if (!compatibleTypes(x.ev.type, y.ev.type) && !fought) return false;
	// A looting or an escape (prison-words.ts) shares only the catch-all type with a seizure or an arrest: it is
	// its own event, never another telling of the raid or the arrest told beside it.
	const own = (r: Reading) => (r.ev.trigger.entry.type === 'looting' || r.ev.trigger.entry.type === 'escape' ? r.ev.trigger.entry.type : null);
	if (own(x) !== own(y)) return false;
	// «وفي سياق متصل، أعلنت القيادة ضبط …»: a clause that turns to another incident is not the body's event told again
	// (another.ts). A headline still sums it up (extract.ts folds headlines by type), and so does a lead that lists the
	// incidents with «فيما / بينما» («ضبطت … شاحنات، فيما أصيب مختار بعبوة») before the body tells each «في حادث آخر».
	const turns = (a: Reading, b: Reading) => a.ev.clause.start < b.ev.clause.start && ANOTHER.test(norm(b.ev.clause.text)) && !LISTED.test(norm(a.ev.clause.text));
	if (turns(x, y) || turns(y, x)) return false;
	// «تمكنت قواتنا خلال اليومين الماضيين من … اعتقال ثلاثة عشر» then «كما ضبطت قواتنا، صباح أمس، مستودعاً»: an arrest
	// and a seizure each dated by words of its own to different spans are two operations, not two tellings of one.
	const dated = (r: Reading) => (r.when?.role === 'event' && r.when.from ? `${r.when.from}/${r.when.to}` : null);
	if (x.ev.type !== y.ev.type && dated(x) && dated(y) && dated(x) !== dated(y) && x.when!.evidence.start !== y.when!.evidence.start) return false;
	// «قُتل شخصان مساء أمس بقصف مسيّرة …» then «وكانت مسيّرة قد استهدفت الأسبوع الماضي منزلاً»: the pluperfect steps back
	// to an earlier event; dated by words of its own to another span, it is not the story's event told again.
	const back = (r: Reading) => PLUPERFECT.test(norm(r.ev.clause.text));
	if ((back(x) || back(y)) && dated(x) && dated(y) && dated(x) !== dated(y)) return false;
	// Within one article a drug seizure and a weapons seizure are two operations, told apart by what was seized.
	const seized = ['drug-seizure', 'weapons-seizure', 'smuggling-interdiction'];
	if (x.ev.type !== y.ev.type && seized.includes(x.ev.type) && seized.includes(y.ev.type)) return false;
	// The day a source spoke bounds the event from above: it may have happened a few days before.
	const span = (w: When) => (w.role === 'report' ? { from: shift(w.from!, -3), to: w.to! } : { from: w.from!, to: w.to! });
	if (x.when?.from && y.when?.from && (span(x.when).to < span(y.when).from || span(y.when).to < span(x.when).from)) return false;
	// A place that is only where the wounded were taken or people came from («ونُقل المصاب إلى مشفى هجين») says nothing
	// of where the event was: it neither sets two tellings apart nor makes them one.
	const p = x.place?.elsewhere ? undefined : x.place?.place;
	const q = y.place?.elsewhere ? undefined : y.place?.place;
	// «انفجار دراجة مفخخة وسط سوق الكسرة» then «وفي ريف الكسرة، … لغم»: another kind of event in the town's countryside is another event.
	if (x.ev.type !== y.ev.type && !fought && p && q && (p.id ?? p.geonameid) === (q.id ?? q.geonameid) && x.place!.geo_precision !== y.place!.geo_precision) return false;
	if (p && q && !(p.id && p.id === q.id) && !(p.geonameid && p.geonameid === q.geonameid)) {
		const wide = (e: EventPlace) => e.geo_precision === 3 || REGION_KINDS.has(e.place.kind);
		const region = wide(x.place!) || wide(y.place!);
		const close = p.lon !== null && q.lon !== null && km(p as { lon: number; lat: number }, q as { lon: number; lat: number }) <= 2;
		if (!region && !close) return false;
	}
	const f = x.fatalities?.value;
	const g = y.fatalities?.value;
	return !(f && g && f !== g);
}

/** Folds `y` into `x`: the better-anchored clause stays the evidence, missing values are filled. */
export function merge(x: Reading, y: Reading): Reading {
	const [main, other] = y.score > x.score ? [y, x] : [x, y];
	const better = <T>(a: T | null, b: T | null, worse: (a: T, b: T) => boolean) => (a && (!b || !worse(a, b)) ? a : b);
	return {
		...main,
		// A later or weaker telling names the means more exactly («هجوم» then «عبوة ناسفة»): its type wins. Who
		// was hit (civilians, fighters) is the better-anchored clause's call.
		// A bare «الاشتباك» is the fight an operation became: the operation's type (the fire rule) wins, whichever is better anchored.
		ev: namesMeans(other.ev, main.ev) || (main.ev.type === 'clash' && other.ev.type !== 'clash' && other.ev.event_type === 'Battles') ? { ...main.ev, type: other.ev.type, event_type: other.ev.event_type, sub_event_type: other.ev.sub_event_type, trigger: other.ev.trigger } : main.ev,
		when: better(main.when, other.when, (a, b) => a.role === 'report' && b.role === 'event'),
		// The first telling names the event's place; a later clause's place (where the wounded were taken, where
		// the victims were from) replaces it only when the first gave a region alone, or a GeoNames guess of a town
		// the later clause names from the gazetteer at the same precision — or when the first gave only where people
		// came from or went («… باتجاه القائم») and the later one where it happened («… في مدينة الميادين»).
		place: better(x.place, y.place, (a, b) => (a.elsewhere === true && !b.elsewhere) || (a.geo_precision === 3 && b.geo_precision < 3) || (a.geo_precision === b.geo_precision && a.place.source === 'geonames' && b.place.source === 'gazetteer')),
		actors: [...main.actors, ...other.actors.filter((o) => !main.actors.some((m) => m.id === o.id))],
		fatalities: main.fatalities?.value != null ? main.fatalities : (other.fatalities ?? main.fatalities),
		injuries: main.injuries?.value != null ? main.injuries : (other.injuries ?? main.injuries),
		quantities: { ...other.quantities, ...main.quantities },
		mentions: [...x.mentions, ...y.mentions].sort((a, b) => a.start - b.start),
		lead: x.lead.ev.clause.start <= y.lead.ev.clause.start ? x.lead : y.lead
	};
}
/**
 * Whether `other` names the means more exactly than `main`. A bare «انفجار» («مقتل شخص ثانٍ في انفجار البادية») names
 * no device: it never overrides a device named («انفجر لغم أرضي»), and a device named overrides it.
 */
function namesMeans(other: ClauseEvent, main: ClauseEvent): boolean {
	const vague = (e: ClauseEvent) => e.reasons.includes(UNNAMED_DEVICE);
	if (vague(other) || PRIORITY_OF(other) >= ORDER.indexOf('clash')) return false;
	return vague(main) || PRIORITY_OF(main) > PRIORITY_OF(other);
}
const ORDER = ['suicide-bombing', 'drone-strike', 'airstrike', 'ied', 'landmine', 'shelling', 'assassination', 'clash', 'attack-on-civilians', 'drug-seizure', 'weapons-seizure', 'smuggling-interdiction', 'arrest', 'other'];
const PRIORITY_OF = (e: ClauseEvent) => (ORDER.includes(e.type) ? ORDER.indexOf(e.type) : ORDER.length);

const shift = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
