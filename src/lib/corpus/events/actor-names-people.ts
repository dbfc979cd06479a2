/**
 * Civilians by who they are or what they do: the victims, the people moved or returned, the protesters.
 */
import type { ActorEntry } from './actor-ids';

export const PEOPLE_NAMES: ActorEntry[] = [
	{ id: 'civilians', phrases: ['مدني*', 'راعي اغنام', 'راعي', 'رعاة', 'مواطن*', 'طفل*', 'اطفال', 'امراة', 'نساء', 'مزارع*', 'عمال', 'شاب', 'شابا', 'شابان', 'شابين', 'الشابين', 'شبان', 'معلم*', 'مدرس', 'مدرسا', 'مدرسين', 'مدرسون', 'مدرسان', 'تاجر مواش*', 'تاجر اغنام', 'عضو* في المجلس المحلي', 'اهالي', 'الاهالي', 'سكان', 'ركاب*', 'مختار*', 'صياد*', 'محتجون', 'محتجين', 'متظاهر*'] }
];
