/**
 * Strategic developments as frontier outlets word them: cells «brought down», arrests told verb–subject–object,
 * columns sent, crossings back at work or «locked», posts set up, truces reached.
 * Built from how Arabic outlets on the Iraq–Syria frontier word these events, beside the words lexicon.ts grew from
 * the labelled splits; the sentences and near misses are in strategic.spec.ts. Phrase syntax: scan.ts.
 */
import type { Trigger } from './lexicon';

/** A unit or a military word (lexicon.ts keeps its own list; this one serves the posts set up). */
const FORCES = ['قوات', 'قوة', 'عسكري*', 'الجيش', 'لواء*', 'فوج*', 'كتيبة', 'الحشد', 'التحالف'];
/** A cell, a gang or the wanted: what a security service «brings down» («الإطاحة بخلية»). */
const RING = ['خلية', 'خلايا', 'شبكة', 'عصابة', 'عصابات', 'مطلوب*', 'متهم*', 'ارهابي*', 'مهرب*', 'تاجر', 'تجار', 'قيادي', 'عنصر*', 'عناصر'];
/** Words that make a truce an agreement reached, not one talked of or broken. */
const REACHED = ['اتفاق*', 'اتفق*', 'توصل*', 'ابرام', 'ابرم*', 'اعلن*', 'اعلان', 'توقيع', 'وقع*', 'التوصل', 'حيز التنفيذ', 'سريان'];

/** A base, a post, a camp or a headquarters: the sites forces hand over, take over and bring columns to. */
const SITE = ['قاعدة', 'قواعد', 'نقطة', 'نقطة عسكرية', 'نقاط', 'موقع*', 'مواقع', 'مقر*', 'معسكر*', 'مطار', 'ثكنة', 'حقل'];
/** A column of vehicles or reinforcements on the move. */
const COLUMN = ['رتل*', 'ارتال', 'تعزيزات', 'قافلة عسكرية', 'قوافل عسكرية'];

export const STRATEGIC_TRIGGERS: Trigger[] = [
	// A site handed over or taken over by forces, in any person («تسلّمت القوات العراقية قاعدة …», «أخلت القوات نقطة
	// … وسلّمتها إلى …», «استلم الجيش المقر من …»): a handover (lexicon.ts hands over people). «سلم*» is the very phrase of
	// lexicon.ts's handover and prison-words.ts's repatriation, so the clause's needs choose between them (classify.ts);
	// a longer form of it here («سلمت*») would win the match alone and leave people handed over undrafted.
	{ type: 'handover', form: 'verb', phrases: ['سلم*', '+يسلم', 'تسلم*', 'استلم*', 'تم تسليم', 'جرى تسليم'], needs: SITE, also: FORCES },
	{ type: 'handover', form: 'noun', phrases: ['تسليم', 'استلام'], needs: SITE, also: FORCES },
	// «وصلت أرتال للتحالف إلى قاعدة حرير», «وصل رتل عسكري إلى الحدود»: a column arriving at a base or the border is a deployment.
	{ type: 'deployment', form: 'verb', phrases: ['وصل*', '+تصل', '+يصل'], needs: COLUMN, also: [...SITE, 'الحدود', 'الحدودي', 'الحدودية'] },
	// Strategic. «أطاح جهاز الأمن الوطني بخلية», «الإطاحة بعصابة»: outlets' word for rolling up a cell is an arrest.
	{ type: 'arrest', form: 'verb', phrases: ['اطاح*', 'تمكن* من الاطاحة', 'تم الاطاحة'], needs: RING },
	{ type: 'arrest', form: 'noun', phrases: ['الاطاحة'], needs: RING },
	{ type: 'arrest', form: 'noun', phrases: ['اعتقالات', 'توقيفات', 'حملة اعتقال', 'حملة مداهمات'] },
	// «قبضت مفارز الشرطة على متهم»: the verb with its subject between it and «على».
	{ type: 'arrest', form: 'verb', phrases: ['قبض', 'قبضت', 'قبضوا', 'يقبض', 'تقبض', 'نقبض'], needs: ['على'] },
	// «دفعت القوات برتل عسكري», «دفع الجيش، اليوم، بقوات إضافية»: a column sent is a deployment, the verb apart from its object.
	{ type: 'deployment', form: 'verb', phrases: ['دفع*'], needs: ['برتل', 'بارتال', 'بقوات', 'بقوة', 'بوحدات', 'بتعزيزات', 'بتعزيز', 'بلواء', 'بفوج', 'بكتيبة'] },
	// «عاد معبر نصيب للعمل», «عودة الحركة إلى منفذ …»: a crossing working again is reopened.
	{ type: 'crossing-reopened', form: 'verb', phrases: ['عاد', 'عادت', 'تعود', 'يعود'], needs: ['للعمل', 'الى العمل', 'للعمل مجددا', 'الى الخدمة'], also: ['معبر', 'منفذ', 'المعبر', 'المنفذ'] },
	{ type: 'crossing-reopened', form: 'verb', phrases: ['عادت الحركة', 'عادت حركة'], needs: ['معبر', 'منفذ', 'المعبر', 'المنفذ', 'الحدود'] },
	{ type: 'crossing-reopened', form: 'noun', phrases: ['عودة العمل', 'عودة الحركة', 'عودة حركة'], needs: ['معبر', 'منفذ', 'المعبر', 'المنفذ', 'الحدود'] },
	// «أقفلت السلطات المعبر» (Levantine «إقفال»): a closure.
	{ type: 'crossing-closed', form: 'verb', phrases: ['اقفل*', 'تم اقفال'], needs: ['معبر', 'منفذ', 'المعبر', 'المنفذ', 'الحدود', 'الحدودي'] },
	{ type: 'crossing-closed', form: 'noun', phrases: ['اقفال'], needs: ['معبر', 'منفذ', 'المعبر', 'المنفذ', 'الحدود', 'الحدودي'] },
	// The traffic a crossing carries, stopped with the stop verb apart from it («أوقفت هيئة المنافذ، في الثالث من آذار،
	// حركة الشاحنات في منفذ …», «علّقت السلطات مؤقتاً عبور الشاحنات»): a closure, told by its object.
	{ type: 'crossing-closed', form: 'noun', phrases: ['حركة الشاحنات', 'حركة الشحن', 'حركة المسافرين', 'حركة العبور', 'حركة البضائع', 'حركة التبادل التجاري', 'حركة النقل', 'عبور الشاحنات', 'دخول الشاحنات'], needs: ['اوقف*', 'اوقفت', 'علق*', 'منع*', 'تم ايقاف', 'تم تعليق', 'توقف*', 'ايقاف', 'تعليق', 'وقف'], also: ['معبر', 'منفذ', 'المعبر', 'المنفذ', 'الحدود', 'الحدودي'] },
	{ type: 'deployment', form: 'noun', phrases: ['حشود عسكرية', 'حشودا عسكرية', 'رتل عسكري', 'رتلا عسكريا', 'ارتال عسكرية'] },
	// «أنشأت القوات نقطة مراقبة جديدة», «أقامت نقاطاً عسكرية»: a post set up by a force is a base established.
	{ type: 'base-established', form: 'verb', phrases: ['انشا*', 'انشئ*', 'اقام*', 'اقيم*', 'تم انشاء', 'ثبت*'], needs: ['نقطة مراقبة', 'نقاط مراقبة', 'نقطة عسكرية', 'نقاطا عسكرية', 'نقاط عسكرية', 'قاعدة عسكرية', 'مقرا عسكريا', 'نقطة جديدة', 'نقاطا جديدة'], also: FORCES },
	// A tribal reconciliation concluded («أُبرم صلح عشائري برعاية …», «أبرمت العشيرتان صلحاً»): an agreement.
	{ type: 'agreement', form: 'noun', phrases: ['صلح عشائري', 'صلحا عشائريا', 'مصالحة عشائرية', 'وثيقة صلح'] },
	{ type: 'agreement', form: 'verb', phrases: ['ابرم*', 'تم ابرام'], needs: ['صلح*', 'اتفاق*', 'هدنة', 'مصالحة', 'اتفاقية', 'مذكرة'] },
	// A truce reached: «توصّل الطرفان إلى اتفاق لوقف إطلاق النار», «أُعلنت هدنة» — never an attack for its «إطلاق النار».
	{ type: 'agreement', form: 'noun', phrases: ['وقف اطلاق النار', 'وقف لاطلاق النار', 'وقفا لاطلاق النار', 'وقف اطلاق نار', 'هدنة', 'تهدئة'], needs: REACHED }
];
