/**
 * Custody and control as the parties of a front word them: prisoners exchanged between two sides («عملية تبادل
 * للمحتجزين», «صفقة تبادل الأسرى», «تبادل الطرفان 140 محتجزاً»), detainees released («أُفرج عن 35 موقوفاً», «أطلقت سراح
 * معتقلين»), both a handover (ACLED Strategic developments / Other); and curfews imposed («فرضت … حظر تجوال»),
 * Strategic developments / Other. Written from how Syrian, Kurdish and Iraqi outlets word them; the sentences and
 * near misses are in custody.spec.ts. Phrase syntax: scan.ts.
 */
import { norm } from '$lib/arabic/normalize';
import type { Trigger } from './lexicon';

/** People held: what is exchanged or released. */
const HELD = ['اسرى', 'اسير', 'اسيرا', 'الاسرى', 'محتجز*', 'المحتجزين', 'موقوف*', 'الموقوفين', 'معتقل*', 'المعتقلين', 'سجناء', 'السجناء', 'مخطوفين', 'المخطوفين', 'جثث', 'جثامين', 'رفات'];
/** The curfew itself, in its Levantine and Iraqi spellings: «حظر تجوال / تجول», «حظراً للتجوال», «منع التجوال». */
const CURFEW = ['حظر تجول', 'حظر التجول', 'حظر تجوال', 'حظر التجوال', 'حظرا للتجول', 'حظرا للتجوال', 'حظر للتجول', 'حظر للتجوال', 'حظرا شاملا للتجوال', 'حظرا كاملا للتجوال', 'منع تجول', 'منع التجول', 'منع التجوال', 'منع تجوال'];

export const CUSTODY_TRIGGERS: Trigger[] = [
	// An exchange of prisoners, named by its noun («تبادل للمحتجزين», «صفقة تبادل») or its verb with what was exchanged.
	{ type: 'handover', form: 'noun', phrases: ['عملية تبادل', 'صفقة تبادل', 'تبادل', 'عمليات تبادل', 'صفقة لتبادل'], needs: HELD },
	{ type: 'handover', form: 'verb', phrases: ['تبادلت', 'تبادلا', 'تبادلوا', 'تم تبادل', 'جرى تبادل', 'جرت عملية تبادل', 'انجزت عملية تبادل'], needs: HELD },
	// A release of the held, active or passive, any person: «أفرجت الإدارة عن …», «أُفرج عن …», «أطلقت سراح …».
	{ type: 'handover', form: 'verb', phrases: ['افرج*', 'تم الافراج', 'اطلق* سراح', 'تم اطلاق سراح'], needs: HELD },
	{ type: 'handover', form: 'noun', phrases: ['الافراج عن', 'افراج عن', 'اطلاق سراح'], needs: HELD },
	// Verb–subject–object: «أطلقت السلطات سراح خمسة سجناء» puts the subject between «أطلق» and «سراح».
	{ type: 'handover', form: 'verb', phrases: ['اطلق*'], needs: ['سراح'], also: HELD },
	// People handed across a crossing or the border: «سلّمت قواتنا عبر معبر سيمالكا اثني عشر مواطناً», «تسلّمت السلطات
	// عند منفذ ربيعة 20 مواطناً»: citizens and a crossing or the border both, so that «مسيرة سلمية لمواطنين» is none.
	// Not «أشخاص»: families received at the border («150 عائلة، أي ستمئة شخص، … تسلمتها قوة عند الحدود») come home.
	{ type: 'handover', form: 'verb', phrases: ['سلم*', 'تسلم*', 'تم تسليم'], needs: ['مواطن*', 'المواطنين'], also: ['معبر', 'منفذ', 'المعبر', 'المنفذ', 'الحدود', 'الحدودي', 'الحدودية'] },
	// A curfew imposed or declared: the verb with the curfew after it, or the curfew as a noun with its day and place.
	{ type: 'other', form: 'verb', phrases: ['فرض*', 'يفرض*', 'تفرض*', 'تم فرض', 'اعلن*', 'اعلنت', 'تم اعلان'], needs: CURFEW },
	{ type: 'other', form: 'noun', phrases: CURFEW }
];

/** «رفعت السلطات حظر التجوال», «إنهاء حظر التجول», «تخفيف منع التجوال»: a curfew lifted or eased is no curfew imposed. */
const LIFTED = /(?:^|\s)[وف]?(?:ال)?(?:رفع|رفعت|رفعوا|يرفع|ترفع|انهاء|انهت|الغاء|الغت|الغي|تخفيف|خففت|انتهاء|انتهي)\s+(?:\p{L}+\s+){0,2}$/u;
export function liftedCurfew(text: string, t: { start: number; end: number }): boolean {
	const w = norm(text.slice(Math.max(0, t.start - 30), t.end + 40));
	const at = w.search(/(?:حظر|منع)\S*\s*(?:ال|لل)?تجو/u);
	return at >= 0 && LIFTED.test(w.slice(0, at));
}
