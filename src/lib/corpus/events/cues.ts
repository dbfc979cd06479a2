/**
 * Cues that make a clause no event, or an event word no event of its own: a denial, a plan, a threat,
 * a condition, background, a statistic, a charge, a back-reference. Where a cue must stand to reach an
 * event word is decided in classify.ts. Phrase syntax: scan.ts.
 */
import { PhraseList, type Hit } from './scan';
import { normalize, norm } from '$lib/arabic/normalize';
import { tallyCues } from './tallies';
import { DAY } from './reach';

/** What a cue says about a clause. */
export type CueKind = 'denial' | 'future' | 'later' | 'contents' | 'threat' | 'condition' | 'background' | 'aggregate' | 'period' | 'accident' | 'judicial' | 'context' | 'outcome' | 'habitual' | 'charge' | 'anaphora' | 'generic' | 'negation' | 'purpose' | 'grievance' | 'pledge';

/** «قبل نحو عامين», «قبل ثلاث سنوات»: an event that long before the article is background. */
const AGO = ['', 'نحو ', 'قرابة ', 'حوالي ', 'اكثر من '].flatMap((q) =>
	['عام', 'عامين', 'سنة', 'سنتين', 'ثلاثة اعوام', 'ثلاث سنوات', 'اربعة اعوام', 'اربع سنوات', 'خمسة اعوام', 'خمس سنوات', 'عقد من الزمن'].map((u) => `قبل ${q}${u}`)
);

const DAYS = ['يوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الاسبوع', 'الشهر', 'العام', 'السنة', 'الايام', 'الاسابيع', 'الاشهر', 'الشهور'];
const LATER = DAYS.flatMap((d) => [`${d} =المقبل*`, `${d} =القادم*`, `يوم ${d} =المقبل`, `يوم ${d} =القادم`]).concat(['بعد غد', 'غدا']);

/**
 * «استُهدف الحقل مرات عدة خلال العامين الماضيين»: an event told as repeated over a span, or over the last two years
 * or months, is the site's history, no incident of its own (unless the clause names a day: reach.ts).
 */
const REPEATED = ['مرات عدة', 'عدة مرات', 'مرات عديدة', 'مرات متكررة', 'مرارا', 'اكثر من مرة', 'في مرات سابقة', 'خلال العامين', 'خلال السنتين', 'خلال الشهرين', 'العامين الماضيين', 'السنتين الماضيتين', 'الشهرين الماضيين'];

/** Cues that, before an event word in its clause, make the clause no event. */
export const CUES: { kind: CueKind; phrases: string[] }[] = [
	// Every person of «نفى» (a statement speaks as «we»: «ننفي ما روجته …», «نفينا»), and «فنّد» (refuted). Reports said
	// to be going round («إن الأنباء المتداولة عن اختطاف سائق … "لا أساس لها"») are talk of an event, not the event.
	{ kind: 'denial', phrases: ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'نافيا', 'نافية', 'ننفي', 'انفي', 'نفينا', 'نفوا', 'ينفون', 'نفيا', 'تنفيان', 'فندت', 'يفند', 'تفند', 'نفند', 'فندنا', 'كذب*', 'عار عن الصحة', 'لا صحة', 'شائعات', 'مزاعم', 'ادعاءات', 'لا اساس له*', 'غير صحيحة', 'مفبركة', 'اشاعات', 'الانباء المتداولة', 'الاخبار المتداولة', 'المعلومات المتداولة', 'الروايات المتداولة'] },
	// An analyst's forecast in the participle too: «متوقعاً أن تتصاعد الهجمات», «متوقعين أن تزداد عمليات التهريب».
	{
		kind: 'future',
		phrases: ['ستبدا', 'سيبدا', 'سوف', 'يعتزم', 'تعتزم', 'اعتزام', 'من المقرر', 'المقرر', 'المزمع', 'تخطط*', 'يخطط*', 'خططوا', 'خططت', 'التخطيط', 'خطة', 'خطط', 'المرتقب', 'المرتقبة', 'المقبل', 'المقبلة', 'مستقبلا', 'سيتم', 'ستتم', 'ستعقد', 'سيعقد', 'ستنفذ', 'سينفذ', 'ستفتح', 'سيفتح', 'سيعاد', 'ستعيد', 'سيعيد', 'ستغلق', 'سيغلق', 'ستنطلق', 'ستستانف', 'سيستانف', 'ستسلم', 'سيسلم', 'سينقل', 'ستنقل', 'ستدعو', 'سيزور', 'ستزور', 'ستشهد', 'ستقوم', 'سيقوم', 'يتوقع*', 'نتوقع*', 'اتوقع*', 'تتوقع*', 'توقع*', 'متوقع', 'متوقعا', 'متوقعة', 'متوقعين', 'متوقعان', 'متوقعتين', 'يرتقب', 'تستعد', 'يستعد', 'استعدادا', 'تنوي', 'ينوي', 'نية', 'مبدئيا', 'ستواصل', 'سيواصل', 'ستباشر', 'سيباشر', 'سينصب', 'ستنصب', 'ستشن', 'سيشن', 'ستطلق', 'سيطلق', 'ستجري', 'سيجري', 'ستصل', 'سيصل', 'ستعود', 'سيعود', 'قريبا', 'في وقت لاحق', 'خلال الايام المقبلة', 'اعلن* عن نيت*', 'ستنشر', 'سينشر', 'ستتولى', 'سيتولى', 'ينتظر ان', 'من المنتظر', 'المنتظر ان', 'يرتقب ان', 'من المتوقع']
	},
	/**
	 * A date after the article's («يوم الثلاثاء المقبل», «الأسبوع القادم»): the clause tells a plan wherever
	 * the date stands, unless the clause also names a day of its own (classify.ts).
	 */
	{ kind: 'later', phrases: LATER },
	/**
	 * A pledge («تتعهد فيها العشائر بتسليم المطلوبين», «تعهد المحافظ بإعادة فتح المنفذ»): what is promised after it is
	 * no event. It reaches forward only: «وقّعت العشائر وثيقة تتعهد فيها …» still reports the signing.
	 */
	{ kind: 'pledge', phrases: ['تعهد*', 'تتعهد*', 'يتعهد*', 'نتعهد*', 'اتعهد*'] },
	/**
	 * What a convoy, a cache or a column holds («ضمّت عربات وكاسحات ألغام», «يحتوي على صواريخ وعبوات»):
	 * the weapon nouns after it are its contents, not events of their own.
	 */
	{ kind: 'contents', phrases: ['ضمت', 'ضم', 'تضم', 'يضم', 'تحتوي', 'يحتوي', 'احتوى', 'احتوت', 'تحوي', 'يحوي', 'محتويات', 'مزود*', 'مجهز*', 'محمل*', 'مؤلف* من', 'مكون* من', 'بداخله', 'بداخلها',
		// What someone wore or had on him («كان يرتدي حزاماً ناسفاً لم يفجّره», «مرتدين أحزمة ناسفة»): a description, not a blast.
		'يرتدي', 'ترتدي', 'يرتدون', 'يرتديان', 'ارتدى', 'ارتدت', 'ارتدوا', 'مرتدي*', 'يلبس', 'يلبسون'] },
	{ kind: 'threat', phrases: ['توعد*', 'يتوعد', 'تتوعد', 'وعيد', 'ملوح*', 'لوح*', 'تلويح', 'تهدد', 'يهدد', 'هدد*', 'تهديد*', 'حذر*', 'يحذر', 'تحذر', 'تحذير*', 'يخشى', 'تخشى', 'تخوف*', 'مخاوف', 'خشية', 'قلق', 'قلقه', 'قلقها', 'قلقهم', 'قلقا', 'خطر', 'مخاطر', 'احتمال', 'محتمل*', 'امكانية', 'قد يؤدي', 'يمكن ان'] },
	{ kind: 'condition', phrases: ['في حال', 'في حالة', 'اذا', 'لو', 'حال', 'ما لم'] },
	{ kind: 'background', phrases: ['قبل سنوات', 'منذ سنوات', 'قبل اعوام', 'منذ اعوام', 'في السابق', 'خلال السنوات', 'السنوات الماضية', 'الاعوام الماضية', 'منذ عام', 'منذ سقوط', 'ابان', 'إبان', 'في عهد', 'عقب انهيار', 'خلال الحرب', 'في ذروة', 'سنوات على', 'اعوام على', ...AGO, '=لاشهر', '=لسنوات', '=لاعوام', 'منذ اشهر', 'قبل اشهر', ...REPEATED] },
	/** Aggregates and condolences before the event word: counts over months, mourning a death — no event of their own. */
	{ kind: 'aggregate', phrases: ['اجمالي', 'احصائية', 'احصائيات', 'احصاءات', 'بلغ عدد', 'ارتفع عدد', 'تراجع عدد', 'انخفض عدد', 'ازداد عدد', 'تضاعف عدد', 'في المجموع', 'تعازي*', 'تعزية', 'التعزية', 'العزاء', 'نعى', 'نعت', 'ينعى', 'تنعى', 'ذكرى', 'الذكرى', 'استذكر*'] },
	/**
	 * A count over a period: «اعتقلت 300 مطلوب خلال العام الماضي», «قُتل 40 مدنياً بالألغام منذ مطلع
	 * العام» — a statistic. Before the event word always; after it only when the clause names no day
	 * («ضبطت … يوم الأحد، في واحدة من أكبر عمليات الضبط منذ مطلع العام» is one seizure).
	 */
	{ kind: 'period', phrases: ['منذ بداية العام', 'منذ مطلع العام', 'منذ بداية السنة', 'منذ مطلع السنة', 'خلال العام الجاري', 'خلال العام الحالي', 'منذ بداية الشهر', 'منذ مطلع الشهر',
		// The year by its number: «منذ بداية عام 2025», «منذ مطلع عام ٢٠٢٦».
		'منذ بداية عام', 'منذ مطلع عام', 'من بداية عام', 'من مطلع عام', 'منذ بداية سنة', 'منذ مطلع سنة', 'خلال الاشهر', 'خلال الشهور', 'منذ مطلع الشهر الجاري', 'خلال العام الماضي', 'خلال العام المنصرم', 'خلال السنة الماضية', 'طيلة العام', 'على مدار العام', 'على مدى العام', 'خلال النصف الاول', 'منذ بداية الحرب', 'خلال عام', 'طوال عام', 'على مدار عام', 'خلال سنة',
		// A month as the span of a count: «وثّق خلال شهر تشرين الأول مقتل 47 شخصاً», «خلال الشهر الماضي», «طيلة شهر رمضان».
		'خلال شهر', 'طيلة شهر', 'طوال شهر', 'على مدار شهر', 'على مدى شهر', 'خلال الشهر الماضي', 'خلال الشهر المنصرم', 'خلال الشهر الفائت', 'حصيلة شهر', 'الحصيلة الشهرية',
		// The same span in speech and without «منذ»: «من بداية السنة ضبطنا أكثر من 40 شحنة», «من أول السنة لهلأ», «من مطلع العام».
		'من بداية العام', 'من مطلع العام', 'من بداية السنة', 'من مطلع السنة', 'من اول السنة', 'من أول السنة', 'من اول العام', 'منذ اول العام', 'منذ أول العام', 'منذ بداية السنة الحالية', 'منذ مطلع العام الحالي', 'من بداية الشهر', 'منذ أول الشهر',
		// A week's or a year's tally, and deaths «in scattered incidents», count many events: «وفي حصيلة أسبوعية، وثّق المرصد
		// مقتل …», «قُتل 12 شخصاً في هجمات متفرقة» — a statistic, unless the clause names its own day. Not the bare «خلال الأسبوع
		// الماضي»: one campaign is dated so («وخلال الأسبوع الماضي، نفّذت القوات حملة أسفرت عن اعتقال …»).
		'حصيلة اسبوعية', 'الحصيلة الاسبوعية', 'حصيلة الاسبوع', 'حصيلة شهرية', 'حصيلة سنوية', 'الحصيلة السنوية',
		'حوادث متفرقة', 'حوادث امنية متفرقة', 'هجمات متفرقة', 'اعتداءات متفرقة', 'حوادث منفصلة', 'هجمات منفصلة'] },
	/** Celebratory gunfire and accidents (traffic, gas cylinders, by mistake) are no conflict event. */
	{ kind: 'accident', phrases: ['ابتهاج*', 'احتفالا', 'حادث سير', 'حادث مروري', 'حوادث السير', 'حوادث سير', 'اسطوانة غاز', 'قنينة غاز', 'ماس كهربائي', 'تماس كهربائي', 'عن طريق الخطا', 'بالخطا'] },
	/** A court and its sentences: «حكمت المحكمة بالإعدام على مدان بتفجير …» tells a trial, not the blast. */
	{ kind: 'judicial', phrases: ['محكمة', 'محاكم', 'حكما', 'حكم* بالاعدام', 'حكم* بالسجن', 'احكام', 'مدان*'] },
	/**
	 * «بعد أيام من …», «بعد أسابيع من …»: the event word after it is an earlier event, named as context;
	 * so is the event a group claims («تبنى التنظيم الهجوم»), told where it happened.
	 */
	{ kind: 'context', phrases: ['تبنى', 'تبنت', 'تبنى*', 'مسؤوليت*', 'بعد يوم من', 'بعد يومين من', 'بعد ايام من', 'بعد اسابيع من', 'بعد اشهر من', 'بعد شهور من', 'بعد سنوات من', 'بعد اعوام من', 'بعد عام من', 'بعد عام على', 'بعد عامين على', 'بعد سنة على'] },
	/** What the attendees of a meeting agreed («واتفق المجتمعون على …»): the meeting's outcome, not an agreement of its own. */
	{ kind: 'outcome', phrases: ['=المجتمعون', '=المجتمعين', 'المشاركون في الاجتماع'] },
	/**
	 * What the person arrested is charged with or suspected of («اعتقل شخصاً يُشتبه بنقله الصواريخ»,
	 * «بتهمة زرع عبوات»): event words after it are the charge, not another event.
	 */
	{ kind: 'charge', phrases: ['بتهمة', 'بتهم', 'يشتبه*', 'للاشتباه', 'بشبهة', 'لتورط*', 'بتورط*', 'بجرم', 'على خلفية', 'بالانتماء', 'لانتمائ*', 'ضلوع*', 'لمشاركت*', 'بمشاركت*', 'وفق المادة', 'مطلوب*', 'متهم*',
		// Who the people held are, by what they did: «خلية ثبت تورطها في عمليات اغتيال», «الشبان الذين شاركوا في الاحتجاجات»,
		// «المتورطين في الهجوم», «ممن نفذوا التفجير» — the deed is their record, not the clause's event.
		'تورط*', 'متورط*', 'الذين شاركوا', 'ممن شاركوا', 'الذي شارك', 'التي شاركت', 'اللذين شاركا', 'المشاركين في', 'الذين نفذوا', 'ممن نفذوا', 'الذي نفذ', 'التي نفذت'] },
	/**
	 * A demonstrative before an event noun («هذا الهجوم», «تلك العملية») and the attackers named as
	 * already known («المجموعة المهاجمة تسللت», «المسلحون فروا») point back to an event already told; so does a definite
	 * event noun as the subject of «يأتي»/«جاء» («ويأتي الاتفاق بعد أشهر من …», «وجاء الهجوم عقب …»): the clause sets the
	 * event told in context.
	 */
	{ kind: 'anaphora', phrases: ['=هذا', '=هذه', '=ذلك', '=تلك', '=هذين', '=هاتين', '=هذان', '=هاتان', '=وهذا', '=وهذه', '=وذلك', '=وتلك', '=المهاجم*', '=المسلحون', '=المسلحين', '=المنفذون', '=المنفذين', '=الجناة', '=الخاطفون', '=الخاطفين', '=ياتي', '=وياتي', '=تاتي', '=وتاتي', '=جاء', '=وجاء', '=جاءت', '=وجاءت'] },
	{
		kind: 'generic',
		phrases: ['لا يزال', 'لا تزال', 'ما زال', 'ما زالت', 'عادة', 'غالبا', 'باستمرار', 'ظاهرة', 'ممر*', 'نشاط', 'انشطة', 'مكافحة', 'مواجهة', 'ضرورة', 'تعزيز', 'دعوات', 'دعا', 'دعت', 'طالب*', 'مطالب*', 'ينبغي', 'يجب', 'مباحثات', 'مناقشة', 'بحث', 'لبحث', 'ناقش*', 'تناول*', 'ملاحقة', 'لملاحقة', 'تسيير', 'لماذا', 'ملف', 'سبل', 'اليات', 'تقرير', 'تحليل', 'بشان', 'حول', 'تنامي', 'تصاعد', 'تزايد', 'تكرار', 'متكرر*', 'سلسلة', 'موجة', 'حملات', 'في اطار', 'عمليات']
	},
	/** A habit, not an occurrence: «الطريق الذي تسلكه الدوريات يومياً», «دوريات تجوب المنطقة بشكل دوري». */
	{ kind: 'habitual', phrases: ['يوميا', 'اسبوعيا', 'شهريا', 'دائما', 'كل يوم', 'بشكل يومي', 'بشكل دوري', 'بصورة دورية', 'بصورة يومية'] },
	// «أي» (any) before an event noun is a negated or hypothetical one: «لم تسجل أي اشتباكات», «أي هجوم».
	{ kind: 'negation', phrases: ['لم', 'لن', 'دون', 'بدون', 'عدم', 'ليس', 'ليست', 'لا', 'اي'] },
	/**
	 * What protesters denounce or demand («تنديداً بالهجمات», «احتجاجاً على القصف», «لافتات تطالب بإغلاق الأجواء أمام
	 * المسيّرات», «وقفة احتجاجية ضد القصف»): the event words after it are the grievance, not events of their own (classify.ts).
	 */
	// A crowd's own verbs of denouncing and demanding, in the plural: «نددوا خلالها بالهجمات», «منددين بمقتل …», «طالبوا بـ».
	// Not the singular: a ministry that «ندّدت بالهجوم الذي استهدف …» may be the only telling of the attack.
	{ kind: 'grievance', phrases: ['تنديدا', 'استنكارا', 'احتجاجا على', 'احتجاجية ضد', 'احتجاجا ضد', 'احتجاجات ضد', 'تظاهرة ضد', 'تظاهرات ضد', 'مظاهرة ضد', 'مظاهرات ضد', 'وقفة ضد', 'حاشدة ضد', 'تظاهروا ضد', 'احتجوا ضد', 'للمطالبة', 'مطالبين', 'مطالبين ب*', 'منددين', 'منددا', 'مستنكرين', 'مستنكرا', 'رافضين', 'لافتات', 'شعارات', 'هتافات', 'رددوا', 'رفعوا', 'نددوا', 'استنكروا', 'طالبوا', 'طالبن', 'يطالبون', 'شجبوا', 'شاجبين'] },
	{ kind: 'purpose', phrases: ['لمنع', 'منع', 'بهدف', 'للحد من', 'الحد من', 'لتعزيز', 'لمواجهة', 'لمكافحة', 'لضمان', 'لتامين', 'لحماية', 'للتصدي', 'التصدي', 'تسعى', 'يسعى', 'نسعى', 'سعيا', 'تعمل على', 'يعمل على', 'نعمل على'] }
];


const cueList = new PhraseList(CUES, (c) => c.phrases);

/**
 * The future particle «سـ» on an imperfect verb («ستستدعي», «سيُنقل», «سنعمل»): a plan, whatever the
 * verb. Nouns that begin the same way (سيارة، سيطرة، ستة، سنوات، سنجار، سياسة…) are not verbs.
 */
const FUTURE_VERB = /(?<![\p{L}\p{N}])[وف]?س[تين]\p{L}{3,}/gu;
const NOT_FUTURE = /^[وف]?(?:سيار|سيطر|سياس|سياج|سياق|سياح|سيد|سير|سيل|سيول|سين|ستر|ستار|ستين|ستون|ستة|ستمي|ستمئ|ستما|ستاد|سنو|سنة|سنت|سنج|سني|سنو)/;
const future = { kind: 'future' as CueKind, phrases: ['سـ'] };
/** An imperfect verb never ends in «ة» or the plural «ات»: «سيارة», «سيطرات», «سنوات» are nouns. */
const isNoun = (word: string) => /(?:ة|ات)$/u.test(word.replace(/[\u064B-\u0652]/gu, ''));
/**
 * The word after a place noun is the place's name, not a verb: «معبر سيمالكا», «بلدة سيحان», «جبل سنجار».
 * A construct of a place noun and a name never holds a verb in between.
 */
const NAMED = /(?:^|\s)(?:[وفبل]|ال|وال|بال|لل)*(?:معبر|منفذ|مدينه|بلده|قريه|ناحيه|قضاء|مخيم|حي|جبل|سد|نهر|طريق|منطقه|حقل|قاعده|مطار|جسر|شارع|محافظه|ريف|وادي|تل|سجن|مستشفي|مشفي)\s+$/u;

/** The state a casualty is in after «في حالة»: critical, serious, stable, clinical death. */
const WOUNDED_STATE = /^\s+(?:حرجه|خطره|خطيره|حرجه جدا|مستقره|صحيه|سيئه|حرجه|موت\s+سريري|غيبوبه|خطر)(?![\p{L}])/u;

/** What «أوقع» (caused) takes: the dead, the wounded, losses. */
const TOLL = /^\s+(?:[وف]?(?:ال)?)(?:قتل|قتيل|جرح|جريح|اصابات|خساير|ضحايا|عدد|عشرات)/u;

/** Every negation or modality cue in `text[from, to)`. */
export function findCues(text: string, from = 0, to = text.length): Hit<{ kind: CueKind; phrases: string[] }>[] {
	const hits = cueList.find(text, from, to);
	const n = normalize(text.slice(from, to));
	for (const m of n.text.matchAll(FUTURE_VERB)) {
		if (NOT_FUTURE.test(m[0])) continue;
		const start = from + n.map[m.index];
		const end = from + n.map[m.index + m[0].length - 1] + 1;
		if (isNoun(text.slice(start, end)) || NAMED.test(norm(text.slice(Math.max(0, start - 16), start)))) continue;
		if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, text: text.slice(start, end), entry: future, phrase: 'سـ' });
	}
	// A month that «saw» a number of deaths is the span of a count: «شهر أيلول/ سبتمبر شهد مقتل 39 شخصاً», «شهد الشهر
	// الماضي مقتل 15 …»; one act it saw («شهد الشهر الماضي اعتقال الأمن العام خلية») is that act.
	for (const m of n.text.matchAll(MONTH_SAW)) {
		const start = from + n.map[m.index];
		const end = from + n.map[m.index + m[0].length - 1] + 1;
		if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, text: text.slice(start, end), entry: monthSpan, phrase: 'شهر … شهد' });
	}
	// «اعترافات متهمين اعتقلوا في وقت سابق», «كانت القناة قد بثّت في وقت سابق تقريراً»: «earlier», with no day of the
	// clause's own, is undated background; «في وقت سابق اليوم» (earlier today) dates the event.
	const earlier = /(?<![\p{L}])في\s+وقت\s+سابق(?![\p{L}])/u.exec(n.text);
	if (earlier && !DAY.test(n.text)) hits.push({ start: from + n.map[earlier.index], end: from + n.map[earlier.index + earlier[0].length - 1] + 1, text: text.slice(from + n.map[earlier.index], from + n.map[earlier.index + earlier[0].length - 1] + 1), entry: undated, phrase: 'في وقت سابق' });
	// A body's weekly or yearly figures told as if one event (tallies.ts).
	for (const m of tallyCues(n)) {
		const start = from + n.map[m.start];
		const end = from + n.map[m.end - 1] + 1;
		hits.push({ start, end, text: text.slice(start, end), entry: m.kind === 'period' ? tallySpan : tallyCount, phrase: 'tally' });
	}
	// «غارات توقع قتلى», «يوقع جرحى»: «أوقع» (caused) a toll, not «توقّع» (expected).
	const toll = hits.filter((h) => !(/^[وف]?[يت]?وقع$/.test(norm(h.text)) && TOLL.test(norm(text.slice(h.end, h.end + 20)))));
	// «بعد أسابيع من الهدوء الحذر», «وسط ترقب حذر»: «حذر» as the adjective of a mood (cautious) warns no one.
	const calm = toll.filter((h) => !(h.entry.kind === 'threat' && /^(?:ال)?حذر[هة]?$/.test(norm(h.text)) && MOOD.test(norm(text.slice(Math.max(0, h.start - 12), h.start)))));
	// «أحدهم في حالة حرجة», «نُقل في حالة خطرة»: a wounded man's state, not «in case of».
	const state = calm.filter((h) => !(h.entry.kind === 'condition' && /حاله$/.test(norm(h.text)) && WOUNDED_STATE.test(norm(text.slice(h.end, h.end + 24)))));
	// «أصيب راعٍ كان قريباً من المكان», «قريباً من الحدود», «قريباً منه»: «قريباً» before «من» is near (a place), not soon.
	const near = state.filter((h) => !(h.entry.kind === 'future' && /^قريبا$/.test(norm(h.text)) && /^[\s\u00A0]*من(?:ه|ها|هم|هما)?(?![\p{L}])/u.test(norm(text.slice(h.end, h.end + 10)))));
	return near.sort((a, b) => a.start - b.start);
}
const MONTH_SAW = /(?<![\p{L}])(?:شهر(?:\s*\/?\s*[^\s،,./]+){1,3}\s+(?:قد\s+)?شهد(?:ت)?|شهد(?:ت)?\s+(?:ال)?(?:شهر|اشهر|شهور)(?:\s+[^\s،,.]+){0,2})(?=(?:\s+[^\s،,.\d\u0660-\u0669]+){0,2}\s+(?:[0-9\u0660-\u0669]|عشرات|مئات|الاف))/gu;
/** A calm, a wait or a hope that «حذر» qualifies. */
const MOOD = /(?:^|\s)(?:ال)?(?:هدوء|هدوءا|ترقب|ترقبا|تفاؤل|تفاؤلا|تفاول|تفاولا|استقرار|صمت|حيطه)\s+$/u;
const monthSpan = { kind: 'period' as CueKind, phrases: ['شهر … شهد'] };
const undated = { kind: 'background' as CueKind, phrases: ['في وقت سابق'] };
const tallySpan = { kind: 'period' as CueKind, phrases: ['tally'] };
const tallyCount = { kind: 'aggregate' as CueKind, phrases: ['tally'] };
