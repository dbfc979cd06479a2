/**
 * Event words that, in their sentence, are no event: a purpose («معدة للتفجير»), a controlled
 * detonation of what was found, «قطع الطريق أمام» (forestall), an interview, «نشر بياناً» (published),
 * «من أجل», «نقل … عن» (relayed words), a body at its funeral, a party's objection (objection.ts), «صادر عن» / «ضبط الحدود» (issued by, controlling). Moved out
 * of lexicon.ts whole; findTriggers drops every hit these recognise. Pure.
 */
import { norm } from '$lib/arabic/normalize';
import type { Hit, Span } from './scan';
import type { Trigger } from './lexicon';
import { disposal } from './disposal';
import { dawn, halted } from './homographs';
import { figurative } from './figurative';
import { objection } from './objection';
import { liftedCurfew } from './triggers-custody';
import { crossedBefore } from './triggers-ground';
import { unused } from './unused';

/** Whether the event word `t` is one of the look-alikes below in its sentence. */
export function falseFriend(text: string, t: Hit<Trigger>): boolean {
	return (t.entry.type === 'crossing-reopened' && planned(text, t)) || purpose(text, t) || (t.entry.type === 'seizure' && notSeizure(text, t)) || (t.entry.type === 'deployment' && published(text, t)) || (t.entry.type === 'protest' && (forestall(text, t) || objection(text, t))) || (t.entry.type === 'arrest' && detentionPlace(text, t)) || interview(text, t) || relayed(text, t) || forAim(text, t) || (t.entry.type === 'explosion' && (disposal(text, t) || dawn(text, t))) || (t.entry.type === 'arrest' && halted(text, t)) || (t.entry.type === 'drone-strike' && (smugglingDrone(text, t) || watchingDrone(text, t))) || figurative(text, t) || march(text, t) || (t.entry.type === 'killing' && funeral(text, t)) || (t.entry.type === 'other' && liftedCurfew(text, t)) || (t.entry.type === 'infiltration' && crossedBefore(text, t)) || unused(text, t);
}

/**
 * «قبل أن تعيد فتحها في التاسع من الشهر», «بعد أن يُعاد فتحه»: the imperfect of a reopening after «قبل أن / بعد أن»
 * tells what happened; anywhere else («على أن يُعاد فتحه بعد يومين», «تعيد السلطات فتح المعبر غداً») it is a plan.
 */
function planned(text: string, t: Span): boolean {
	if (!/^[وف]?[يت](?:عيد|عاد)/.test(norm(t.text))) return false;
	return !/(?:^|\s)(?:قبل|بعد)\s+ان\s+$/.test(norm(text.slice(Math.max(0, t.start - 12), t.start)));
}

/** «معدة للتفجير», «تُستخدم للقصف»: ل with a definite verbal noun names what a thing is for, not an event. */
const purpose = (text: string, t: Hit<Trigger>) => t.entry.form === 'noun' && !norm(t.phrase).startsWith('ال') && /^[وف]?لل/.test(norm(t.text)) && !suffered(text, t);
/**
 * «تعرّض تاجر مواشٍ من بلدة الكسرة للخطف», «تعرضت الدورية للاستهداف», «تعرّضوا للاعتقال»: the «لـ» is what a past
 * «تعرّض» (suffered) governs, its subject between them, not a purpose: the verbal noun is the event suffered.
 */
const SUFFERED = /(?:^|\s)[وف]?تعرض(?:ت|وا|ا|تا)?\s+(?:[^\s.،,؛]+\s+){0,6}$/u;
const suffered = (text: string, t: Span) => SUFFERED.test(norm(text.slice(Math.max(0, t.start - 80), t.start)));

/** «قطع الطريق أمام الفلول / على الإرهابيين»: *to forestall* someone, not a road blocked in protest. */
const forestall = (text: string, t: Span) =>
	/قطع/.test(norm(t.text)) && /^[\s\u00A0]*(?:امام|علي)[\s\u00A0]+(?!(?:ال)?(?:مبني|مقر|دايره|مديريه|مجلس|بوابه|مدخل|مكتب|ديوان|حركه|السيارات|العجلات|المركبات|الماره)(?![\p{L}]))/u.test(norm(text.slice(t.end, t.end + 24)));

/**
 * «استقبل القائد مراسل الصحيفة», «التقت صحفيين»: receiving a reporter is an interview, not a meeting. So is an outlet
 * meeting an official to put questions to him («التقت القناة مسؤولاً … وسألته عن …», «التقينا قائد الفوج وطرحنا عليه
 * أسئلة», «التقى الموقع آمر اللواء وحاوره»): a question asked in the meeting's sentence makes it the interview's frame.
 */
const interview = (text: string, t: Span) =>
	/^[وف]?(?:استقبل|التقي|التقت|التقوا|التقينا|التقيت|اجتمع)/.test(norm(t.text)) &&
	(/^[\s\u00A0]*(?:[\p{L}]+[\s\u00A0]+){0,9}?(?:ال|ب|بال)?(?:مراسل|صحفي|صحافي)/u.test(norm(text.slice(t.end, t.end + 90).split(/[،,.؛]/)[0])) ||
		ASKED.test(norm(text.slice(t.end, t.end + 300).split(/[.؛?؟\n]/)[0])) ||
		OUTLET.test(norm(text.slice(t.end, t.end + 40))));
/**
 * The outlet itself as the one who met («التقت شبكة رووداو الإعلامية مسؤولاً محلياً … تحدث عن الوضع», «التقى موقع
 * العهد آمر اللواء», «والتقت قناة الحدث قائداً»): a newsroom meets an official only to interview him, asked or not.
 */
const OUTLET = /^[\s\u00A0]*(?:(?:ال)?(?:شبكه|قناه|موقع|وكاله|صحيفه|جريده|اذاعه|منصه|مجله|تلفزيون|فضائيه|مراسل|مراسله|مراسلو)(?![\p{L}])|(?:رووداو|روداو|كوردستان|كردستان|السومريه|شفق|الحره|العهد)(?![\p{L}]))/u;
/** Putting questions: «وسألته», «سألناها», «وطرح عليه أسئلة», «وحاورته», «في حوار», «في مقابلة» (normalised: «أسئلة» is «اسيله»). */
const ASKED = /(?:^|\s)[وف]?(?:سال(?:ه|ها|هم|هما|ته|تها|تهم|ناه|ناها|ناهم|وه|وها)|اسيله|الاسيله|حاور\p{L}*|حوار|مقابله|لقاء\s+خاص)(?![\p{L}])/u;

/** Things one publishes: «بيان», «صور», «الخبر». */
const PUBLISHED = /^(?:[وبل]?(?:ال)?)(?:بيان|بيانا|تصريح\p{L}*|تسجيل|مقطع|صور|صوره|فيديو|تقرير|تقريرا|منشور|تغريده|رساله|خبر|اخبار|الانباء|مقال|نتايج)$/u;

/**
 * «بيان نشرته», «صور نشرها», «حتى ساعة نشر الخبر», «نشرت الوزارة بياناً»: «نشر» beside a thing one publishes
 * (before it, as its object, or after a one-word subject) is *published*, not *deployed*.
 */
function published(text: string, t: Span): boolean {
	if (!/^[وف]?نشر/.test(norm(t.text))) return false;
	const before = norm(text.slice(Math.max(0, t.start - 30), t.start)).trim().split(/\s+/).at(-1) ?? '';
	// The object decides, past a subject of up to three words: the first of a published thing or a unit within four words.
	const after = norm(text.slice(t.end, t.end + 50)).split(/[،,.]/)[0].trim().split(/\s+/).slice(0, 4);
	const object = after.find((w) => PUBLISHED.test(w) || /^(?:[وبل]?(?:ال)?)(?:قوات|قوه|تعزيزات|وحدات|جنود|عناصر|نقاط|دوريات|ارتال)$/u.test(w));
	// «وفق ما نشره المركز الإعلامي», «بحسب ما نشرت الوكالة»: «ما» (what) before «نشر» is what a source published.
	if (/^[وفبل]?(?:ما|مما|بما)$/.test(before)) return true;
	return PUBLISHED.test(before) || (object !== undefined && PUBLISHED.test(object));
}

/**
 * «مراكز الاحتجاز», «مرافق الاعتقال», «ظروف الاحتجاز», «مركز توقيف»: a verbal noun after a place or a condition
 * word names where or how people are held, not an arrest made.
 */
const detentionPlace = (text: string, t: Span) =>
	/^[وفبل]?(?:ال)?(?:احتجاز|اعتقال|توقيف)$/.test(norm(t.text)) &&
	/(?:^|\s)[وفبل]?(?:ال)?(?:مركز|مراكز|مرفق|مرافق|مكان|اماكن|معسكر|معسكرات|مخيم|مخيمات|ظروف|سجن|سجون|مقر|مقرات|غرفه|زنزانه|منشاه|منشات)\s+$/u.test(norm(text.slice(Math.max(0, t.start - 16), t.start)));

/** «من أجل» (in order to) is no «أجلى» (evacuated). */
const forAim = (text: string, t: Span) => /^اجل$/.test(norm(t.text)) && /(?:^|\s)من\s+$/.test(norm(text.slice(Math.max(0, t.start - 4), t.start)));

/** «نقلت وكالة الأنباء عن مصدر», «كما نقل عن القائد»: «نقل … عن» relays words; it moves no one. */
function relayed(text: string, t: Span): boolean {
	if (!/^[وف]?(?:نقل|ينقل|تنقل)/.test(norm(t.text))) return false;
	const after = norm(text.slice(t.end, t.end + 60)).split(/[،,.]/)[0];
	return /^(?:\s+\S+){0,4}\s+عن(?!\s+طريق)(?![\p{L}])/u.test(after);
}

/**
 * «صادر عن / من / في» is *issued by* or *issued in* («بيان صادر عن القيادة», a statement signed «صادر في أربيل»)
 * and «صادرات» *exports*: no confiscation («صادر» the verb takes its object, not a preposition). «ضبط
 * الحدود / الأمن / الأوضاع / خطوط التهريب / المساحات» is *controlling* the border, order, the routes or the land, not seizing it.
 */
/** A blast told: «انفجار», «انفجر», «تفجير». */
const BLAST_BEFORE = /(?:^|\s)[وفب]?(?:ال)?(?:انفجار|انفجر\p{L}{0,2}|تفجير|تفجر\p{L}{0,2})(?![\p{L}])/u;
function notSeizure(text: string, t: Span): boolean {
	const word = norm(t.text).replace(/^[وف]?(?:ال)?/, '');
	if (/^صادرات$/.test(word)) return true;
	// «شبكة مراسليه ومصادره الأهلية», «مصادرها الخاصة»: «مصادر» with a possessive pronoun is *sources*; the confiscation
	// («مصادرة») ends in «ة», which the normalised word no longer tells from «ه».
	if (/^[وفبل]?مصادر(?:ه|ها|هم|هما|نا)$/u.test(t.text.replace(/[\u064B-\u0652\u0640]/gu, ''))) return true;
	// «منصة الإطلاق عُثر عليها لاحقاً»: a find whose object is a pronoun is of a thing the story already told.
	if (/^عثر/.test(word) && /^\s*علي(?:ه|ها|هم|هما)(?![\p{L}])/u.test(norm(text.slice(t.end, t.end + 12)))) return true;
	// «قُتل راعٍ بانفجار لغم …، وعثر ذووه على جثته», «… وعُثر على جثث الركاب»: a body found after a blast told before it in
	// the sentence is the blast's dead, not a seizure; typed by the device, it turned a landmine that went off into one found.
	if (/^عثر/.test(word) && BLAST_BEFORE.test(norm(text.slice(Math.max(0, t.start - 300), t.start)).split(/[.؛!?؟\n]/).at(-1) ?? '') && /^\s+(?:(?:\p{L}+\s+){0,2}?علي\s+)?(?:[وف]?(?:ال)?)(?:جث[هتث]|جثمان|جثامين|رفات)/u.test(norm(text.slice(t.end, t.end + 40)))) return true;
	// «اعترض على» is *objected to*, not *intercepted*.
	// «اعترض نواب المحافظة على القرار»: «على» within three words, not before a road or the border.
	if (/^اعترض/.test(word) && /^(?:\s+\p{L}+){0,2}\s+علي\s+(?!(?:ال)?(?:طريق|حدود|شريط|ساتر|مقربه|بعد)(?!\p{L}))/u.test(norm(text.slice(t.end, t.end + 50)))) return true;
	if (/^[لب]?ضبط$/.test(word) && /^\s+(?:ال)?(?:حدود|شريط|امن|اوضاع|وضع|نفس|ايقاع|خطوط|مساحات|مناطق)/.test(norm(text.slice(t.end, t.end + 12))) && !securitySeized(text, t)) return true;
	// «بيان صادر عن القيادة», «بحسب بيان مقتضب صادر عنها», «تعليمات صادرة منهم»: issued by, with or without a pronoun.
	return /^صادر(?:ه|ين|ان|تان)?$/.test(word) && /^\s+(?:عن|من|في)(?:ه|ها|هم|هما|نا)?(?![\p{L}])/u.test(norm(text.slice(t.end, t.end + 10)));
}

/**
 * «ضبط الأمن العام مستودعاً …», «ضبط الأمن الداخلي شحنة حشيش»: «الأمن» with a body's adjective is the subject that
 * seized, when a thing seized follows within four words; «ضبط الأمن العام في المدينة» (keeping order) names none.
 */
function securitySeized(text: string, t: Span): boolean {
	const after = norm(text.slice(t.end, t.end + 70)).split(/[،,.؛]/)[0];
	return /^\s+الامن\s+(?:العام|الداخلي|الجنايي|العسكري|السياسي|الوطني)\s+(?:\S+\s+){0,3}?(?:[وب]?(?:ال)?)?(?:مستودع|مخزن|مخب|وكر|شحن|كميه|كميات|اسلح|سلاح|ذخاير|ذخيره|قذايف|صواريخ|عبو|الغام|متفجرات|مخدر|حبوب|حشيش|كبتاغون|سياره|سيارات|شاحنه|صهريج|دراج|بندقي|بنادق|مسدس|رشاش|اطنان|طن)/u.test(after);
}

/**
 * «أسقط الجيش طائرة مسيّرة محمّلة بالكريستال», «اعترضت الدفاعات مسيّرة تحمل حبوباً مخدرة»: a drone downed with
 * drugs aboard is a smuggling run stopped (a seizure), not a strike.
 */
function smugglingDrone(text: string, t: Span): boolean {
	const before = norm(text.slice(Math.max(0, t.start - 40), t.start)).split(/[.؛\n]/).at(-1) ?? '';
	if (!/(?:^|\s)[وف]?(?:اسقط|اسقاط|اعترض|اعتراض|تم\s+اسقاط)\p{L}*(?:[\s،,]+\p{L}+){0,3}[\s،,]+$/u.test(before)) return false;
	return /(?:مخدر|كبتاغون|كبتاجون|كريستال|حشيش|حبوب|هيروين)/.test(norm(text.slice(t.end, t.end + 80)).split(/[.؛]/)[0]);
}

/**
 * «أجرت عمليات مسح بالطائرات المسيرة», «استطلاع بطائرة مسيّرة», «تحليق مسيّرات فوق البلدة», «مسيّرة للاستطلاع»:
 * a drone that surveys, watches, films or flies over is the means of a patrol or a watch, not a strike.
 */
function watchingDrone(text: string, t: Span): boolean {
	const before = norm(text.slice(Math.max(0, t.start - 30), t.start)).split(/[.،,؛\n]/).at(-1) ?? '';
	if (/(?:^|\s)[وف]?(?:ب|ال|بال)?(?:مسح|استطلاع|رصد|مراقبه|تصوير|تحليق)(?:\s+(?:جوي|دقيق|مستمر))?\s+$/u.test(before)) return true;
	return /^\s*(?:[\p{L}]+\s+)?(?:لل|ل|بغرض\s+ال|بهدف\s+ال)(?:استطلاع|تصوير|مراقبه|رصد)/u.test(norm(text.slice(t.end, t.end + 30)));
}

/**
 * «مسيرة الإعمار», «بمسيرة النضال», «مسيرة السلام»: «مسيرة» is also a march or a course, named by the abstract noun
 * it governs; a drone is never followed by one of these, nor walked in by a crowd.
 */
function march(text: string, t: Span & { entry: Trigger }): boolean {
	if (t.entry.type !== 'drone-strike' || !/^[وفبل]?(?:ال)?مسير(?:ه|ات)$/.test(norm(t.text))) return false;
	const after = norm(text.slice(t.end, t.end + 30));
	if (/^\s+(?:ال)?(?:اعمار|سلام|نضال|تنميه|عوده|بناء|اصلاح|حوار|تقدم|حياه|عمل|شهداء|مصالحه|تعافي|ديمقراطيه|تطوير|خير|تحرير|ثوره|شعب|تعليم|حج|اربعين)(?![\p{L}])/u.test(after)) return true;
	// A crowd's march: «في مسيرة جابت شوارع المدينة», «مسيرة حاشدة / احتجاجية / راجلة», «خرج المئات في مسيرة …».
	if (/^\s+(?:(?:ال)?(?:حاشده|احتجاجيه|شعبيه|راجله|جماهيريه|سلميه|تضامنيه|غاضبه|طلابيه|نسويه|شموع|للشموع)|(?:جابت|جالت|طافت|جابوا|انطلقت\s+من)\s+(?:ال)?(?:شوارع|احياء|ساحه|ساحات|طرقات|مركز|وسط))(?![\p{L}])/u.test(after)) return true;
	// Walking or heading out in it: «قبل أن يتوجهوا في مسيرة إلى مقر الأمم المتحدة», «ساروا في مسيرة نحو مبنى المحافظة»,
	// «انطلق الأهالي في مسيرة» — a drone is sent or flies, never walked in («في» + a verb of going).
	return /(?:^|\s)[وف]?[يت]?(?:خرج|شارك|نظم|تظاهر|احتشد|توجه|سار|سير|انطلق|نطلق|مشي|مشو|زحف)\p{L}{0,3}\s(?:[^.،]{0,60}\s)?في\s+$/u.test(norm(text.slice(Math.max(0, t.start - 80), t.start)));
}

/**
 * «وشيّع أهالي البلدة، عصر أمس، جثمان المنتسب», «خلال مراسم تشييع جثامين الضحايا»: the body a funeral carries is a
 * death told already (a non-event in the README's terms); the strike that killed, told after it, stays reported.
 */
function funeral(text: string, t: Span): boolean {
	if (!/^[وفبل]?(?:ال)?(?:جثمان|جثماني|جثامين|جثه|جثث|جثتي|جثتين|رفات)$/.test(norm(t.text))) return false;
	const before = norm(text.slice(Math.max(0, t.start - 70), t.start)).split(/[.؛\n]/).at(-1) ?? '';
	return /(?:^|\s)[وف]?(?:شيع\p{L}{0,3}|يشيع\p{L}{0,2}|تشييع|جنازه|مراسم|موكب)(?:[\s،,]+\S+){0,6}[\s،,]+$/u.test(before);
}
