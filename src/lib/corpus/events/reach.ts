/**
 * How far a cue reaches: whether a denial, a plan, background, a purpose or a grievance near an event
 * word turns that word off, by where the cue stands and what lies between (classify.ts asks it for
 * every event word of a clause; reach.spec.ts holds its cases).
 */
import { norm } from '$lib/arabic/normalize';
import type { CueKind, findCues, Trigger } from './lexicon';
import { span, type Hit, type Span } from './scan';
import { findDates } from '../dates';
import { litotes } from './litotes';
import { forestalled } from './forestalled';

/** A particle that may stand between a generic word and the event word: «دعا إلى اعتقال». */
const PARTICLE = /^(?:الي|علي|في|من|عن|ان|لـ?)$/;
export const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * Words that date a clause to a day: a count «منذ مطلع العام» after them compares, it does not sum. Dawn only with
 * its article («عند الفجر»): bare «فجر» dates nothing a day word after it does not («فجر اليوم»), and unvocalised it
 * is also the verb «فجّر» (blew up).
 */
export const DAY = /(?:^|\s)(?:(?:[وفبل]|ال)*(?:يوم|امس|اليوم|صباح|ظهر|مساء|ليله|الليله|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)|[وفبل]?(?:ال|لل)فجر)(?![\p{L}])/u;
/** A day of the month written out («في 2 آذار/ مارس», «يوم 14 تموز 2025») dates the clause as a weekday does. */
const datedDay = (clause: string) => findDates(clause).some((d) => d.day !== null);
const ownDay = (clause: string) => DAY.test(norm(clause)) || datedDay(clause);

/**
 * A superlative between the event and the period: «في واحدة من أكبر عمليات الضبط منذ مطلع العام», «الأولى من نوعها منذ
 * سنوات», «وُصفت بأنها الأوسع منذ …», «لتكون أول قاعدة … منذ سنوات», «في آخر هجوم من نوعه منذ …», and any count of a
 * series («في الدفعة الثالثة من نوعها منذ مطلع العام», «ثاني استهداف من نوعه خلال شهر») — not «أكثر من 500», a count
 * (normalised: ى is ي).
 */
/**
 * «في هجوم هو الثاني من نوعه منذ مطلع العام، انفجرت عبوة …», «وفي أكبر عملية ضبط منذ بداية العام، ضبطت …»: a fronted
 * aside that ranks the event in a series ends at its comma; the period it names counts the series, it does not make
 * the event told after the comma a count. Without the ranking («منذ مطلع العام، اعتقلت القوات 300 مطلوب») it does.
 */
function rankedAside(text: string, c: Span, cue: Span, t: Span): boolean {
	if (!COMPARE.test(norm(text.slice(c.start, cue.start)))) return false;
	const comma = text.slice(cue.end, t.start).search(/[،,]/);
	return comma >= 0 && words(text.slice(cue.end, cue.end + comma)) <= 1;
}

/**
 * What protesters demand may carry its own past («طالبوا بالكشف عن مصير المخطوفين خلال السنوات الماضية»): a period
 * after a demand dates what is demanded, not the protest.
 */
const DEMAND = /(?:^|\s)[وف]?(?:طالب\p{L}{0,3}|يطالب\p{L}{0,3}|مطالب\p{L}{0,3}|للمطالبه|تنديدا|استنكارا|احتجاجا|رفضا|للكشف|بالكشف)(?![\p{L}])/u;
const COMPARE = /واحده من|من\s+نوع(?:ه|ها)(?![\p{L}])|(?:^|\s)(?:ال|[لب]?)(?:اكبر|اضخم|ابرز|اخطر|اعنف|اوسع|اهم|اشد|اطول|اقوي|ادمي|افدح|اعلي|الاولي|الاول|اول|اخر)(?=\s|$)/u;

/**
 * A motive or charge phrase («على خلفية خلاف على أرض») ends where the clause goes on to what the event caused:
 * «…، أسفر عن مقتل اثنين», «…، ما أدى إلى إصابة ثلاثة» — that toll is the event's, not part of the motive.
 */
const RESULT = /[،,][\s\u00A0]*(?:[وف]?(?:ما\s+)?(?:اسفر|اسفرت|ادي|ادت|خلف|خلفت|اوقع|اوقعت|نجم|نتج)(?![\p{L}]))/u;

/**
 * «اعتقلت … ثلاثة أشخاص بتهمة الاتجار بالمخدرات، وضبطت بحوزتهم …», «أوقفت مطلوباً بتهمة القتل، وصادرت سلاحه»: a past
 * verb joined by «و» right after a comma goes on with what the force did; the charge ended at the comma. A verbal
 * noun there («بتهمة الانتماء لخلية، ونقل أسلحة») is still the list of charges.
 */
const goesOn = (text: string, cue: Span, t: Hit<Trigger>) =>
	t.entry.form === 'verb' && /[،,][\s\u00A0]*$/u.test(text.slice(cue.end, t.start)) && /^[وف]\p{L}{2,}(?:ت|وا|تا)$/u.test(norm(t.text).split(/\s+/)[0]);

/**
 * A demonstrative points back only to a definite noun («هذا الهجوم»); before an indefinite one it is the
 * object of what precedes it: «وسبق ذلك اجتماعٌ عُقد …» (that was preceded by a meeting).
 */
const DEMONSTRATIVE = /^[وف]?(?:هذا|هذه|ذلك|تلك|هذين|هاتين|هذان|هاتان)$/;
const DEFINITE = /^[وفبلك]?(?:ال|لل)/;
/** «يأتي», «جاء» before an event noun: only a definite one («ويأتي الاتفاق») is the event told; «جاءت تعزيزات» arrived. */
const COMES = /^[وف]?(?:ياتي|تاتي|جاء|جاءت)$/;

/**
 * «قد» before an imperfect is «may» («قد يؤدي»); a past verb of the forms that begin with «ت» («تسلّمت»,
 * «تبادلوا», «تمكنتا») or of a root that begins with «ن» («قد نشرت», «قد نفّذوا», «قد نقلتا») ends in a past person's
 * suffix and keeps «قد» as «has».
 */
const PAST_T = /^[تن]\p{L}{2,}(?:ت|وا|تا)$/u;

/**
 * «وعلى خلفية الحادث، أقدم غاضبون على …»: a motive phrase that opens the clause and is closed by a comma within a few
 * words sets the scene for the clause's event; it is no charge of an event word after the comma.
 */
function fronted(text: string, c: Span, cue: Span, t: Span): boolean {
	if (!/^[\s\u00A0]*[وف]?[\s\u00A0]*$/u.test(text.slice(c.start, cue.start))) return false;
	const comma = text.slice(cue.end, t.start).search(/[،,]/);
	return comma >= 0 && words(text.slice(cue.end, cue.end + comma)) <= 4;
}

/**
 * «في تصعيد يأتي بعد أسابيع من الهدوء، أعلنت …»، «بعد يومين من مقتل جنديين، قصفت القوات …»: a context phrase closed by
 * a comma within a few words sets the scene; the event word after the comma is the clause's own, not the earlier one.
 */
function closed(text: string, cue: Span, t: Span): boolean {
	const comma = text.slice(cue.end, t.start).search(/[،,]/);
	return comma >= 0 && words(text.slice(cue.end, cue.end + comma)) <= 4;
}

/**
 * «وفي وقت لاحق، عقد القائد اجتماعاً»: «later» opening its clause moves the story on to the next thing that
 * happened; it tells a plan only inside the clause («سيُعقد في وقت لاحق», «على أن تُعلن النتائج في وقت لاحق»).
 */
function narrativeLater(text: string, c: Span, cue: Span): boolean {
	return /^[وف]?في وقت لاحق$/.test(norm(cue.text)) && /^[\s\u00A0]*[وف]?[\s\u00A0]*$/u.test(text.slice(c.start, cue.start));
}
/** A comment on the event that follows it after a comma: «، في خطوة …», «، الأمر الذي …», «، وهو ما …». */
const COMMENT = /[،,]\s*(?:في\s+خطوه|وهي\s+خطوه|الامر\s+الذي|وهو\s+ما|وهو\s+الامر|ما\s+يعد|ما\s+اعتبر|ما\s+عده)(?![\p{L}])/u;

/**
 * A negated report of the event: «دون أن يُعلن عن اعتقال أي شخص», «لم تُسجَّل أي اشتباكات», «دون ورود أنباء عن
 * إصابات», «لم يسفر عن سقوط قتلى», «لم يتمكن من تفجيره» (failed: nothing went off), «ولم يُكشف عن موعد إعادة فتح المنفذ», «لم يُحدَّد موعد لاستئناف العبور» (no date
 * given: not yet) — only words of announcing, recording, dating or occurring stand between the negation
 * and the event word, so the event did not happen (or was not told).
 */
const REPORTED = /^\s*(?:(?:ان|عن|اي|ذلك|بعد|حتي|الان|حاليا|من)\s+|(?:يتمكن|تتمكن|يتمكنوا|تتمكنا|يتمكنا|يستطع|تستطع|يستطيعوا|ينجح|تنجح|ينجحوا|تنفيذ|يعلن|تعلن|الاعلان|اعلان|يسجل|تسجل|تسجيل|يرد|ترد|ورود|يقع|تقع|وقوع|يحدث|تحدث|حدوث|يسفر|تسفر|يتم|تتم|يجر|تجر|ابلاغ|الابلاغ|يبلغ|تبلغ|انباء|معلومات|تفد|يفد|تشر|يشر|يكشف|تكشف|الكشف|يحدد|تحدد|تحديد|يعرف|موعد|موعدا|تاريخ)\s+){1,4}$/u;

/**
 * A generic word that is the subject of a result verb names the operations whose outcome the clause tells:
 * «وأسفرت العمليات عن اعتقال ثمانية», «أدّت الحملات إلى توقيف …», «أثمرت المداهمات عن ضبط …» report the
 * outcome; the generic word does not make it a habit or a topic.
 */
const RESULT_OF = /(?:^|\s)[وف]?(?:ما\s+)?(?:اسفر|اسفرت|اسفرا|اسفروا|ادي|ادت|ادتا|اثمر|اثمرت|تمخض|تمخضت|اسفرتا)\s+$/u;

/**
 * «دعا المحافظ إلى فتح المعبر», «طالب الأهالي بإغلاق الطريق»: a call or a demand with its subject between it and
 * «إلى» / «بـ» + the event noun asks for the event; it does not report it.
 */
const CALL = /^[وف]?(?:دعا|دعت|دعوا|طالب|طالبت|طالبوا|يطالب|تطالب|يطالبون)$/;
function calledFor(text: string, cue: Span, t: Span, gap: number): boolean {
	if (!CALL.test(norm(cue.text)) || gap > 5) return false;
	return /(?:^|\s)الي\s*$/.test(norm(text.slice(cue.end, t.start))) || /^[وف]?ب/.test(norm(t.text));
}

/**
 * «تبنّى التنظيم الهجوم» points back to an attack told already (a definite noun); «تبنّت الفصائل هجوماً بمسيّرة على
 * قاعدة الشدادي» tells the attack itself, as «أعلنت استهداف …» does: the claim reports it.
 */
const CLAIM = /^[وف]?تبن(?:ي|ت|وا|يا)$/;
const claimTold = (cue: Span, t: Hit<Trigger>) => CLAIM.test(norm(cue.text)) && t.entry.form === 'noun' && !DEFINITE.test(norm(t.text));

const demanded = (text: string, t: Hit<Trigger>, cue: Span) => (t.entry.type === 'protest' || t.entry.type === 'riot') && DEMAND.test(norm(text.slice(t.end, cue.start)));
/**
 * «تتابع الوزارة بقلق … إذ أقدمت الميليشيا على إنشاء نقاط», «حذّرت …، بعد أن قصفت …»: a cause told after a concern or a
 * warning, opened by «إذ / حيث / بعد أن» and a verb in the past, is what happened; the fear does not reach it.
 */
const CAUSE = /(?:^|\s)(?:اذ|حيث|بعد\s+ان)\s+(?!(?:س|سوف|قد|ربما|يمكن|من\s+المحتمل)(?![\p{L}]))(?![يتن]\p{L}{2,}|س[يتن]\p{L}{2,})\p{L}{2,}/u;
const causeTold = (text: string, cue: Span, t: Span) => CAUSE.test(norm(text.slice(cue.end, t.end)));
/**
 * «وتتسارع وتيرة العودة منذ أشهر، إذ غادرت 150 عائلة المخيم الأسبوع الماضي», «تتكرر الهجمات منذ سنوات، حيث قُتل أمس
 * راعٍ …»: after a comma, «إذ» / «حيث» / «فقد» opens an instance of the trend the background told, and when that
 * instance is dated by words of its own (a day, last week) the trend's span does not reach it.
 */
const INSTANCE = /^[\s\u00A0]*(?:اذ|حيث|فقد|ففي)(?![\p{L}])/u;
function instance(text: string, c: Span, cue: Span, t: Span): boolean {
	const comma = Math.max(text.lastIndexOf('،', t.start), text.lastIndexOf(',', t.start));
	if (comma < cue.end || !INSTANCE.test(norm(text.slice(comma + 1, t.start)))) return false;
	const tail = text.slice(comma + 1, c.end);
	return ownDay(tail) || /(?:^|\s)(?:ال)?اسبوع\s+(?:ال)?ماضي(?![\p{L}])/u.test(norm(tail));
}
/**
 * «أربعة متهمين بالانتماء إلى داعش اعتُقلوا مساء الأربعاء», «مطلوبان للقضاء أُلقي القبض عليهما», «ثلاثة يُشتبه
 * بتورطهم في التفجير أوقفوا أمس»: a charge that describes the fronted subject of a finite arrest verb is why they were
 * arrested, not an event the verb belongs to (one is never charged with an arrest). Verbal nouns stay reached
 * («بتهمة الخطف والاعتقال التعسفي»).
 */
const chargedArrested = (t: Hit<Trigger>) => t.entry.type === 'arrest' && t.entry.form === 'verb';

/** The cue that turns an event word off, if any: where it stands decides whether it reaches the word. */
export function blockingCue(text: string, c: Span, t: Hit<Trigger>, cues: ReturnType<typeof findCues>): (Span & { kind: CueKind }) | null {
	for (const cue of cues) {
		const kind = cue.entry.kind;
		if (cue.start >= t.start && cue.end <= t.end) continue;
		if (kind === 'future' && (narrativeLater(text, c, cue) || forestalled(text, cue, t))) continue;
		const before = cue.end <= t.start;
		// «تسلّمت القوات …، في خطوة عدّها مسؤولون بداية تعاون لم يكن ممكناً قبل عام»: a comment on the event after a
		// comma judges it; its negations and past years are no frame of the event itself.
		if (!before && COMMENT.test(norm(text.slice(t.end, cue.start)))) continue;
		const gap = before ? words(text.slice(cue.end, t.start)) : words(text.slice(t.end, cue.start));
		const reach =
			// Background after the event word may describe its object («مختطفين منذ سنوات», «كان يعمل إبان سيطرة
			// التنظيم»), not date it: a day of the clause's own or a superlative («الأكبر منذ سقوط …») keeps the event.
			(kind === 'background' && (before ? !instance(text, c, cue, t) : !(ownDay(c.text) || COMPARE.test(norm(text.slice(t.end, cue.start))) || demanded(text, t, cue)))) ||
			(before && (kind === 'denial' || kind === 'future' || kind === 'pledge' || (kind === 'threat' && !causeTold(text, cue, t)) || kind === 'condition' || kind === 'aggregate' || (kind === 'context' && !claimTold(cue, t) && !closed(text, cue, t)) || (kind === 'charge' && !RESULT.test(norm(text.slice(cue.end, t.start))) && !fronted(text, c, cue, t) && !chargedArrested(t) && !goesOn(text, cue, t)))) ||
			(before && kind === 'anaphora' && gap === 0 && !((DEMONSTRATIVE.test(norm(cue.text)) || COMES.test(norm(cue.text))) && !DEFINITE.test(norm(t.text)))) ||
			kind === 'accident' ||
			(before && kind === 'judicial') ||
			(kind === 'period' && (before ? !rankedAside(text, c, cue, t) : !(ownDay(c.text) || COMPARE.test(norm(text.slice(t.end, cue.start)))))) ||
			// «… كانوا يخططون لـ»: what someone was planning, told after the event word, is no plan of that event.
			(!before && kind === 'future' && gap <= 3 && !/(?:^|\s)[وف]?(?:كان|كانوا|كانت|كانا)\s+$/.test(norm(text.slice(t.end, cue.start)))) ||
			(before && (kind === 'generic' || kind === 'purpose') && !(kind === 'generic' && RESULT_OF.test(norm(text.slice(c.start, cue.start)))) && (gap === 0 || (gap === 1 && PARTICLE.test(norm(text.slice(cue.end, t.start)).trim())))) ||
			(before && kind === 'generic' && calledFor(text, cue, t, gap)) ||
			(before && kind === 'negation' && !litotes(text, cue, c) && (gap <= 1 || REPORTED.test(norm(text.slice(cue.end, t.start))))) ||
			(before && kind === 'grievance' && t.entry.type !== 'protest' && t.entry.type !== 'riot' && !RESULT.test(norm(text.slice(cue.end, t.start)))) ||
			(kind === 'habitual' && gap <= 1) ||
			(before && kind === 'contents' && t.entry.form === 'noun' && gap <= 6 && !/^(?:[وفبل]?(?:ال)?)(?:انفجار|تفجير)/.test(norm(t.text))) ||
			(kind === 'later' && !DAY.test(norm(text.slice(c.start, cue.start) + ' ' + text.slice(cue.end, c.end)))) ||
			(kind === 'outcome' && (before || gap <= 3));
		if (reach) return { start: cue.start, end: cue.end, text: cue.text, kind };
	}
	// Shots «في الهواء» disperse or warn: no one is fought or hit («فرّقتهم بإطلاق النار في الهواء»).
	const air = /^[\s\u00A0]*(?:\p{L}+[\s\u00A0]+){0,3}في[\s\u00A0]+الهواء(?![\p{L}])/u.exec(norm(text.slice(t.end, c.end)));
	if (air && t.entry.type !== 'protest' && t.entry.type !== 'riot' && /نار|رصاص|عيار/.test(norm(t.text) + air[0])) return { ...span(text, t.end, Math.min(c.end, t.end + air[0].length + 2)), kind: 'accident' };
	// «قد» before a present-tense verb is «may»: «قد يؤدي». Before a past verb it is «has»: «قد زار».
	const prev = /(?:^|[\s\u00A0])قد[\s\u00A0]+$/u.exec(text.slice(c.start, t.start).slice(-12));
	// Only the verb's own word counts: «قد تبادلت إطلاق النار», «قد تمّ ضبط» are past («تم»/«تمت» the passive's helper).
	const verb = norm(t.text).split(/\s+/)[0];
	if (prev && /^[يتن]/.test(verb) && !PAST_T.test(verb) && !/^تمت?$/.test(verb)) return { ...span(text, t.start - prev[0].length, t.start - 1), kind: 'threat' };
	return null;
}
