/**
 * A clause that speaks ABOUT an event by naming it back in a relative clause — its toll, its circumstances, its
 * details, its victims or its authors, or a condemnation of it: «كشف مصدر عن حصيلة محدّثة للتفجير الذي استهدف عجلة
 * عسكرية», «لا تزال ملابسات الضربة التي استهدفت موقعاً … غامضة», «تفاصيل الهجوم الذي طال الحاجز», «أدانت الوزارة
 * الاعتداء الذي تعرض له المنفذ». The definite noun with «الذي/التي» is an event the reader is taken to know; when the
 * article tells an event of that kind elsewhere (before or after: the lead often comes first), the clause is that
 * telling, no incident of its own (the README: a lead or a recap told again is one incident). When the article tells
 * nothing else, the clause stays the one telling it. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import { compatibleTypes } from './corroborate';
import { fold } from './retold';
import type { Reading } from './readings';

/** The event nouns named back: «التفجير», «الضربة», «الهجوم», «الاعتداء» … (normalised). */
const NOUN = '(?:تفجير|انفجار|ضربه|ضربات|غاره|غارات|هجوم|هجمات|اعتداء|استهداف|قصف|حادث|حادثه|اشتباك|اشتباكات|كمين|عمليه|جريمه|اغتيال|مجزره)';
/** What is said of it: its toll, circumstances, details, aftermath, victims, authors, an inquiry into it, a condemnation. */
const SAID = '(?:حصيله|ملابسات|تفاصيل|تداعيات|خلفيات|ضحايا|قتلي|جرحي|منفذي|هويه|التحقيق|التحقيقات|تحقيق|تحقيقات|[وف]?(?:ا|ي|ت)?دان\\p{L}{0,2}|ادانه|[وف]?[يت]?ستنكر\\p{L}{0,2}|استنكار|[وف]?[يت]?ندد\\p{L}{0,2}|تنديد|نعي|شجب\\p{L}{0,2})';
const ABOUT = new RegExp(`(?:^|\\s)${SAID}(?:[\\s،,]+\\p{L}+){0,4}?[\\s،,]+(?:[بل]?ال|لل)${NOUN}(?:\\s+(?!الذي|التي)ال\\p{L}+){0,2}\\s+(?:الذي|التي|اللذين|اللتين)(?![\\p{L}])`, 'u');
/** Types that are acts of violence, the only events so named back. */
const VIOLENT = new Set(['suicide-bombing', 'drone-strike', 'airstrike', 'ied', 'landmine', 'shelling', 'assassination', 'abduction', 'clash', 'attack-on-civilians']);

/** Where the clause of `r` names an event back, the offset in its clause text after which the relative clause runs. */
function namedBack(r: Reading): number {
	const c = r.ev.clause.text;
	const m = ABOUT.exec(norm(c));
	return m ? m.index : -1;
}

/** A place by its name: a GeoNames place has no gazetteer id, and one town may be both. */
const where = (r: Reading) => r.place?.place.name_en ?? "";

/** `readings` with every clause that only speaks about an event told elsewhere in the article folded into that event. */
export function foldAbout(readings: Reading[]): Reading[] {
	let out = readings;
	for (const r of readings) {
		if (!VIOLENT.has(r.ev.type) || namedBack(r) < 0) continue;
		// Only an event at its place (or the clause names none): «ارتفعت حصيلة الهجوم الذي شنّه داعش على حاجز في محيط
		// معدان» is the one telling of that attack when the other event the article tells is a strike near another town.
		const others = out.filter((x) => x !== r && VIOLENT.has(x.ev.type) && namedBack(x) < 0 && (!r.place || !x.place || where(x) === where(r)));
		const to = others.find((x) => compatibleTypes(x.ev.type, r.ev.type)) ?? (r.ev.type === 'clash' ? others[0] : undefined);
		if (!to) continue;
		out = out.filter((x) => x !== r).map((x) => (x === to ? fold(x, r) : x));
	}
	return out;
}
