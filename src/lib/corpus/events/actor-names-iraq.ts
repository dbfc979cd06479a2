/**
 * The Iraqi state's forces and the Kurdistan Region's, as Iraqi, Kurdish and Gulf outlets name them.
 * Which id a body takes follows the coding README ("Actors"): the air force and the statements of the
 * Security Media Cell / Joint Operations Command are `iraqi-security-forces`; operations commands and
 * divisions `iraqi-army`.
 */
import { byAir, byDelegation, type ActorEntry } from './actor-ids';

/** Iraq's provinces, for their police commands («شرطة ديالى», «قيادة شرطة الأنبار»). */
const PROVINCES = ['الانبار', 'نينوى', 'صلاح الدين', 'كركوك', 'ديالى', 'بغداد', 'البصرة', 'بابل', 'كربلاء', 'النجف', 'واسط', 'ميسان', 'ذي قار', 'المثنى', 'الديوانية', 'القادسية'];

export const IRAQ_NAMES: ActorEntry[] = [
	{ id: 'iraqi-army', phrases: ['الجيش العراقي', 'قيادة عمليات', 'قيادة العمليات', 'طيران الجيش', 'القوات المسلحة العراقية', 'قطعات عسكرية عراقية'] },
	// «الفرقة السابعة عشرة», «فرقة المشاة الخامسة», «لواء المشاة», «القوات البرية»: both armies have them.
	{ id: { IQ: 'iraqi-army', SY: 'syrian-government-forces' }, phrases: ['الفرقة', 'فرقة المشاة', 'لواء المشاة', 'القوات البرية', 'قيادة القوات البرية'] },
	{ id: { IQ: 'iraqi-security-forces', SY: 'syrian-government-forces' }, phrases: ['قوات الحكومة', 'القوات الحكومية'] },
	// «القوات الأمنية», «قوة أمنية»: Iraq's security forces; in a Syrian report the General Security, which the README codes as the government's forces.
	{ id: { IQ: 'iraqi-security-forces', SY: 'syrian-government-forces' }, phrases: ['القوات الامنية', 'قوة امنية', 'قوات امنية', 'الاجهزة الامنية', 'قوات الامن'] },
	{ id: 'iraqi-border-guards', phrases: ['حرس الحدود العراقي', 'قوات حرس الحدود العراقية', 'قيادة قوات الحدود', 'قوات الحدود', 'لواء الحدود', 'الوية الحدود', 'فوج الحدود', 'افواج الحدود'] },
	{ id: { IQ: 'iraqi-border-guards', SY: 'syrian-government-forces' }, phrases: ['حرس الحدود', 'قوات حرس الحدود'] },
	{
		id: 'iraqi-security-forces',
		phrases: [
			...byDelegation('عراقي'), ...byAir('عراقية'), 'القوات الامنية العراقية', 'قوات امنية عراقية', 'الجهات الامنية العراقية', 'السلطات الامنية العراقية', 'قيادة العمليات المشتركة', 'العمليات المشتركة',
			'خلية الاعلام الامني', 'القوات العراقية', 'قوات عراقية', 'قوة امنية عراقية', 'قوات الامن العراقية', 'القوة الجوية العراقية', 'القوة الجوية', 'طيران القوة الجوية', 'الطيران العراقي', 'الطائرات العراقية',
			// The F-16s and the Rapid Response Division are named without «Iraqi»: the air force's and the Interior Ministry's.
			'طائرات اف 16', 'طائرات اف-16', 'مقاتلات اف 16', 'الرد السريع', 'فرقة الرد السريع', 'قوات الرد السريع'
		]
	},
	{ id: 'iraqi-police', phrases: ['الشرطة العراقية', 'مديرية شرطة', 'الشرطة الاتحادية', 'قوات الشرطة الاتحادية', 'شرطة الطاقة', 'شرطة النجدة', 'افواج الطوارئ', 'فوج طوارئ', 'شرطة الطوارئ', ...PROVINCES.map((p) => `شرطة ${p}`)] },
	{ id: { IQ: 'iraqi-police', SY: 'syrian-interior-ministry' }, phrases: ['الشرطة', 'شرطة'] },
	// «الفرقة الذهبية» is the CTS's own; «قوات مكافحة الإرهاب» alone is also the Kurdistan Region's and the SDF's.
	{ id: 'iraqi-counter-terrorism', phrases: ['جهاز مكافحة الارهاب', 'الفرقة الذهبية', 'قوات جهاز مكافحة الارهاب', 'جهاز مكافحه الارهاب العراقي'] },
	{ id: 'iraqi-intelligence', phrases: ['جهاز المخابرات العراقي', 'جهاز المخابرات', 'المخابرات العراقية', 'خلية الصقور', 'الصقور الاستخبارية', 'وكالة الاستخبارات', 'جهاز الامن الوطني', 'مفارز الامن الوطني', 'الامن الوطني العراقي', 'مديرية الاستخبارات العسكرية', 'الاستخبارات العسكرية', 'الاستخبارات العراقية', 'مديرية الاستخبارات', 'شعبة الاستخبارات', 'استخبارات الشرطة'] },
	// «مفارز الأمن الوطني»: Iraq's National Security Service; Syria has no body Arabic outlets call so today.
	{ id: { IQ: 'iraqi-intelligence', SY: null }, phrases: ['الامن الوطني'] },
	{ id: 'iraqi-narcotics', phrases: ['المديرية العامة لشؤون المخدرات', 'المديرية العامة لمكافحة المخدرات', 'مديرية شؤون المخدرات', 'المديرية العامة لشؤون المخدرات والمؤثرات العقلية', 'مديرية مكافحة المخدرات', 'مديرية مكافحة المخدرات العراقية', 'شؤون المخدرات'] },
	{ id: { IQ: 'iraqi-security-forces', SY: 'syrian-interior-ministry' }, phrases: ['وزارة الداخلية'] },
	{ id: { IQ: 'iraqi-army', SY: 'syrian-government-forces' }, phrases: ['وزارة الدفاع', 'الجيش', 'جندي*', 'جنود', 'عسكريين', 'عسكريان'] },
	// The PMF and its units: «هيئة الحشد الشعبي», «ألوية الحشد», the tribal mobilisation and the named brigades
	// that are the PMF's own (Sadr's Saraya al-Salam, the shrine units); the factions that also fight outside it
	// by their own names are in actor-names-armed.ts.
	{ id: 'pmf', phrases: ['الحشد الشعبي', 'الحشد', 'هيئة الحشد', 'الحشد العشائري', 'حشد العشائر', 'حشد الانبار', 'حشد نينوى', 'حشد صلاح الدين', 'الحشد التركماني', 'الحشد الوطني', 'سرايا السلام', 'منظمة بدر', 'فرقة العباس القتالية', 'لواء علي الاكبر', 'لواء انصار المرجعية', 'حشد العتبات', 'قوات الحشد'] },
	// The Kurdistan Region: the Peshmerga (without or with «ال»), its ministry and units, its security (Asayish)
	// where the Region is named with it; «الأسايش» alone is the SDF's, the name Syrian outlets use.
	{ id: 'kurdistan-region', phrases: ['البيشمركة', 'بيشمركة', 'قوات البيشمركة', 'وزارة البيشمركة', 'الزيرفاني', 'قوات الزيرفاني', 'اسايش اقليم كردستان', 'اسايش الاقليم', 'اسايش اربيل', 'اسايش السليمانية', 'اسايش دهوك', 'مجلس امن اقليم كردستان', 'مجلس امن الاقليم', 'قوات مكافحة الارهاب في اقليم كردستان'] },
	// «القوات الكردية», «المقاتلون الأكراد»: the Peshmerga in an Iraqi report, the SDF in a Syrian one.
	{ id: { IQ: 'kurdistan-region', SY: 'sdf' }, phrases: ['القوات الكردية', 'قوات كردية', 'المقاتلين الاكراد', 'المقاتلون الاكراد', 'مقاتلين اكراد'] }
];
