/**
 * Ground violence and explosions as frontier outlets word them: people taken to an unknown place or lost touch with,
 * attacks and executions, fighters «finished off», hand grenades and booby-trapped vehicles.
 * Built from how Arabic outlets on the Iraq–Syria frontier word these events, beside the words lexicon.ts grew from
 * the labelled splits; the sentences and near misses are in ground.spec.ts and explosions.spec.ts. Phrase syntax: scan.ts.
 */
import { norm } from '$lib/arabic/normalize';
import type { Trigger } from './lexicon';
import type { Hit } from './scan';

/** People one takes away or loses touch with: civilians, herders, truffle pickers, workers, a named few. */
const TAKEN = ['مدني*', 'رعاة', 'راعي*', 'جامعي', 'شاب*', 'شبان', 'اشخاص', 'شخص*', 'مواطن*', 'عمال', 'صياد*', 'طفل*', 'اطفال', 'امراة', 'نساء', 'سائق*', 'تاجر*', 'مزارع*', 'ثلاثة', 'اربعة', 'خمسة', 'عدد من'];
/** Fighters as the object of «قضى على» (killed): not a hope or a phenomenon ended («القضاء على الفساد»). */
const FIGHTERS = ['ارهابي*', 'الارهابيين', 'عناصر', 'عنصر*', 'مسلح*', 'عدد من', 'قيادي*', 'انتحاري*', 'مقاتل*'];

/** Crossing unlawfully: the manner that makes a crossing an infiltration. */
const UNLAWFUL = ['بطريقة غير شرعية', 'بطريقة غير قانونية', 'بطريقة غير نظامية', 'بشكل غير شرعي', 'بشكل غير قانوني', 'بشكل غير نظامي', 'بصورة غير شرعية', 'بصورة غير قانونية', 'بصورة غير نظامية', 'بطرق غير شرعية', 'بطرق غير قانونية', 'بطرق غير نظامية', 'خلسة'];

/** Coming from the other side of the border: «من الجانب السوري», «من الأراضي العراقية», «من سوريا». */
const ACROSS = ['من الجانب السوري', 'من الجانب العراقي', 'من الاراضي السورية', 'من الاراضي العراقية', 'من سوريا', 'من سورية', 'من العراق', 'من الجهة السورية', 'من الجهة العراقية'];
/** The persons' forms of «crossed», «entered». */
const CROSSED = ['عبروا', 'عبرا', 'عبرتا', 'يعبرون', 'دخل', 'دخلوا', 'دخلا', 'يدخلون', 'اجتاز', 'اجتازوا', 'اجتازا'];
/**
 * «سلّمت قواتنا اثني عشر مواطناً كانوا قد دخلوا مناطقنا بطرق غير شرعية», «اعتقلت خمسة عناصر …، موضحاً أنهم "دخلوا
 * بطريقة غير شرعية"»: a crossing in the pluperfect, or given as the reason («أنهم», «لأنهم»), says who the people
 * handed over or arrested are, from before the event told (false-friends.ts drops it).
 */
export const crossedBefore = (text: string, t: Hit<Trigger>) => CROSSED.includes(norm(t.phrase.replace(/^[=+]/, ''))) && /(?:^|\s)(?:قد|[بل]?ان(?:ه|هم|هما|ها))\s*["«“]?\s*$/u.test(norm(text.slice(Math.max(0, t.start - 10), t.start)));

export const GROUND_TRIGGERS: Trigger[] = [
	// Ground. «اقتادوه إلى جهة مجهولة», «فُقد الاتصال بأربعة من جامعي الكمأة», «اختفاء قسري»: taken away or vanished.
	{ type: 'abduction', form: 'verb', phrases: ['اقتاد*', 'يقتاد*', 'تقتاد*'], needs: ['مجهولة', 'مجهول', 'جهة مجهولة', 'مكان مجهول'] },
	{ type: 'abduction', form: 'noun', phrases: ['اقتياد'], needs: ['مجهولة', 'مجهول', 'جهة مجهولة', 'مكان مجهول'] },
	{ type: 'abduction', form: 'verb', phrases: ['فقد* الاتصال', 'انقطع* الاتصال', 'فقد* اثر*'], needs: TAKEN },
	{ type: 'abduction', form: 'noun', phrases: ['فقدان الاتصال', 'انقطاع الاتصال', 'اختفاء قسري', 'اخفاء قسري', 'تغييب قسري', 'اختطافه', 'اختطافهم', 'اختطافها', 'خطفه', 'خطفهم'] },
	// «أمطروا السيارة بالرصاص», «هجوم إرهابي», «اعتداء مسلح»: attacks typed by their victims (resolve.ts).
	{ type: 'attack', form: 'verb', phrases: ['امطر*'], needs: ['بالرصاص', 'الرصاص', 'بوابل'] },
	{ type: 'attack', form: 'noun', phrases: ['هجوم ارهابي', 'هجوما ارهابيا', 'هجمات ارهابية', 'اعتداء مسلح', 'اعتداء ارهابي', 'هجوم غادر'] },
	// «صدّت قواتنا تعرّضاً لعصابات داعش», «تصدّى المجاهدون، مساء الأحد، لتعرّض نفذته مجموعة …», «تمكنوا من صدّ تعرّض غادر»:
	// the PMF's and the army's own register for an attack on their post beaten off («تعرّض» is the attack): a fight.
	{ type: 'clash', form: 'verb', phrases: ['صد', 'صدت', 'صدوا', 'صدته', 'صدتها', 'يصد', 'تصد', 'نصد', 'صدينا', 'تصدى', 'تصدت', 'تصدوا', 'يتصدى', 'تتصدى', 'تصدينا', 'التصدي'], needs: ['تعرض*'] },
	// «اعتقل الجيش شخصين عبرا من الأراضي السورية بطريقة غير شرعية», «ضبطت ستة أشخاص دخلوا البلاد بصورة غير قانونية»:
	// people who crossed the border unlawfully, caught or not, are an infiltration (the arrest is its ACLED pair: rulings.ts).
	// Only the persons' forms: «عبر» alone is the preposition «via», «عبّرت» is «expressed».
	{ type: 'infiltration', form: 'verb', phrases: CROSSED, needs: UNLAWFUL },
	// «اعتقلت أربعة أشخاص عبروا من الجانب السوري», «تسعة دخلوا من الأراضي العراقية»: people who crossed from the other
	// side of the border and were caught, said with no unlawful manner, crossed it unlawfully; only the persons' plural and
	// dual, not a column that «دخل». Caught, since families who «عبروا من الجانب السوري» for a holiday crossed lawfully.
	{ type: 'infiltration', form: 'verb', phrases: CROSSED.filter((w) => !['دخل', 'اجتاز'].includes(w)), needs: ACROSS, also: ['اعتقل*', 'القبض', 'اوقف*', 'ضبط*', 'احتجز*', 'توقيف', 'اعتقال', 'احتجاز', 'قبض*'] },
	// «قضت وحدات الجيش على عدد من الإرهابيين», «تم القضاء على إرهابيَّين»: fighters killed, a fight (resolve.ts types it).
	{ type: 'attack', form: 'verb', phrases: ['قضت', 'قضى', 'قضوا', 'قضينا'], needs: ['على'], also: FIGHTERS },
	{ type: 'attack', form: 'noun', phrases: ['القضاء على'], needs: FIGHTERS },
	// «تحييد خمسة إرهابيين»: the Turkish defence ministry's word (Anadolu's Arabic service) for fighters killed or captured
	// in its operations, coded as a fight; «حيّد» takes fighters only.
	{ type: 'attack', form: 'verb', phrases: ['حيد', 'حيدت', 'حيدوا', 'حيدنا', 'تم تحييد'], needs: FIGHTERS },
	{ type: 'attack', form: 'noun', phrases: ['تحييد'], needs: FIGHTERS },
	// «ذبح / نحر التنظيم راعياً»: a throat cut is an execution (resolve.ts), of people only — not of livestock.
	{ type: 'killing', form: 'verb', phrases: ['ذبح*', 'نحر*', 'تم ذبح', 'تم نحر'], needs: [...TAKEN, 'عنصر*', 'جندي*', 'اسير*', 'مختطف*'] },
	{ type: 'killing', form: 'noun', phrases: ['استشهاد', 'مصرع'] },
	// Cluster submunitions and unexploded ordnance left by the war kill as remnants do (README: war remnants are landmines):
	// «بانفجار قنبلة عنقودية», «ذخائر عنقودية», «ذخيرة غير منفجرة», «من بقايا الحرب».
	{ type: 'landmine', form: 'noun', phrases: ['قنبلة عنقودية', 'قنابل عنقودية', 'قنبلتين عنقوديتين', 'ذخيرة عنقودية', 'ذخائر عنقودية', 'ذخيرة غير منفجرة', 'ذخائر غير منفجرة', 'بقايا الحرب', 'من بقايا', 'مخلفات حرب'] },
	// Explosions: a hand grenade thrown, a booby-trapped vehicle in the Iraqi «عجلة» or the «ملغومة» of other outlets.
	{ type: 'ied', form: 'noun', phrases: ['قنبلة يدوية', 'قنابل يدوية', 'رمانة يدوية', 'عجلة مفخخة', 'سيارة ملغومة', 'سيارة ملغمة', 'صهريج مفخخ', 'شاحنة مفخخة', 'جسم متفجر', 'عبوة محلية الصنع'] }
];
