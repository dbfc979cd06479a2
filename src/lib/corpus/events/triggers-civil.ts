/**
 * Protests and riots as frontier outlets word them: a march in protest (no drone), a prison riot.
 * Built from how Arabic outlets on the Iraq–Syria frontier word these events, beside the words lexicon.ts grew from
 * the labelled splits; the sentences and near misses are in protest-riot.spec.ts. Phrase syntax: scan.ts.
 */
import type { Trigger } from './lexicon';

/** A crowd (as lexicon.ts's CROWD) and what it denounces or demands (as its GRIEVANCE). */
const CROWD = ['العشرات', 'المئات', 'الالاف', 'عشرات', 'مئات', 'محتج*', 'متظاهر*', 'حشود', 'جموع', 'ابناء', 'اهالي', 'الاهالي', 'شبان', 'سكان', 'ذوو', 'ذوي', 'مواطنون', 'مواطنين'];
const GRIEVANCE = ['تنديدا', 'للتنديد', 'استنكارا', 'احتجاجا', 'رفضا', 'للمطالبة', 'مطالبين', 'تضامنا'];
/** Families or a batch of them, and the camp they leave. */
const FAMILIES = ['عائلات', 'عائلة', 'عوائل', 'العوائل', 'العائلات', 'اسر', 'الاسر', 'دفعة', 'وجبة', 'قافلة'];
const CAMP = ['مخيم', 'المخيم', 'الهول'];

export const CIVIL_TRIGGERS: Trigger[] = [
	// A prison riot: «استعصاء» in Syrian usage, «تمرد» of inmates.
	{ type: 'riot', form: 'noun', phrases: ['استعصاء', 'تمرد', 'عصيان'], needs: ['سجن', 'السجن', 'سجناء', 'السجناء', 'النزلاء', 'المعتقلين', 'المحتجزين'] },
	// A jailbreak attempt («محاولة فرار جماعية لمعتقلين من سجن»): a disturbance inside the prison, coded as a riot.
	{ type: 'riot', form: 'noun', phrases: ['محاولة فرار', 'محاولة هروب', 'فرار جماعي', 'هروب جماعي', 'محاولة فرار جماعية', 'محاولة هروب جماعية'], needs: ['سجن', 'السجن', 'سجناء', 'السجناء', 'النزلاء', 'المعتقلين', 'المحتجزين', 'لمعتقلين', 'معتقلين'] },
	// A march in protest: «مسيرة احتجاجية / شعبية / حاشدة» is no drone (the longer phrase wins over «مسيرة»).
	{ type: 'protest', form: 'noun', phrases: ['مسيرة احتجاجية', 'مسيرات احتجاجية', 'مسيرة شعبية', 'مسيرات شعبية', 'مسيرة حاشدة', 'مسيرات حاشدة', 'مسيرة سلمية', 'مسيرة راجلة', 'مسيرة جماهيرية', 'مسيرة غاضبة'] },
	// A crowd standing in protest: «وقف العشرات أمام مبنى القائممقامية احتجاجاً على …», «وقفت نساء من ذوي المعتقلين
	// تضامناً مع …». «وقف» (stood) is a protest only with a crowd and a grievance; «وقف إطلاق النار» is a halt.
	{ type: 'protest', form: 'verb', phrases: ['وقف', 'وقفت', 'وقفوا', 'وقفن'], needs: GRIEVANCE, also: CROWD },
	// Families leaving a camp told by going out rather than leaving («غادر»): «أشرفت الإدارة على خروج 160 عائلة من مخيم
	// الهول», «بدأت مغادرة دفعة جديدة من العوائل المخيم», «خرجت قافلة عائلات من المخيم باتجاه الجدعة».
	{ type: 'repatriation', form: 'noun', phrases: ['خروج', 'مغادرة', 'اخراج'], needs: FAMILIES, also: CAMP },
	{ type: 'repatriation', form: 'verb', phrases: ['خرج', 'خرجت', 'خرجوا', 'اخرج*'], needs: FAMILIES, also: CAMP }
];
