/**
 * Place names that are also participles an outlet uses as adjectives: «القائم» is the border town and «existing»
 * («الوضع القائم» the status quo, «التنسيق الأمني القائم» the coordination in place, «الخلاف القائم بين …»). The
 * gazetteer matches only «مدينة/قضاء/منفذ القائم» for that reason; a GeoNames record still proposes the bare
 * name, so the adjective is told here: right after a definite abstract noun (a masdar of relations, order or
 * conflict), with at most one definite nisba adjective between («الأمني», «العسكري»), and no preposition or place
 * noun. A definite force or people before it is a subject whose object may be the town («دخلت القوات العراقية
 * القائم»), and a road named by its ends stays a road («الطريق الدولي القائم - البوكمال»). Pure.
 */
import { norm } from '$lib/arabic/normalize';

/** The participles, normalised (hamza folded): القائم. */
const PARTICIPLE = /^(?:[وف])?القايم$/u;
/** Definite abstract nouns «القائم» qualifies: relations, order, conflict, a state of affairs. */
const ABSTRACT = /(?:^|\s)[وفبل]?(?:ال|لل)(?:وضع|واقع|نظام|حكم|تنسيق|تعاون|تفاهم|اتفاق|تحالف|تواصل|حوار|تنافس|خلاف|نزاع|صراع|توتر|تصعيد|هدوء|انقسام|جدل|تعامل|عمل|امر|حال|ترتيب|تفاوض)\s+(?:ال\p{L}+ي\s+)?$/u;

/** Whether the name at `start` in `sentence` (offsets of the sentence) is the adjective «existing», not the town. */
export function participleAdjective(name: string, sentence: string, start: number): boolean {
	if (!PARTICIPLE.test(norm(name))) return false;
	return ABSTRACT.test(norm(sentence.slice(Math.max(0, start - 40), start)));
}
