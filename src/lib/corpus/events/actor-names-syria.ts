/**
 * The Syrian state's forces (before and after December 2024) and the SDF, as Syrian, Kurdish, Gulf and
 * opposition outlets name them. The README codes the General Security and the Military Operations
 * Administration as `syrian-government-forces`, the Asayish and the Autonomous Administration as `sdf`.
 */
import { byDelegation, type ActorEntry } from './actor-ids';

export const SYRIA_NAMES: ActorEntry[] = [
	{
		id: 'syrian-government-forces',
		phrases: [
			...byDelegation('سوري'), 'قوات الحكومة السورية', 'الجيش السوري', 'وزارة الدفاع السورية', 'الامن العام', 'قوات الامن العام', 'ادارة الامن العام', 'ادارة العمليات العسكرية',
			'الجيش العربي السوري', 'قوات النظام', 'الحكومة السورية', 'السلطات السورية', 'القوات السورية', 'قوات سورية حكومية', 'الجيش السوري الجديد', 'الحكومة السورية الانتقالية',
			// The old regime's army and militias by the names opposition and Kurdish outlets gave them.
			'جيش النظام', 'قوات الاسد', 'جيش الاسد', 'النظام السوري', 'قوات الدفاع الوطني', 'ميليشيا الدفاع الوطني', 'مليشيا الدفاع الوطني', 'المخابرات الجوية', 'الامن العسكري'
		]
	},
	{ id: 'syrian-interior-ministry', phrases: ['وزارة الداخلية السورية', 'ادارة مكافحة المخدرات', 'فرع مكافحة المخدرات', 'الداخلية السورية', 'قيادة الامن الداخلي', 'الشرطة السورية'] },
	{
		id: 'sdf',
		phrases: [
			'قسد', 'قوات سوريا الديمقراطية', 'قوات سورية الديمقراطية', 'الاسايش', 'اسايش', 'قوى الامن الداخلي', 'وحدات حماية الشعب', 'وحدات حماية المراة', 'الوحدات الكردية', 'الادارة الذاتية',
			// Its military councils and Arab components, and the Latin abbreviations Arabic texts keep.
			'مجلس دير الزور العسكري', 'مجلس منبج العسكري', 'مجلس الرقة العسكري', 'مجلس الطبقة العسكري', 'مجلس الباب العسكري', 'جيش الثوار', 'قوات الصناديد', 'وحدات مكافحة الارهاب',
			'sdf', 'ypg', 'ypj'
		]
	}
];
