/**
 * The words people type for a kind of incident, in Arabic and English: an incident is found by
 * the words of its `type` («مخدرات», «كبتاغون», "drugs" → a drug seizure; «عبوة ناسفة», "IED" → an
 * IED). They are indexed as the incident's forms, so they go through the same keys as every
 * other text (./keys.ts: the one Arabic normaliser folds tashkeel, hamza and taa marbuta, so
 * «مخدّرات» and «المخدرات» meet «مخدرات»; the article and clitics are folded too).
 *
 * Plural and singular are both listed where their stems differ (broken plurals: «اشتباك» /
 * «اشتباكات» share a stem, «لغم» / «ألغام» do not).
 *
 * @example typeWords('drug-seizure').includes('كبتاغون') // true
 */
import type { EventType } from '$lib/corpus/events/lexicon';

type Words = Partial<Record<EventType | 'summit' | 'warning', string[]>>;

const WORDS: Words = {
	clash: ['اشتباك', 'اشتباكات', 'معارك', 'معركة', 'مواجهات', 'clash', 'clashes', 'fighting', 'battle', 'firefight'],
	ied: ['عبوة', 'عبوات', 'عبوة ناسفة', 'عبوات ناسفة', 'ناسفة', 'IED', 'IEDs', 'roadside bomb', 'explosive device', 'bomb'],
	landmine: ['لغم', 'ألغام', 'لغم أرضي', 'مخلفات حربية', 'landmine', 'landmines', 'mine', 'mines'],
	shelling: ['قصف', 'قصف مدفعي', 'قذائف', 'قذيفة', 'صواريخ', 'shelling', 'artillery', 'rockets', 'mortar'],
	airstrike: ['غارة', 'غارات', 'قصف جوي', 'ضربة جوية', 'airstrike', 'air strike', 'air raid', 'bombing'],
	'drone-strike': ['مسيرة', 'مسيرات', 'طائرة مسيرة', 'درون', 'drone', 'drones', 'UAV'],
	'suicide-bombing': ['انتحاري', 'تفجير انتحاري', 'حزام ناسف', 'suicide', 'suicide bomber', 'suicide bombing'],
	assassination: ['اغتيال', 'اغتيالات', 'assassination', 'killing'],
	abduction: ['خطف', 'اختطاف', 'مخطوف', 'abduction', 'kidnapping', 'kidnap'],
	'attack-on-civilians': ['هجوم على مدنيين', 'مدنيين', 'attack on civilians', 'civilians'],
	arrest: ['اعتقال', 'اعتقالات', 'القبض', 'توقيف', 'arrest', 'arrests', 'detained', 'detention'],
	'drug-seizure': ['مخدرات', 'مخدر', 'كبتاغون', 'كبتاجون', 'حشيش', 'حبوب مخدرة', 'ضبط مخدرات', 'drugs', 'narcotics', 'captagon', 'hashish', 'drug seizure'],
	'weapons-seizure': ['أسلحة', 'سلاح', 'ذخيرة', 'ضبط أسلحة', 'weapons', 'arms', 'ammunition', 'weapons seizure'],
	'smuggling-interdiction': ['تهريب', 'مهربين', 'مهرب', 'إحباط تهريب', 'smuggling', 'smugglers', 'contraband'],
	'crossing-closed': ['إغلاق المعبر', 'إغلاق', 'معبر مغلق', 'crossing closed', 'closure', 'closed'],
	'crossing-reopened': ['افتتاح المعبر', 'إعادة فتح', 'فتح المعبر', 'crossing reopened', 'reopening', 'reopened'],
	patrol: ['دورية', 'دوريات', 'patrol', 'patrols'],
	handover: ['تسليم', 'handover', 'handed over'],
	repatriation: ['إعادة', 'عودة', 'ترحيل', 'إعادة إلى الوطن', 'repatriation', 'returned', 'return', 'deportation'],
	'security-meeting': ['اجتماع أمني', 'اجتماع', 'لقاء', 'وفد', 'security meeting', 'meeting', 'delegation'],
	agreement: ['اتفاق', 'اتفاقية', 'مذكرة تفاهم', 'agreement', 'deal', 'memorandum'],
	protest: ['احتجاج', 'احتجاجات', 'تظاهرة', 'مظاهرة', 'protest', 'protests', 'demonstration'],
	riot: ['شغب', 'أعمال شغب', 'riot', 'riots'],
	infiltration: ['تسلل', 'متسللين', 'infiltration', 'infiltrators'],
	deployment: ['انتشار', 'تعزيزات', 'نشر قوات', 'deployment', 'reinforcements'],
	'base-established': ['قاعدة', 'إنشاء قاعدة', 'base', 'base established'],
	summit: ['قمة', 'القمة العربية', 'summit'],
	warning: ['تحذير', 'تحذيرات', 'warning', 'warns']
};

/** The words an incident of this type is found by (none for an unknown type). */
export function typeWords(type: string | null | undefined): string[] {
	return (type && WORDS[type as keyof Words]) || [];
}
