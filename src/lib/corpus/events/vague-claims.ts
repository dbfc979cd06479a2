/**
 * A party's claim that names no place or day of its own: «قالت وزارة الدفاع التركية إن قواتها "حيّدت 9 إرهابيين" في
 * شمال سوريا خلال الأيام السبعة الماضية، من دون أن تحدد أماكن العمليات», «أعلنت تحييد خمسة إرهابيين خلال الساعات
 * الـ24 الماضية», «حيّدت إرهابيين اثنين …، وهي الرواية التي تكررها أنقرة عقب كل عملية مماثلة». It sums up a span
 * of operations or repeats a ritual claim: a statistic, no incident an analyst codes. Three signs make it: the verb
 * of that claim («حيّد», «تحييد»: neutralised), a span of days or hours just past, and the statement's own silence
 * on where and when («من دون أن تحدد المكان», «دون تحديد مواقعهم») or the writer calling it the claim it always
 * makes. Two of them together are the family; one alone is not: «حيّدت إرهابيَين اثنين قرب تل رفعت أمس» and
 * «وخلال الأسبوع الماضي، داهمت القوات قرية …» stay events. The cue is 'period' (tallies.ts): a day of the clause's
 * own keeps the event (reach.ts).
 */

/** «خلال الأيام السبعة الماضية», «خلال الساعات الأربع والعشرين الماضية», «خلال الـ24 ساعة الماضية», «على مدى اليومين الماضيين». */
export const SPAN_PAST =
	/(?<![\p{L}])(?:خلال|طيله|طوال|علي\s+مدي|علي\s+مدار|في)\s+(?:ال|الـ\s*)?(?:[0-9\u0660-\u0669]+\s+)?(?:اسبوع|ايام|يومين|ساعات|ساعه|اشهر|شهر|اسابيع|اسبوعين)(?:\s+(?:ال|الـ\s*)?(?:[0-9\u0660-\u0669]+|\p{L}+)){0,3}?\s+(?:ال)?(?:ماضي|ماضيه|ماضيين|ماضيتين|منصرم|منصرمه|فايت|فايته|اخير|اخيره|اخيرين)(?![\p{L}])/u;

/** The verb of the ritual claim: «حيّدت», «نحيّد», «تحييد» (neutralised — killed, wounded or captured, untold which). */
const NEUTRALISED = /(?<![\p{L}])[وف]?(?:حيد|حيدت|حيدوا|حيدنا|يحيد|تحيد|نحيد|يحيدون|(?:ب|ل|و)?(?:ال)?تحييد)(?![\p{L}])/u;

/**
 * The statement's silence on where or when: «من دون أن تحدد أماكن العمليات», «دون أن يذكر مكانها», «دون تحديد
 * مواقعهم», «من دون أن تحدد المكان أو التاريخ».
 */
const UNSAID =
	/(?<![\p{L}])(?:من\s+)?دون\s+(?:ان\s+(?:ت|ي)(?:حدد|ذكر|سمي|كشف|وضح|فصح)\p{L}{0,3}|(?:تحديد|ذكر|تسميه|الكشف\s+عن|توضيح|الافصاح\s+عن))\s+(?:\p{L}+\s+){0,2}?(?:ال)?(?:مكان|اماكن|موقع|مواقع|منطقه|مناطق|تاريخ|توقيت|زمان|مكانها|مكانهم|موقعها|مواقعهم|مواقعها|اماكنها|اماكنهم)\p{L}{0,3}(?![\p{L}])/u;

/** The writer's word that the claim is the one always made: «وهي الرواية التي تكررها أنقرة», «في رواية تتكرر عقب كل عملية». */
const RITUAL = /(?<![\p{L}])(?:الروايه|روايه|الذريعه|ذريعه|الحجه|الاسطوانه)\s+(?:التي\s+)?(?:ت|ي)?(?:تكرر|كرر|يكرر|تكررها|يكررها|كررتها|تتكرر|ترددها|يرددها|تسوقها|يسوقها)(?![\p{L}])/u;

/** Where the cue stands in the normalised clause, or null when fewer than two signs are there. */
export function vagueClaim(text: string): { start: number; end: number } | null {
	const span = SPAN_PAST.exec(text);
	const unsaid = UNSAID.exec(text) ?? RITUAL.exec(text);
	const claim = NEUTRALISED.test(text);
	// The cue is the span or the silence (after the event word: it reaches only a clause with no day of its own).
	const at = span ?? unsaid;
	if (!at || (!claim && !(span && unsaid))) return null;
	return { start: at.index, end: at.index + at[0].length };
}
