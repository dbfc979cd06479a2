/**
 * Which event already told a clause with no day and no place of its own tells again (extract.ts folds it into that
 * event instead of drafting it): the event its sentence told just before, of a kind that goes with it; an event it
 * names back by a definite noun («العملية», «العبوة», «الهجوم»); or, named with the article, the last event of its type.
 */
import { norm } from '$lib/arabic/normalize';
import { compatibleTypes } from './corroborate';
import type { Reading } from './readings';
import { followsUp, sequel } from './sequels';

/** A search or cordon of the site: «شرعت قوة بتفتيش الموقع», «فرضت القوات طوقاً», «تمشيط المنطقة». */
const SEARCH = /تفتيش|تمشيط|طوق/;

/**
 * The event named back as a definite noun before the event word: «أن العملية أسفرت عن قتل أربعة», «إن العبوة كانت
 * مزروعة … وانفجرت», «وأسفر الهجوم عن …», «الضربة الجوية أدت إلى …». Its article says the reader knows it: it is the
 * event told before, not a new one.
 */
const NAMED_BACK = /(?<!\p{L})(?:[وفبل]|لل)?ال(?:عمليه|هجوم|هجمه|عبوه|عبوتين|عبوتان|ضربه|ضربات|غاره|غارات|انفجار|تفجير|اشتباك|اشتباكات|كمين|حادث|حادثه|لغم|مداهمه|انزال|قصف)(?![\p{L}])/u;

/** The reading `r` tells again, if any. `readings` are those read so far; `sentence` is where r's sentence starts. */
export function toldBefore(r: Reading, readings: Reading[], sentence: number): Reading | undefined {
	if (!r.bare) return undefined;
	const here = (x: Reading) => !x.place || !r.place || (x.place.place.id ?? x.place.place.geonameid) === (r.place.place.id ?? r.place.place.geonameid);
	const before = readings.findLast((x) => x.mentions.some((m) => m.start >= sentence && m.start < r.ev.clause.start));
	const c = r.ev.clause;
	const lead = norm(c.text.slice(0, Math.max(0, r.ev.trigger.end - c.start)));
	// A search or cordon that follows an event in its sentence («…، فيما فرضت القوات طوقاً وباشرت بحملة تفتيش», «فيما
	// شرعت قوة بتفتيش الموقع وعثرت على أسلحة») with no one arrested is that event's aftermath, whatever its type.
	const aftermath = SEARCH.test(lead) && !r.quantities.arrested;
	// «…، حيث اشتبكت الوحدات مع أفراد المجموعة»: a follow-up telling how the event went on (sequels.ts).
	const goesOnAs = before && followsUp(c.text) && sequel(before.ev.type, r.ev.type);
	if (before && (compatibleTypes(before.ev.type, r.ev.type) || aftermath || goesOnAs) && here(before)) return before;
	if (NAMED_BACK.test(lead)) return readings.findLast((x) => x.ev.type === r.ev.type) ?? readings.findLast((x) => compatibleTypes(x.ev.type, r.ev.type));
	return r.ev.trigger.entry.form === 'noun' && /^[وفبلك]?(?:ال|لل)/.test(norm(r.ev.trigger.text)) ? readings.findLast((x) => x.ev.type === r.ev.type) : undefined;
}
