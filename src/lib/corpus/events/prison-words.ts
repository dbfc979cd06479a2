/**
 * Event words of prisons and camps (lexicon.ts spreads them into its triggers): a mutiny, an escape, and
 * the looting of a clinic or a store. Kept apart because each needs the place it happens in: «عصيان مدني»
 * is a strike, «فرّوا إلى جهة مجهولة» is attackers getting away, «نهب الثروات» is rhetoric.
 */
import type { Trigger } from './lexicon';

/** A prison, a detention centre or a camp, and the people held in them. */
const JAIL = ['سجن', 'سجون', 'السجن', 'السجون', 'مهجع*', 'المهجع', 'زنزان*', 'سجناء', 'السجناء', 'سجين*', 'معتقل*', 'محتجز*', 'نزلاء', 'موقوف*', 'مركز احتجاز', 'مركز توقيف', 'اصلاحية', 'الاصلاحية', 'مخيم', 'المخيم'];
/** Where an escape starts: «من سجن», «من المخيم», «من مركز التوقيف». */
const FROM_JAIL = ['من سجن', 'من السجن', 'من سجون', 'من المعتقل', 'من معتقل', 'من مركز', 'من مخيم', 'من المخيم', 'من الاصلاحية', 'من اصلاحية', 'من الزنزانة', 'من مهجع*'];
/** What is looted: a building, a store, aid; not «الثروات» or «خيرات البلاد». */
const LOOTED = ['عياد*', 'مستودع*', 'مخزن*', 'مخازن', 'منزل*', 'منازل', 'بيوت', 'محل*', 'محال', 'متجر*', 'مكتب*', 'مقر*', 'مستشف*', 'مشف*', 'مستوصف*', 'مركز', 'صيدلي*', 'مدرس*', 'ممتلكات', 'مساعدات', 'معدات', 'اجهزة', 'خيم*', 'قافلة', 'شاحن*', 'مخبز*', 'فرن'];

/** Camp residents sent home: women, children, families, nationals. */
const HOMEBOUND = ['نساء', 'امراة', 'امراتين', 'اطفال', 'طفل*', 'عائلات', 'عائلة', 'عوائل', 'اسر', 'رعايا', 'ايتام'];
/** Who receives them: their state's delegation, government or authorities. */
const THEIR_STATE = ['وفد', 'حكومة', 'الحكومة', 'سلطات', 'السلطات', 'بلاد*', 'دولت*', 'ممثل*', 'سفارة', 'قنصلية'];

export const PRISON_TRIGGERS: Trigger[] = [
	// «اندلع عصيان داخل السجن», «حالة استعصاء في سجن …», «تمرّد السجناء»: a prison mutiny is a riot (ACLED Riots).
	{ type: 'riot', form: 'noun', phrases: ['عصيان', 'استعصاء', 'حالة عصيان', 'حالة استعصاء', 'تمرد', 'حالة تمرد'], needs: JAIL },
	{ type: 'riot', form: 'verb', phrases: ['تمرد', 'تمردت', 'تمردوا', 'استعصى', 'استعصت', 'استعصوا', 'عصى', 'عصت'], needs: JAIL },
	// «فرّ خمسة معتقلين من سجن …», «هروب سجناء من السجن المركزي», «محاولة فرار من المخيم»: an escape (resolve.ts types it).
	{ type: 'escape', form: 'noun', phrases: ['فرار', 'هروب', 'محاولة فرار', 'محاولة هروب', 'عملية فرار', 'عملية هروب', 'محاولة الفرار', 'محاولة الهروب'], needs: FROM_JAIL },
	{ type: 'escape', form: 'verb', phrases: ['فر', 'فرت', 'فروا', 'فرا', 'فرتا', 'هرب', 'هربت', 'هربوا', 'هربا', 'يفر', 'يفرون', 'تمكن* من الفرار', 'تمكن* من الهروب', 'لاذ* بالفرار'], needs: FROM_JAIL },
	// «تعرّضت العيادة للنهب», «نهب مسلحون مستودع الإغاثة», «سُلبت محتويات المكتب»: looting (ACLED Looting/property destruction).
	{ type: 'looting', form: 'noun', phrases: ['نهب', 'سلب', 'عمليات نهب', 'عملية نهب', 'سرقة محتويات', 'نهب وتخريب'], needs: LOOTED },
	{ type: 'looting', form: 'verb', phrases: ['نهب', 'نهبت', 'نهبوا', 'نهبا', 'ينهب*', 'سلبت', 'سلبوا', 'تعرض* للنهب', 'تعرض* للسلب', 'سرقت محتويات', 'سرقوا محتويات'], needs: LOOTED },
	// «سلّمنا ست نساء وأربعة عشر طفلاً إلى وفد من الحكومة الأسترالية», «تسليم عائلات إلى سلطات بلادها»: camp residents
	// handed to their state go home (ACLED Other, repatriation); detainees handed over stay a handover (lexicon.ts).
	{ type: 'repatriation', form: 'verb', phrases: ['سلم*', 'تم تسليم'], needs: HOMEBOUND, also: THEIR_STATE },
	{ type: 'repatriation', form: 'noun', phrases: ['تسليم'], needs: HOMEBOUND, also: THEIR_STATE },
	// Verb–subject–object: «تعرّض مستودع الإغاثة في البلدة للنهب» puts what was looted between «تعرّض» and «للنهب».
	// The same forms as the attack entry's «تعرّض» (lexicon.ts), so that the two share the word and the clause's needed word decides.
	{ type: 'looting', form: 'verb', phrases: ['تعرض', 'تعرضت', 'تعرضوا', 'تعرضا', 'تعرضتا'], needs: ['للنهب', 'للسلب', 'للسرقة'], also: LOOTED }
];
