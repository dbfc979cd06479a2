/**
 * Foreign states' forces on the frontier: the US-led coalition and US forces, Turkey's, Russia's,
 * Israel's and Iran's, named by institution, by their ministry or command as the speaker of their
 * forces («البنتاغون», «وزارة الدفاع التركية»), or by the nationality adjective on a weapon or a unit.
 */
import { byAir, byDelegation, byTroops, type ActorEntry } from './actor-ids';

export const FOREIGN_NAMES: ActorEntry[] = [
	{ id: 'coalition', phrases: ['التحالف الدولي', 'قوات التحالف', 'التحالف', 'عملية العزم الصلب', 'العزم الصلب', 'التحالف الدولي ضد داعش', 'طيران التحالف'] },
	{
		id: 'us-forces',
		phrases: [
			...byAir('امريكي*', 'اميركي*'), ...byDelegation('امريكي', 'اميركي'), ...byTroops('امريكي*', 'اميركي*'), 'القوات الامريكية', 'القوات الاميركية', 'الجيش الامريكي', 'الجيش الاميركي',
			'القيادة المركزية الامريكية', 'القيادة المركزية الاميركية', 'القيادة المركزية', 'القيادة الوسطى الامريكية', 'سنتكوم', 'centcom', 'البنتاغون', 'البنتاجون', 'وزارة الدفاع الامريكية', 'وزارة الدفاع الاميركية',
			'وزارة الحرب الامريكية', 'وزارة الحرب الاميركية', 'مشاة البحرية الامريكية', 'المارينز', 'القوات الخاصة الامريكية'
		]
	},
	{ id: 'turkish-forces', phrases: [...byAir('تركي*'), ...byDelegation('تركي'), ...byTroops('تركي*', 'اتراك'), 'الجيش التركي', 'وزارة الدفاع التركية', 'الدفاع التركية', 'الاستخبارات التركية', 'المخابرات التركية', 'جهاز الاستخبارات التركي', 'الجندرمة التركية', 'الجندرمة', 'الجندرما', 'حرس الحدود التركي', 'قوات حرس الحدود التركية'] },
	{ id: 'russian-forces', phrases: [...byAir('روسي*'), ...byDelegation('روسي'), ...byTroops('روسي*', 'روس'), 'الجيش الروسي', 'وزارة الدفاع الروسية', 'الشرطة العسكرية الروسية'] },
	{ id: 'israeli-forces', phrases: [...byAir('اسرائيلي*'), ...byTroops('اسرائيلي*'), 'الجيش الاسرائيلي', 'جيش الاحتلال', 'جيش الاحتلال الاسرائيلي', 'سلاح الجو الاسرائيلي', 'الاحتلال الاسرائيلي'] }
];
