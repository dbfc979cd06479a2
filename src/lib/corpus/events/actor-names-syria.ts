/**
 * The Syrian state's forces (before and after December 2024) and the SDF, as Syrian, Kurdish, Gulf and
 * opposition outlets name them. The README codes the General Security and the Military Operations
 * Administration as `syrian-government-forces`, the Asayish and the Autonomous Administration as `sdf`.
 */
import { byDelegation, type ActorEntry } from './actor-ids';

export const SYRIA_NAMES: ActorEntry[] = [
	{ id: 'syrian-government-forces', phrases: [...byDelegation('سوري'), 'قوات الحكومة السورية', 'الجيش السوري', 'وزارة الدفاع السورية', 'الامن العام', 'ادارة العمليات العسكرية', 'الجيش العربي السوري', 'قوات النظام', 'الحكومة السورية', 'السلطات السورية'] },
	{ id: 'syrian-interior-ministry', phrases: ['وزارة الداخلية السورية', 'ادارة مكافحة المخدرات', 'الداخلية السورية', 'قيادة الامن الداخلي'] },
	{ id: 'sdf', phrases: ['قسد', 'قوات سوريا الديمقراطية', 'قوات سورية الديمقراطية', 'الاسايش', 'وحدات حماية الشعب', 'الادارة الذاتية'] }
];
