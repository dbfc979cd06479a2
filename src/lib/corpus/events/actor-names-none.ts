/**
 * Names that hold a shorter actor name but are no actor of ours, so they must give none: other
 * states' forces on the frontier (Jordan's army would otherwise be read as «الجيش», Iraq's or Syria's),
 * the Syrian factions no id covers (the opposition, the Turkish-backed National Army, which would be read
 * as «الجيش السوري»), the old regime's remnants (not ISIS's «فلول»), and places and streets named after a
 * force («حي الشرطة», «قناة الجيش» in Baghdad).
 */
import type { ActorEntry } from './actor-ids';

export const NOT_ACTOR_NAMES: ActorEntry[] = [
	{
		id: null,
		phrases: [
			// Neighbouring states' forces.
			'الجيش الاردني', 'القوات المسلحة الاردنية', 'الجيش العربي الاردني', 'حرس الحدود الاردني', 'قوات حرس الحدود الاردنية', 'الشرطة الاردنية', 'الامن العام الاردني', 'مديرية الامن العام الاردنية',
			'الجيش اللبناني', 'الجيش الايراني', 'حرس الحدود الايراني', 'الجيش السعودي', 'حرس الحدود السعودي', 'الشرطة الدولية', 'الانتربول',
			// Syrian factions no id covers.
			'الجيش السوري الحر', 'الجيش الحر', 'الجيش الوطني السوري', 'الجيش الوطني', 'جيش سوريا الحرة', 'جيش مغاوير الثورة', 'مغاوير الثورة', 'فصائل المعارضة', 'الفصائل المعارضة', 'الفصائل الموالية لتركيا',
			'الفصائل الموالية لانقرة', 'الفصائل المدعومة من تركيا', 'فصائل الجيش الوطني', 'الفصائل السورية', 'الفصائل الفلسطينية', 'هيئة تحرير الشام',
			// The old regime's remnants after December 2024.
			'فلول النظام', 'فلول النظام البائد', 'فلول النظام السابق', 'فلول الاسد',
			// Places named after a force.
			'حي الشرطة', 'قناة الجيش', 'شارع الجيش', 'مستشفى الشرطة', 'مستشفى الجيش', 'نادي الشرطة', 'مدينة الشرطة', 'ساحة الجيش'
		]
	}
];
