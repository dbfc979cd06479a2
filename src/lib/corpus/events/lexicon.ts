/**
 * The Arabic event lexicon: words that report an incident, each mapped to our short `type` and to
 * ACLED's event_type / sub_event_type (notes/events-contract.md), and the cues that make a clause
 * not an event (a denial, a plan, a threat, a condition, background, analysis). Phrase syntax: scan.ts.
 */
import { PhraseList, type Hit } from './scan';
import { falseFriend } from './false-friends';
import { PRISON_TRIGGERS } from './prison-words';
import { DOMAIN_TRIGGERS } from './domain-triggers';
import { CROSSING, SECURITY, PEOPLE, WANTED, CACHE, BORDER, HELD, CROWD, SEAT_OF_AUTHORITY, GRIEVANCE, FORCES } from './trigger-needs';

/** Our short incident types (the contract's list). */
export const EVENT_TYPES = [
	'clash', 'ied', 'landmine', 'shelling', 'airstrike', 'drone-strike', 'suicide-bombing', 'assassination', 'abduction',
	'attack-on-civilians', 'arrest', 'drug-seizure', 'weapons-seizure', 'smuggling-interdiction', 'crossing-closed',
	'crossing-reopened', 'patrol', 'handover', 'repatriation', 'security-meeting', 'agreement', 'protest', 'riot',
	'infiltration', 'deployment', 'base-established', 'other'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** ACLED event_type and sub_event_type of each of our types (the usual coding; a clause may refine it). */
export const ACLED: Record<EventType, [string, string]> = {
	clash: ['Battles', 'Armed clash'],
	ied: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
	landmine: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
	shelling: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
	airstrike: ['Explosions/Remote violence', 'Air/drone strike'],
	'drone-strike': ['Explosions/Remote violence', 'Air/drone strike'],
	'suicide-bombing': ['Explosions/Remote violence', 'Suicide bomb'],
	assassination: ['Violence against civilians', 'Attack'],
	abduction: ['Violence against civilians', 'Abduction/forced disappearance'],
	'attack-on-civilians': ['Violence against civilians', 'Attack'],
	arrest: ['Strategic developments', 'Arrests'],
	'drug-seizure': ['Strategic developments', 'Other'],
	// As the coding rules have it (tests/fixtures/corpus/events/README.md): a seizure is Other; a defused bomb is Disrupted weapons use.
	'weapons-seizure': ['Strategic developments', 'Other'],
	'smuggling-interdiction': ['Strategic developments', 'Other'],
	'crossing-closed': ['Strategic developments', 'Other'],
	'crossing-reopened': ['Strategic developments', 'Other'],
	patrol: ['Strategic developments', 'Other'],
	handover: ['Strategic developments', 'Other'],
	repatriation: ['Strategic developments', 'Other'],
	'security-meeting': ['Strategic developments', 'Other'],
	agreement: ['Strategic developments', 'Agreement'],
	protest: ['Protests', 'Peaceful protest'],
	riot: ['Riots', 'Violent demonstration'],
	infiltration: ['Strategic developments', 'Other'],
	deployment: ['Strategic developments', 'Other'],
	'base-established': ['Strategic developments', 'Headquarters or base established'],
	other: ['Strategic developments', 'Other']
};

/** A word that reports an incident. */
export interface Trigger {
	type: EventType | 'seizure' | 'defusal' | 'attack' | 'killing' | 'explosion' | 'foiled' | 'raid' | 'escape' | 'looting';
	/** `verb`: a finite verb («اعتقلت»); `noun`: a verbal noun («اعتقال»), weaker on its own. */
	form: 'verb' | 'noun';
	phrases: string[];
	/** Words one of which must stand in the same clause (a generic verb such as «نقل» needs «عائلات»). */
	needs?: string[];
	/** A second list one of whose words must stand in the clause too (the object of a verb split from it by its subject). */
	also?: string[];
}


/**
 * Generic triggers resolve by what the clause says: `seizure` by its object (drugs, weapons, other
 * contraband), `defusal` is disrupted weapons use, `attack` by its means, `killing` by its victims.
 */
export const TRIGGERS: Trigger[] = [
	{ type: 'clash', form: 'verb', phrases: ['اشتبك*', 'تشتبك*', 'يشتبك*', 'تبادل* اطلاق النار', 'تبادلوا اطلاق النار'] },
	{ type: 'clash', form: 'noun', phrases: ['اشتباك*', 'مواجهات مسلحة', 'معارك', 'معركة', 'كمين', 'كمينا', 'وقعوا في كمين', 'نصب* كمين*', 'مواجهات', 'نزاع مسلح', 'نزاع عشائري مسلح', 'نزاعات مسلحة', 'اقتتال', 'اقتتال عشائري'] },
	{ type: 'ied', form: 'noun', phrases: ['عبوة ناسفة', 'عبوات ناسفة', 'عبوتين ناسفتين', 'عبوتان ناسفتان', 'انفجار عبوة', 'سيارة مفخخة', 'دراجة نارية مفخخة', 'عبوة لاصقة'] },
	{ type: 'landmine', form: 'noun', phrases: ['لغم', 'لغما', 'الغام', 'لغمين', 'لغمان', 'لغم ارضي', 'مخلفات الحرب', 'مخلفات حرب', 'مخلفات الحروب', 'مخلفات المعارك', 'من مخلفات', 'انفجار لغم'] },
	{ type: 'shelling', form: 'noun', phrases: ['صاروخ', 'صواريخ', 'سقوط صاروخ', 'سقوط صواريخ', 'قصف مدفعي', 'قصف صاروخي', 'قذائف هاون', 'قذيفة هاون', 'قذائف', 'قذيفة', 'صواريخ كاتيوشا', 'قصف', 'قذائف مدفعية', 'قذائف صاروخية', 'راجمة صواريخ', 'راجمات', 'قصف بالمدفعية', 'نيران المدفعية', 'صاروخ كاتيوشا', 'صاروخين', 'صاروخان', 'قذيفتين', 'قذيفتان', 'قذيفتا', 'قذيفتي هاون', 'قذيفتي مدفعية', 'قذيفة صاروخية'] },
	{ type: 'shelling', form: 'verb', phrases: ['قصف*', 'استهدف* بقذائف'] },
	{ type: 'airstrike', form: 'noun', phrases: ['غارة', 'غارات', 'ضربة جوية', 'ضربات جوية', 'ضربتين جويتين', 'ضربتان جويتان', 'ضربة جوية دقيقة', 'قصف جوي', 'ضربات دقيقة', 'ضربة دقيقة', 'الطيران الحربي', 'طائرات حربية', 'غارتين', 'غارتان', 'غارة جوية', 'غارات جوية', 'طائرة حربية', 'المقاتلات', 'طائرات مقاتلة'] },
	{ type: 'drone-strike', form: 'noun', phrases: ['طائرة مسيرة', 'طائرات مسيرة', 'مسيرة', 'مسيرات', 'مسيرتين', 'مسيرتان', 'طائرتين مسيرتين', 'طائرتان مسيرتان', 'طائرة بدون طيار', 'طائرة دون طيار', 'درون', 'ضربة بطائرة مسيرة', 'المسيرة', 'مسيرة انتحارية', 'طائرة مسيرة انتحارية', 'مسيرة مفخخة'] },
	{ type: 'suicide-bombing', form: 'noun', phrases: ['انتحاري', 'انتحارية', 'حزام ناسف', 'حزاما ناسفا', 'تفجير انتحاري'] },
	{ type: 'explosion', form: 'noun', phrases: ['انفجار', 'تفجير'] },
	// «فجّر مجهولون برجين», «فُجّر برج», «فُجّرا بعبوات», «فجّروها»: every person and the passive of «فجّر»; unvocalised
	// it is also «فجر» (dawn), which homographs.ts tells apart.
	{ type: 'explosion', form: 'verb', phrases: ['انفجرت', 'انفجر', 'فجروا', 'فجرت', 'تفجير*', 'فجر', 'فجرا', 'فجرتا', 'فجره', 'فجرها', 'فجرهما', 'فجروها'] },
	{ type: 'raid', form: 'noun', phrases: ['انزال جوي', 'انزالا جويا', 'عملية انزال', 'عملية انزال جوي'] },
	{ type: 'assassination', form: 'noun', phrases: ['اغتيال', 'عملية اغتيال'] },
	{ type: 'assassination', form: 'verb', phrases: ['اغتال*', 'اغتيل*'] },
	{ type: 'abduction', form: 'noun', phrases: ['اختطاف', 'خطف', 'عملية خطف'] },
	{ type: 'abduction', form: 'verb', phrases: ['اختطف*', 'خطف*', 'يختطف*'] },
	{ type: 'arrest', form: 'noun', phrases: ['اعتقال', 'القاء القبض', 'القبض على', 'توقيف', 'احتجاز'] },
	{ type: 'arrest', form: 'verb', phrases: ['اعتقل*', 'القت القبض', 'القى القبض', 'القوا القبض', 'قبضت على', 'اوقف*', 'احتجز*', 'تم القبض', 'تم اعتقال', 'تم توقيف'] },
	// Verb–subject–object: «ألقت قوة من الاستخبارات، فجر اليوم، القبض على …» puts the force between «ألقت» and «القبض».
	{ type: 'arrest', form: 'verb', phrases: ['القى', 'القت', 'القوا', 'القي', 'تلقي', 'يلقي'], needs: ['القبض'] },
	// A verbal noun carrying its object as a pronoun after «جرى / تم» («وجرى تسليمهم», «تم اعتقالهم»): the act, on those just named.
	{ type: 'arrest', form: 'noun', phrases: ['اعتقالهم', 'اعتقاله', 'اعتقالها', 'اعتقالهما', 'توقيفهم', 'توقيفه', 'توقيفهما'] },
	{ type: 'arrest', form: 'noun', phrases: ['مداهمة', 'مداهمات', 'حملة دهم', 'دهم', 'حملة امنية', 'حملة اعتقالات', 'حملة تفتيش', 'عملية امنية'] },
	{ type: 'arrest', form: 'verb', phrases: ['داهم*', 'دهمت'] },
	{ type: 'seizure', form: 'noun', phrases: ['ضبط', 'مصادرة', 'حجز', 'العثور على', 'ضبطية'] },
	// «القبض على … وبحوزته …»: what was found on the arrested was seized (its object types it); without
	// an arrest in the clause «بحوزتهم» only describes what someone carried.
	{ type: 'seizure', form: 'noun', phrases: ['بحوزت*', 'بحوزة'], needs: ['القبض', 'اعتقل*', 'اعتقال', 'توقيف', 'اوقف*', 'احتجز*', 'احتجاز'] },
	{ type: 'seizure', form: 'verb', phrases: ['ضبط*', 'صادر*', 'حجز*', 'عثر* على', 'تم ضبط', 'تمكن* من ضبط'] },
	// «جرى التحفظ على الصهاريج»: impounding goods or vehicles; «تحفّظ على القرار» (had reservations) names none.
	{ type: 'seizure', form: 'verb', phrases: ['تحفظ*', 'جرى التحفظ على', 'تم التحفظ على'], needs: HELD },
	{ type: 'seizure', form: 'noun', phrases: ['التحفظ على'], needs: HELD },
	// «عثرت قوة …، مساء أمس، على وكر …», «اعترضت … قطيعاً كان يُهرَّب»: a find or an interception, typed by
	// what it found; without a cache, arms, drugs or contraband named it is no seizure («عُثر على جثة»).
	{ type: 'seizure', form: 'verb', phrases: ['عثر*'], needs: CACHE },
	{ type: 'seizure', form: 'verb', phrases: ['اعترض*'], needs: HELD },
	// «أسقط الجيش مسيّرة محمّلة بالمخدرات»: a drone downed with its load is a seizure of the load.
	{ type: 'seizure', form: 'verb', phrases: ['اسقط*', 'تم اسقاط'], needs: ['مخدر*', 'كبتاغون', 'كريستال', 'الكريستال', 'حشيش*', 'حبوب'] },
	{ type: 'seizure', form: 'noun', phrases: ['اعتراض'], needs: CACHE },
	// «جرى إسقاط طائرة مسيّرة محمّلة بالكريستال»: the verbal noun of the downing, a finite report after «جرى / تم».
	{ type: 'seizure', form: 'noun', phrases: ['اسقاط'], needs: ['مخدر*', 'كبتاغون', 'كريستال', 'الكريستال', 'حشيش*', 'حبوب'] },
	{ type: 'defusal', form: 'noun', phrases: ['تفكيك', 'ابطال مفعول', 'تفجير* تحت السيطرة', 'معالجة عبوة'] },
	{ type: 'defusal', form: 'verb', phrases: ['فكك*', 'تفكيك*', 'ابطل*', 'تم تفكيك', 'تمكن* من تفكيك'] },
	{ type: 'attack', form: 'noun', phrases: ['اقتحام', 'قناص', 'عملية قنص', 'هجوم مسلح', 'هجوم', 'هجوما', 'هجمات', 'هجمة', 'استهداف', 'اطلاق نار', 'اطلاق النار'] },
	{ type: 'attack', form: 'verb', phrases: ['اقتحم*', 'قنص*', 'هاجم*', 'شن* هجوما', 'استهدف*', 'تعرض* لهجوم', 'اطلق* النار', 'فتح* النار'] },
	// «تعرّض حقل … التابع لقضاء …، مساء أمس، لهجوم بطائرة مسيّرة», «تعرضت المحطة لقصف مدفعي»: the target suffered an
	// attack, its name between the verb and what it suffered; «تعرّض لانتقادات» suffers no attack.
	{ type: 'attack', form: 'verb', phrases: ['تعرض', 'تعرضت', 'تعرضوا', 'تعرضا', 'تعرضتا'], needs: ['هجوم*', 'قصف*', 'استهداف', 'اعتداء*', 'انفجار', 'تفجير', 'اطلاق نار', 'اطلاق النار', 'غارة', 'غارات', 'عمل تخريبي', 'اعمال تخريبية', 'ضربة', 'ضربات', 'كمين', 'قنص', 'رشقة', 'رشقات'] },
	// Verb–subject–object: «أطلقت قوات الحشد النار على …» puts the subject between the verb and «النار».
	{ type: 'attack', form: 'verb', phrases: ['اطلق*'], needs: ['النار', 'الرصاص', 'نيران*'] },
	// «ارتقى ثلاثة من عناصر الجيش», «ارتقاء جنديين»: the state media's word for soldiers killed.
	{ type: 'killing', form: 'verb', phrases: ['قتل*', 'اعدم*', 'قتلوا', 'لقي* حتف*', 'لقي* مصرع*', 'لقوا حتفهم', 'لقوا مصرعهم', 'استشهد*', 'ارد* قتيل*', 'ارتقى', 'ارتقت', 'ارتقوا', 'ارتقيا'] },
	// Verb–subject–object: «لقي شاب مصرعه», «لقيت امرأة حتفها» put the dead between «لقي» and «مصرعه».
	{ type: 'killing', form: 'verb', phrases: ['لقي*'], needs: ['مصرع*', 'حتف*'] },
	// «طُعنت امرأة حتى الموت», «طعنه مجهولون بسكين»: a stabbing that kills (a legal appeal, «طعن في القرار», names none).
	{ type: 'killing', form: 'verb', phrases: ['طعن*'], needs: ['حتى الموت', 'سكين*', 'بسكين*', 'بالسكاكين', 'السكاكين', 'طعنات', 'طعنة'] },
	{ type: 'killing', form: 'noun', phrases: ['ارتقاء', 'مقتل', 'جثة', 'جثث', 'جثتي', 'جثتين', 'جثتا', 'تصفية', 'اعدام', 'اعدام ميداني', 'جثمان', 'جثامين', 'رفات'] },
	{ type: 'smuggling-interdiction', form: 'noun', phrases: ['احباط تهريب', 'احباط محاولة تهريب', 'محاولة تهريب', 'عملية تهريب'] },
	{ type: 'foiled', form: 'verb', phrases: ['احبط*', 'تم احباط', 'تمكن* من احباط'] },
	{ type: 'foiled', form: 'noun', phrases: ['احباط'] },
	{ type: 'infiltration', form: 'noun', phrases: ['تسلل', 'محاولة تسلل', 'عملية تسلل', 'متسلل*'] },
	{ type: 'infiltration', form: 'verb', phrases: ['تسلل*', 'يتسلل*'] },
	// An attempt to cross the border is an infiltration whoever stops it: «حاولوا العبور», «يحاولون اجتياز الساتر».
	{ type: 'infiltration', form: 'verb', phrases: ['حاول* العبور', 'يحاول* العبور', 'تحاول* العبور', 'حاول* عبور', 'يحاول* عبور', 'حاول* اجتياز', 'يحاول* اجتياز', 'حاول* الدخول', 'يحاول* الدخول'], needs: BORDER },
	{ type: 'infiltration', form: 'noun', phrases: ['محاولة عبور', 'محاولة اجتياز', 'محاولة دخول', 'عبور غير شرعي', 'دخول غير شرعي', 'اجتياز غير شرعي'], needs: BORDER },
	{ type: 'crossing-closed', form: 'noun', phrases: ['اغلاق معبر', 'اغلاق منفذ', 'اغلاق الحدود', 'اغلاق المعبر', 'اغلاق المنفذ', 'اغلاق', 'اغلاقه', 'اغلاقها', 'تعليق العمل', 'تعليق حركة', 'تعليق الحركة', 'تعليق العبور', 'ايقاف حركة', 'ايقاف الحركة', 'ايقاف العبور', 'وقف حركة', 'وقف العبور', 'غلق', 'غلقه', 'غلقها'], needs: CROSSING },
	// «علّقت الإدارة حركة العبور», «عُلّق العمل», «تم تعليق الحركة», «أوقفت … العبور»: a suspension is a closure.
	{ type: 'crossing-closed', form: 'verb', phrases: ['اغلق*', 'اوقف* حركة', 'اوقف* العبور', 'علق* العمل', 'علق* حركة', 'علق* الحركة', 'علق* العبور', 'تم تعليق', 'تم ايقاف'], needs: CROSSING },
	{ type: 'crossing-reopened', form: 'noun', phrases: ['اعادة فتح', 'اعادة افتتاح', 'افتتاح معبر', 'افتتاح منفذ', 'فتح معبر', 'فتح المعبر', 'فتح منفذ', 'فتح المنفذ', 'فتح الحدود', 'استئناف العمل', 'استئناف حركة'], needs: CROSSING },
	// Active and passive: «أعادت السلطات فتح المعبر», «أُعيد فتحه», «أُعيد افتتاح المنفذ», «أُعيد تشغيله», «فُتح المعبر», «استُؤنف العمل».
	{ type: 'crossing-reopened', form: 'verb', phrases: ['اعاد* فتح', 'اعاد* فتحه', 'اعاد* فتحها', 'اعيد* فتح*', 'اعيد* افتتاح*', 'اعيد* تشغيل*', 'تعيد فتح*', 'يعيد* فتح*', 'يعاد فتح*', 'تعاد فتح*', 'تعيد افتتاح*', 'يعيد* افتتاح*', 'افتتح*', 'استانف*', 'استونف*', 'تم افتتاح', 'تم فتح', 'فتحت'], needs: CROSSING },
	// Verb–subject–object: «أعادت إدارة المعبر، اليوم، فتح المعبر» puts the subject between «أعادت» and «فتح».
	{ type: 'crossing-reopened', form: 'verb', phrases: ['اعاد*'], needs: ['فتح', 'فتحه', 'فتحها', 'افتتاح', 'افتتاحه', 'تشغيل', 'تشغيله'], also: CROSSING },
	{ type: 'patrol', form: 'noun', phrases: ['دورية', 'دوريات', 'دورية مشتركة', 'جولة ميدانية'] },
	{ type: 'patrol', form: 'verb', phrases: ['سير* دوري*'] },
	{ type: 'handover', form: 'noun', phrases: ['تسليم', 'تسلم', 'تسليمهم', 'تسليمه', 'تسليمهما', 'تسلمهم'], needs: WANTED },
	{ type: 'handover', form: 'verb', phrases: ['سلم*', 'تسلم*', 'استلم*', 'تم تسليم'], needs: WANTED },
	{ type: 'repatriation', form: 'noun', phrases: ['نقل عائلات', 'نقل العائلات', 'اعادة عائلات', 'ترحيل', 'ترحيل عائلات', 'قافلة', 'دفعة جديدة', 'وجبة جديدة', 'اعادة', 'اجلاء'], needs: PEOPLE },
	{ type: 'repatriation', form: 'verb', phrases: ['نقل*', 'رحل*', 'اعاد*', 'وصل*', 'اجل*', 'تم نقل', 'تمت اعادة', 'غادر*', 'استقبل*'], needs: PEOPLE },
	{ type: 'security-meeting', form: 'noun', phrases: ['اجتماع', 'اجتماعا', 'لقاء', 'زيارة', 'اجتماع امني', 'وفد'], needs: SECURITY },
	// A meeting held with a security body is a security meeting though no word «أمني» is said: «عقدنا اجتماعاً مع قيادة
	// عمليات غرب نينوى وقيادات من الحشد», «اجتماع ضم قادة الجيش والشرطة». Only the meeting nouns: «بحث» or «زار» with
	// a force («بحثت القوات عن المفقودين», «زار الجيش») is a search or a visit of anything.
	{ type: 'security-meeting', form: 'noun', phrases: ['اجتماع', 'اجتماعا', 'اجتماعات'], needs: [...SECURITY, 'قيادة عمليات', 'قيادة العمليات', 'الحشد', 'الجيش', 'الشرطة', 'حرس الحدود', 'قوات الحدود', 'قادة', 'القادة', 'قائد', 'آمر*', 'الاسايش', 'قسد'] },
	{ type: 'security-meeting', form: 'verb', phrases: ['التقى', 'التقت', 'اجتمع*', 'زار', 'زارت', 'زاروا', 'يزور', 'تزور', 'بحث*', 'استقبل*'], needs: SECURITY },
	{ type: 'agreement', form: 'noun', phrases: ['اتفاق', 'اتفاقا', 'اتفاقية', 'اتفاقيتين', 'مذكرة تفاهم', 'توقيع'] },
	{ type: 'agreement', form: 'verb', phrases: ['وقع* اتفاق*', 'اتفق*', 'وقع* مذكرة', 'توصل* الى اتفاق'] },
	// A clan peace is an agreement (ACLED Agreement): «أُبرم صلح عشائري», «أبرمت العشيرتان صلحاً», «تمت المصالحة بين العائلتين»,
	// «عُقدت هدنة»; «أبرم» in any voice or person needs a pact after it («أبرم عقداً» for a lease is no event).
	{ type: 'agreement', form: 'noun', phrases: ['صلح عشائري', 'صلحا عشائريا', 'مصالحة عشائرية', 'صلح بين', 'صلحا بين', 'مصالحة بين', 'صك صلح', 'وثيقة صلح'] },
	{ type: 'agreement', form: 'verb', phrases: ['ابرم*', 'تم ابرام', 'جرى ابرام', 'عقد* صلح*', 'تم الصلح', 'تمت المصالحة', 'تصالح*'], needs: ['صلح*', 'مصالحة', 'اتفاق*', 'هدنة', 'تسوية', 'معاهدة', 'ميثاق*', 'العشيرتين', 'العائلتين', 'عشيرتين', 'عائلتين'] },
	// Verb–subject–object: «توصلت عائلتان في هجين إلى صلح عشائري», «أُبرم مساء الخميس صلح» put the parties or the time
	// between the verb and the accord; a tribal reconciliation (صلح) is an agreement as ACLED codes it.
	{ type: 'agreement', form: 'verb', phrases: ['توصل*'], needs: ['اتفاق*', 'صلح*', 'تسوية', 'هدنة', 'مصالحة'] },
	// Verb–subject–object: «وقّع وزيرا الداخلية في بغداد مذكرة تفاهم» puts the signatories between «وقّع» and the text signed.
	{ type: 'agreement', form: 'verb', phrases: ['وقع*'], needs: ['مذكرة', 'مذكرة تفاهم', 'مذكرتي', 'اتفاقية', 'اتفاقيتين', 'بروتوكول', 'وثيقة', 'ميثاق', 'ميثاقا'] },
	{ type: 'protest', form: 'noun', phrases: ['تظاهرة', 'تظاهرات', 'مظاهرة', 'مظاهرات', 'احتجاج', 'احتجاجات', 'وقفة احتجاجية', 'اعتصام', 'وقفة', 'اضراب', 'قطع طريق', 'قطع الطريق'] },
	{ type: 'protest', form: 'verb', phrases: ['تظاهر*', 'احتج', 'احتجت', 'احتجوا', 'يحتج', 'يحتجون', 'تحتج', 'اعتصم*', 'محتج', 'محتجون', 'محتجين', 'محتجو', 'محتجة', 'متظاهر*', 'تجمع* احتجاج*', 'قطع* الطريق', 'قطعوا طريق', 'اضرب*'] },
	// Verb–subject–object: «قطع العشرات من أبناء العشيرة، صباح أمس، الطريق العام» puts the crowd between «قطع» and
	// the road; a crowd in the clause tells it from forces cutting a smugglers' route.
	// The present tense of a ticker («أهالي القرية يقطعون الطريق العام») reports it as it happens, as the past does.
	{ type: 'protest', form: 'verb', phrases: ['قطع*', 'يقطع*', 'تقطع*'], needs: ['الطريق', 'طريق', 'الطرق', 'الطرقات', 'الجسر', 'الاوتستراد'], also: CROWD },
	// A crowd gathering in denunciation or to demand («احتشد مئات … تنديداً بـ», «تجمهر الأهالي … للمطالبة بـ», «خرج العشرات
	// استنكاراً لـ»): a protest; forces massing («احتشدت تعزيزات») or a patrol going out state no grievance.
	{ type: 'protest', form: 'verb', phrases: ['احتشد*', 'يحتشد*', 'تحتشد*', 'تجمهر*', 'يتجمهر*', 'تجمع*', 'يتجمع*', 'خرج', 'خرجت', 'خرجوا', 'يخرج*'], needs: GRIEVANCE },
	{ type: 'protest', form: 'noun', phrases: ['احتشاد', 'تجمهر', 'تجمع'], needs: GRIEVANCE },
	// A crowd gathering before a seat of authority («تجمّع مئات من الأهالي أمام مبنى المحافظة», «احتشد العشرات أمام مقر
	// المجلس», «يتجمهر ذوو المعتقلين أمام دائرة …») protests there even when no grievance word is told; forces massing do not.
	{ type: 'protest', form: 'verb', phrases: ['احتشد*', 'يحتشد*', 'تحتشد*', 'تجمهر*', 'يتجمهر*', 'تجمع*', 'يتجمع*'], needs: SEAT_OF_AUTHORITY, also: CROWD },
	{ type: 'riot', form: 'noun', phrases: ['اعمال شغب', 'شغب'] },
	// A crowd burning or smashing («أقدم عشرات الغاضبين على إحراق …», «حطّم محتجون …») riots; an armed group burning crops does not.
	{ type: 'riot', form: 'noun', phrases: ['احراق', 'تحطيم', 'تكسير', 'اضرام النار'], needs: CROWD },
	// «كسّر المحتجون واجهات …» in its verb forms only: «كسرة خبز» (a crust) is a noun, no smashing.
	{ type: 'riot', form: 'verb', phrases: ['احرق*', 'حطم*', 'كسر', 'كسروا', 'كسرت', 'كسرن', 'يكسرون', 'اضرم* النار'], needs: CROWD },
	// «رشقوا سيارات … بالحجارة», «رُشقت الدورية بالحجارة»: stoning is rioting.
	{ type: 'riot', form: 'verb', phrases: ['رشق*'], needs: ['بالحجارة', 'الحجارة', 'حجارة', 'بالحجار'] },
	// «نفّذت الوحدات انتشاراً واسعاً», «شهد محيط المدينة انتشاراً لعناصر الأمن العام»: the accusative too, and police or security men.
	{ type: 'deployment', form: 'noun', phrases: ['تعزيزات', 'تعزيزات عسكرية', 'نشر قوات', 'انتشار', 'انتشارا'], needs: [...FORCES, 'الامن العام', 'الامن الداخلي', 'عناصر الامن', 'الشرطة'] },
	{ type: 'deployment', form: 'verb', phrases: ['دفع* بتعزيزات', 'نشر*', 'ارسل* تعزيزات', 'وصلت تعزيزات', 'انتشر*'], needs: FORCES },
	{ type: 'base-established', form: 'noun', phrases: ['انشاء قاعدة', 'اقامة قاعدة', 'قاعدة جديدة', 'نقطة عسكرية جديدة'] },
	// A headquarters or base opened or set up, in any voice and order: «افتُتح مقر متقدم للواء», «مقراً جديداً للفوج
	// أُنشئ», «أنشأت القوات قاعدة»; a unit or a military word in the clause tells it from a party's or a council's office.
	{ type: 'base-established', form: 'verb', phrases: ['افتتح*', 'انشا*', 'انشئ*', 'تم افتتاح', 'تم انشاء'], needs: ['مقر*', 'قاعدة', 'قاعدة عسكرية', 'نقطة عسكرية', 'موقع عسكري'], also: FORCES },
	...PRISON_TRIGGERS,
	...DOMAIN_TRIGGERS
];

/** Words that tell what a seizure seized. */
export const OBJECTS = {
	drugs: ['مخدرات', 'المواد المخدرة', 'مواد مخدرة', 'كبتاغون', 'كبتاجون', 'الكبتاغون', 'حشيش*', 'حبوب', 'حبة', 'كريستال', 'هيروين', 'مؤثرات عقلية', 'الكريستال', 'مخدر*'],
	// A belt found or seized is a weapon held, not a device planted (an explosive).
	weapons: ['حزام ناسف', 'احزمة ناسفة', 'اسلحة', 'سلاح', 'اسلحه', 'ذخائر', 'ذخيرة', 'اعتدة', 'متفجرات', 'صواريخ', 'قذائف', 'عبوات', 'عبوة', 'رمانات', 'قنابل', 'كدس', 'اكداس', 'مضبطة', 'بنادق', 'رشاش*', 'مسدس*', 'كلاشنكوف', 'هاونات', 'ار بي جي', 'بندقية', 'بندقيتين', 'قاذفة', 'قاذفات', 'قواذف', 'طلقة', 'طلقات', 'عتاد', 'صاروخ', 'صاروخا', 'مسدسات', 'منصة اطلاق', 'منصة لاطلاق', 'منصات اطلاق', 'منصات لاطلاق', 'منصة صواريخ', 'راجمة', 'راجمات'],
	explosive: ['عبوة', 'عبوات', 'عبوتين', 'لغم', 'الغام', 'مفخخة'],
	contraband: ['مهربة', 'تهريب', 'مهرب*', 'وقود', 'سجائر', 'مواشي', 'اغنام', 'بضائع', 'نفط', 'مسروق*', 'مشتقات نفطية', 'مازوت', 'بنزين', 'اثار', 'قطع اثرية', 'عملة مزورة', 'دخان', 'اسلاك نحاس', 'سيارات مهربة', 'عملات', 'بطريقة غير شرعية', 'بطريقة غير قانونية', 'بشكل غير شرعي', 'بشكل غير قانوني', 'بصورة غير شرعية',
		// Goods brought in without the papers a customs post asks for are contraband however ordinary: «شاحنات محمّلة
		// بأجهزة كهربائية دخلت دون إجازات استيراد», «بضاعة مخالفة للضوابط», «بلا موافقات رسمية».
		'دون اجازة استيراد', 'دون اجازات استيراد', 'بدون اجازة استيراد', 'بدون اجازات استيراد', 'دون اجازة', 'دون اجازات', 'دون موافقات', 'بلا اجازة', 'بلا اجازات', 'دون تصريح', 'بدون تصريح', 'دون ترخيص', 'بدون ترخيص', 'مخالفة للضوابط', 'مخالفات كمركية', 'مخالفات جمركية']
} as const;

export { CUES, findCues, type CueKind } from './cues';

/**
 * A finite verb never carries the article or a preposition: «القتلى» (the dead) and «بقصف» are nouns,
 * not «قتل» and «قصف» the verbs. The first word of a verb phrase takes only و / ف; participles listed
 * with the verbs (محتجون، متظاهرون: م…) do take the article.
 */
const asVerb = (p: string) => (/^[=+م]/.test(p) ? p : '+' + p);
const triggerList = new PhraseList(TRIGGERS, (t) => (t.form === 'verb' ? t.phrases.map(asVerb) : t.phrases));
const objectList = new PhraseList(
	(Object.keys(OBJECTS) as (keyof typeof OBJECTS)[]).map((k) => ({ kind: k, phrases: OBJECTS[k] as readonly string[] })),
	(o) => o.phrases
);

/** Every event word in `text[from, to)`, in text order. */
export function findTriggers(text: string, from = 0, to = text.length): Hit<Trigger>[] {
	return triggerList.find(text, from, to).filter((t) => !falseFriend(text, t));
}

/** Every seized-object word (drugs, weapons, explosives, contraband) in `text[from, to)`. */
export function findObjects(text: string, from = 0, to = text.length): Hit<{ kind: keyof typeof OBJECTS; phrases: readonly string[] }>[] {
	return objectList.find(text, from, to);
}
