/**
 * Civilians by who they are or what they do: the victims, the people moved or returned, the protesters.
 * Names that are also ordinary words are left out or written only in their unambiguous forms:
 * «طالب» is also "demanded", «صحفي» also "press" («مؤتمر صحفي»), «إعلامي» also "media" («المكتب الإعلامي»),
 * «عامل» also "factor", «أسر» also "captured"; «سائق» is most often the driver of a seized truck, arrested, not a victim.
 */
import type { ActorEntry } from './actor-ids';

export const PEOPLE_NAMES: ActorEntry[] = [
	{
		id: 'civilians',
		phrases: [
			'مدني*', 'راعي اغنام', 'راعي', 'راعيا', 'راع', 'رعاة', 'رعاة الاغنام', 'مواطن*', 'طفل*', 'اطفال', 'امراة', 'نساء', 'مزارع*', 'فلاح*', 'عمال', 'شاب', 'شابا', 'شابان', 'شابين', 'الشابين', 'شبان',
			'معلم*', 'مدرس', 'مدرسا', 'مدرسين', 'مدرسون', 'مدرسان', 'تاجر مواش*', 'تاجر اغنام', 'عضو* في المجلس المحلي', 'اهالي', 'الاهالي', 'سكان', 'ركاب*', 'مختار*', 'صياد*', 'محتجون', 'محتجين', 'متظاهر*',
			// The desert's seasonal victims and the displaced: truffle pickers, shepherds' families, the camps' people.
			'جامعي الكماة', 'جامعو الكماة', 'جامعي الكمأة', 'الباحثين عن الكماة', 'الباحثين عن الكمأة', 'نازح*', 'لاجئ*', 'عائلة', 'عائلات', 'عوائل', 'اسرة', 'فتاة', 'فتيات', 'فتى', 'صبي', 'قاصر*', 'مسن', 'مسنة', 'مسنين', 'عجوز',
			'طلاب', 'طالبات', 'تلميذ*', 'صحفيين', 'صحفيون', 'صحفيا', 'موظف*', 'طبيب*', 'ممرض*', 'شيخ عشيرة', 'شيوخ عشائر', 'وجهاء', 'وجيه*', 'امام مسجد'
		]
	}
];
