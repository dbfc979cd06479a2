/**
 * A clause that comes back to an event already drafted, whatever date or place its own words give (told.ts folds
 * only clauses with neither): the long register tells the event, then its aftermath and its details as sentences
 * of their own. Each of these is that event, no incident of its own (the README: «a search of the site, weapons
 * found on the bodies after a strike … is part of the incident»):
 * - a search of the event's site and what it found: «فتشت قوة الموقع صباح اليوم وعثرت على أحزمة ناسفة»,
 *   «قامت قوة بتفتيش موقع الضربة فجر اليوم وعثرت على جثث», «تمشيط مكان الحادث»;
 * - the bodies of its dead, found after it: «الجثة الرابعة عُثر عليها تحت الأنقاض في وقت لاحق»;
 * - the event named back as the subject of its verb: «أن الحادث أسفر أيضاً عن استشهاد منتسب», «"الضربة استهدفت
 *   كهفاً …"», «والهجوم خلّف أضراراً» — a definite noun before its verb is the one the reader knows;
 * - the same act's sequel that takes it as a pronoun: «بعد أن أمّنت قطعات الجيش نقلها من المنفذ حتى المخيم»;
 * - a force's arrival at the scene: «وصلت دورية إلى المكان بعد ساعة من الحادثة», «فرّ صاحبه قبل وصول الدورية».
 */
import { norm } from '$lib/arabic/normalize';
import { compatibleTypes } from './corroborate';
import type { Reading } from './readings';

/** Searching: «فتشت», «تفتيش», «تمشيط», «مسح». */
const SEARCH = /(?:^|\s)[وفبل]?(?:ال)?(?:فتش\p{L}{0,3}|تفتيش|تمشيط|مشط\p{L}{0,3}|مسح)(?![\p{L}])/u;
/** An event's site: «الموقع» alone, «موقع الضربة», «مكان الحادث», «محيط الانفجار». */
const SITE = /(?:^|\s)[وفبل]?(?:ال|لل)موقع(?=\s*[،,.]|\s+(?!ال)|$)|(?:^|\s)[وفبل]?(?:موقع|مكان|محيط)\s+(?:ال|لل)(?:ضربه|ضربات|غاره|حادث|حادثه|انفجار|تفجير|هجوم|اشتباك|اشتباكات|قصف|استهداف|عمليه|سقوط|الجريمه)(?![\p{L}])/u;
/** The event named back as the subject of its verb. Not «الهجوم الثاني», «الانفجار الآخر», «حادث منفصل»: another one. */
const SUBJECT = /(?:^|\s|["«“])(?:ان|إن|و|ف)?\s?ال(?:حادث|حادثه|هجوم|ضربه|غاره|انفجار|تفجير|اعتداء|استهداف|قصف)\s+(?!(?:ال)?(?:ثاني|ثانيه|اخر|اخري|جديد|منفصل|ثالث)(?![\p{L}]))(?:(?:قد|ايضا|كذلك)\s+)?(?:اسفر|اسفرت|ادي|ادت|خلف|خلفت|اوقع|اوقعت|استهدف|استهدفت|طال|طالت|اصاب|اصابت|تسبب|تسببت)(?![\p{L}])/u;
/** «الجثة الرابعة عُثر عليها تحت الأنقاض», «والجثث عُثر عليها لاحقاً»: the bodies of the event's dead, found after it. */
const BODY = /(?:^|\s)[وف]?ال(?:جثه|جثث|جثتين|جثتان|جثمان|جثامين)\s+(?:\p{L}+\s+)?(?:قد\s+)?(?:عثر|وجدت|وجد)\s+علي(?:ها|هم|ه|هما)(?![\p{L}])/u;
/** «بعد أن أمّنت القوات نقلها», «قبل أن تنقلهم»: a sequel whose object is a pronoun for what was told. */
const SEQUEL_OF = /^[وف]?(?:بعد|قبل)\s+ان\s+(?:\p{L}+\s+){0,4}?\p{L}{2,}(?:ه|ها|هم|هما)(?![\p{L}])/u;
/** A force arriving at the scene, or the time of its arrival («قبل وصول الدورية»; not «بعد وصول الدفعة الأولى», families). */
const ARRIVAL = /(?:^|\s)(?:قبل|بعد|لدي|عند|فور|حين)\s+وصول\s+(?:ال)?(?:دوريه|دوريات|قوه|قوات|عناصر|شرطه|امن|جيش|مفارز|مفرزه|فرق|فريق|اسعاف|سيارات)(?![\p{L}])|(?:^|\s)[وف]?(?:وصل|وصلت|وصلوا|حضر|حضرت)\s+(?:\p{L}+\s+){0,4}?(?:الي\s+)?(?:المكان|مكان\s+ال\p{L}+|موقع\s+ال\p{L}+)(?![\p{L}])/u;
/** Types that are acts of violence: the events whose site is searched. */
const VIOLENT = new Set(['suicide-bombing', 'drone-strike', 'airstrike', 'ied', 'landmine', 'shelling', 'assassination', 'abduction', 'clash', 'attack-on-civilians']);

/** The reading the clause of `r` comes back to, if any (`readings` are those read so far, in text order). */
export function retold(r: Reading, readings: Reading[]): Reading | undefined {
	if (!readings.length) return undefined;
	const c = norm(r.ev.clause.text);
	if (SEARCH.test(c) && SITE.test(c) && !r.quantities.arrested) return readings.findLast((x) => VIOLENT.has(x.ev.type)) ?? readings.at(-1);
	if (SUBJECT.test(c) || BODY.test(c)) return readings.findLast((x) => compatibleTypes(x.ev.type, r.ev.type)) ?? readings.findLast((x) => VIOLENT.has(x.ev.type));
	const last = readings.at(-1)!;
	// Only the sequel's own verb: «وبعد أن رصدته الكاميرات، اعتقلت الشرطة شخصاً آخر» fronts it before a new event.
	const comma = r.ev.clause.text.search(/[،,]/);
	const own = comma < 0 || r.ev.trigger.start - r.ev.clause.start < comma;
	if (SEQUEL_OF.test(c) && own && last.ev.type === r.ev.type) return last;
	if (ARRIVAL.test(c) && (r.ev.type === 'patrol' || r.ev.type === 'repatriation' || r.ev.type === 'deployment')) return last;
	return undefined;
}

/**
 * `event` with the clause of `r` as one more mention: the event keeps its own type, day, place and figures; a day or
 * place it lacks (a headline's telling: «خطف شاب في التبني …» then «بعد أن اختطفه مسلحون مساء الثلاثاء») comes from r.
 */
export function fold(event: Reading, r: Reading): Reading {
	return {
		...event,
		when: event.when?.role === 'event' || r.when?.role !== 'event' ? (event.when ?? r.when) : r.when,
		place: event.place ?? r.place,
		actors: [...event.actors, ...r.actors.filter((a) => !event.actors.some((b) => b.id === a.id))],
		fatalities: event.fatalities ?? r.fatalities,
		injuries: event.injuries ?? r.injuries,
		quantities: { ...r.quantities, ...event.quantities },
		mentions: [...event.mentions, ...r.mentions].sort((a, b) => a.start - b.start)
	};
}
