/**
 * Event words of the spoken register that officials, fighters and relatives use when an outlet quotes them or runs
 * an interview verbatim. Iraqi «مسك» (to catch): «مسكنا شخصين بقرية قرب تلعفر», «مسكوا شاحنة محمّلة بالسجائر»,
 * «انمسك المطلوب بالسيطرة». It is a seizure word: what was caught types it (resolve.ts — people caught are arrested,
 * a loaded lorry is a run interdicted). Only the finite forms and only with a caught person or load beside them:
 * «مسك الأرض» (holding ground), «الحدود ممسوكة», «التمسك بالاتفاق» and the town «مسكنة» are none.
 * The sentences and near misses are in colloquial.spec.ts.
 */
import type { Trigger } from './lexicon';

/** What one catches: wanted people, suspects, smugglers, fighters, and the vehicles or loads of a run. */
const CAUGHT = [
	'شخص*', 'اشخاص', 'مطلوب*', 'متهم*', 'مشتبه*', 'مهرب*', 'ارهابي*', 'دواعش', 'داعشي*', 'عنصر*', 'عناصر', 'شاب*', 'واحد منهم', 'اثنين منهم',
	'شاحن*', 'عجل*', 'سيار*', 'صهريج*', 'شحن*', 'حبوب', 'كبتاغون', 'مخدرات', 'سجاير', 'سجائر', 'اسلحة', 'سلاح'
];

/** The finite forms of «مسك»: we/they/he/she/you, with an object pronoun, and the passive «انمسك». */
const CATCH = [
	'+مسكنا', '+مسكناه', '+مسكناهم', '+مسكناها', '+مسكوا', '+مسكو', '+مسكوه', '+مسكوهم', '+مسكوها', '+مسكت', '+مسكته', '+مسكتهم', '+مسكه', '+مسكهم',
	'+انمسك', '+انمسكوا', '+انمسكو', '+انمسكت', '+نمسك', '+يمسكون', '+يمسكوا'
];

export const COLLOQUIAL_TRIGGERS: Trigger[] = [{ type: 'seizure', form: 'verb', phrases: CATCH, needs: CAUGHT }];
