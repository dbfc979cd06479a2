/**
 * Foreign states' forces on the frontier: the US-led coalition and US forces, Turkey's, Russia's and Israel's.
 */
import { byAir, byDelegation, type ActorEntry } from './actor-ids';

export const FOREIGN_NAMES: ActorEntry[] = [
	{ id: 'coalition', phrases: ['التحالف الدولي', 'قوات التحالف', 'التحالف'] },
	{ id: 'us-forces', phrases: [...byAir('امريكية', 'اميركية'), ...byDelegation('امريكي', 'اميركي'), 'القوات الامريكية', 'القوات الاميركية', 'الجيش الامريكي', 'الجيش الاميركي', 'القيادة المركزية الامريكية', 'القيادة المركزية الاميركية', 'سنتكوم'] },
	{ id: 'turkish-forces', phrases: [...byAir('تركية'), ...byDelegation('تركي'), 'القوات التركية', 'الجيش التركي', 'الطيران التركي'] },
	{ id: 'russian-forces', phrases: [...byAir('روسية'), ...byDelegation('روسي'), 'القوات الروسية', 'الجيش الروسي', 'الطيران الروسي'] },
	{ id: 'israeli-forces', phrases: [...byAir('اسرائيلية'), 'الجيش الاسرائيلي', 'الطيران الاسرائيلي'] }
];
