/**
 * ACLED's geo-precision of a place mention from the words before it and the kind of place it is:
 * 1 in a named town (في، داخل), 2 near it (قرب، أطراف، ريف، على الطريق بين، شرقي…), 3 only a region
 * (صحراء، بادية، محافظة، المناطق الحدودية, a country). Used by where.ts to choose an event's place.
 */
import { norm, normalize } from '$lib/arabic/normalize';
import { roadStart } from './locators';
import type { PlaceMention } from './where';

/** Kinds of gazetteer entry that are regions, not towns. */
export const REGION_KINDS = new Set(['governorate', 'country', 'region', 'desert-region', 'border', 'border-area', 'corridor', 'river', 'pipeline', 'district']);

const NEAR = /(?:^|\s)(?:[وف]?(?:ب|ل)?(?:القرب\s+من|قرب|اطراف|محيط|مشارف|ضواحي|ريف|اطراف\s+مدينه|الطريق\s+(?:\p{L}+\s+)?بين|طريق\s+(?:\p{L}+\s+)?بين|بين\s+بلدتي|بين\s+مدينتي|(?:ال[يى]\s+)?(?:ال)?(?:جنوب|شمال|شرق|غرب)ي?(?:\s+(?:ال)?(?:شرق|غرب)ي?)?|مقابل|عل[ىي]\s+مقربه\s+من|المحاذيه\s+ل|محاذاه|جبهه|محور|خطوط\s+التماس\s+(?:في|مع)|(?:تل|تله|هضبه)\s+(?:مشرفه|مطله)\s+عل[ىي]))\s+(?:\p{L}+\s+){0,1}$/u;
const REGION_WORDS = /(?:^|\s)(?:[وف]?(?:ب|ل)?(?:ال)?(?:صحراء|بادي[هت]|محافظ[هت]|المناطق\s+الحدوديه|المناطق|منطق[هت]|قطاع|الشريط\s+الحدودي|الحدود|وادي|عمق|شريط))\s+$/u;
/** «الصحراء الغربية لمحافظة الأنبار»: a region noun with its adjective, of (ل) the place named. */
const REGION_OF = /(?:^|\s)(?:[وف]?(?:ب|ل)?(?:ال)?(?:صحراء|بادي[هت]|مناطق|منطق[هت]))\s+(?:ال\p{L}+\s+)?ل$/u;
/** A town's own variant that names its surroundings («بادية تدمر», «صحراء الرطبة», «ريف تدمر»). */
const AROUND = /^(?:[وفبل]|لل)?(?:ال)?(?:ريف|بادي[هت]|صحراء|اطراف|ضواحي|محيط)\s/u;

/** Geo-precision of a mention from the words before it and what kind of place it is. */
export function precisionOf(text: string, m: PlaceMention, from: number): { p: 1 | 2 | 3; start: number; why: string } {
	const b0 = Math.max(from, m.start - 60);
	const n = normalize(text.slice(b0, m.start));
	const nb = n.text;
	const near = NEAR.exec(nb);
	const region = REGION_WORDS.exec(nb) ?? REGION_OF.exec(nb);
	const startOf = (len: number) => b0 + n.map[nb.length - len];
	const mtext = norm(m.text);
	if (REGION_KINDS.has(m.kind)) {
		// «غربي الأنبار», «شرق سوريا»: a side of a region is still only the region.
		const side = near && /^(?:[وف]?(?:ب|ل)?)(?:ال[يى]\s+)?(?:ال)?(?:جنوب|شمال|شرق|غرب)/.test(near[0].trim());
		if (/^ريف/.test(mtext) || m.kind === 'district' || (near && !side && m.kind !== 'country')) return { p: 2, start: near ? startOf(near[0].trimStart().length) : m.start, why: `«${m.text}»: the countryside of a town` };
		return { p: 3, start: region ? startOf(region[0].trimStart().length) : m.start, why: `«${m.text}» is a ${m.kind}` };
	}
	// «الشريط الحدودي بين القائم والرطبة»: a border strip bounded by two towns is the region, not the towns.
	const strip = /(?:^|\s)(?:[وف]?(?:ب|ل|عل[ىي])?\s*)?(?:ال)?شريط\s+(?:ال)?حدودي\s+(?:\p{L}+\s+)?بين\s+(?:(?:\p{L}+\s+){1,3}و)?$/u.exec(nb);
	if (strip) return { p: 3, start: startOf(strip[0].trimStart().length), why: `«${strip[0].trim()}» before the name: a border strip between two places` };
	if (near) return { p: 2, start: startOf(near[0].trimStart().length), why: `«${near[0].trim()}» before the name: near it` };
	// «على طريق السخنة – دير الزور», «عند الكيلو 40 على الطريق الدولي دمشق – بغداد»: a road named by its ends is near both.
	const road0 = roadStart(text, m, from);
	if (road0) return { p: 2, start: startOf(nb.length - nb.lastIndexOf(road0)), why: `«${road0}» before the name: on a road from it` };
	const road1 = /(?:^|\s)[وفبل]?(?:ال)?طريق\s+(?:\S+\s+){1,4}?[-–—ـ/]\s*$/u.exec(nb);
	if (road1) return { p: 2, start: startOf(road1[0].trimStart().length), why: `«${road1[0].trim()}» before the name: on a road to it` };
	// «عند المدخل الشمالي لهجين», «على مدخل سنجار الجنوبي»: the edge of the town, not inside it.
	// «عند سيطرة عين التمر», «على حاجز الرطبة»: a town's checkpoint stands at its edge, as its entrance does.
	const gate = /(?:^|\s)[وفبل]?(?:ال)?(?:مدخل|مداخل|بوابه|سيطره|حاجز|نقطه\s+تفتيش)\s+(?:(?:ال)?\p{L}+\s+)?(?:ل|لل)?$/u.exec(nb);
	if (gate) return { p: 2, start: startOf(gate[0].trimStart().length), why: `«${gate[0].trim()}» before the name: at its entrance` };
	// «قرية … التابعة لناحية ربيعة», «على بعد 5 كم من القائم», «القريبة من البوكمال»: a place near the town, not in it.
	const by = /(?:^|\s)(?:(?:(?:ال)?تابع[هي]?|[تي]تبع(?:ان)?)\s+(?:ل|لل|الي\s+)(?:(?:قضاء|ناحيه|مدينه|بلده|محافظه)\s+)?|(?:ال)?قريب[هي]?\s+من\s+|عل[يى]\s+بعد\s+(?:\S+\s+){0,3}(?:من|عن)\s+(?:(?:مدينه|بلده|قريه|قضاء|ناحيه)\s+)?)$/u.exec(nb);
	if (by) return { p: 2, start: startOf(by[0].trimStart().length), why: `«${by[0].trim()}» before the name: near it` };
	// «في إحدى قرى الشرقاط», «بين بلدات ريف …», «في أحد أرياف …»: a village of the town, unnamed or not in any record;
	// «بساتين جزيرة حديثة», «جزيرة الخالدية»: its orchards or its island tract, outside the town itself.
	const of = /(?:^|\s)[وفبل]?(?:ال)?(?:قري|بلدات|مزارع|ارياف|نواحي|ضواحي|بساتين|جزيره)\s+(?:(?:قضاء|ناحيه|مدينه)\s+)?$/u.exec(nb);
	if (of) return { p: 2, start: startOf(of[0].trimStart().length), why: `«${of[0].trim()}» before the name: one of its villages` };
	// «الطريق المؤدي إلى تل حميس»: a road leading to the town, not the town.
	const leads = /(?:^|\s)[وفبل]?(?:ال)?طريق\s+(?:ال)?(?:مودي|متجه|ذاهب|واصل|موصل)\s+(?:ال[يى]\s+|ل)(?:(?:مدينه|بلده|قريه|قضاء|ناحيه)\s+)?$/u.exec(nb);
	if (leads) return { p: 2, start: startOf(leads[0].trimStart().length), why: `«${leads[0].trim()}» before the name: on a road to it` };
	// «على الطريق الدولي الذي يربط دير الزور بحمص»: towns that bound a road the event was on.
	const road = /(?:^|\s)[وفبل]?(?:ال)?طريق\s+(?:\p{L}+\s+){0,3}(?:يربط|تربط|يصل|الرابط\s+بين|الواصل\s+بين|الواصل\s+الى|بين)\s+(?:(?:\p{L}+\s+){1,3}(?:و|ب|ال[يى]\s+))?$/u.exec(nb);
	if (road) return { p: 2, start: startOf(road[0].trimStart().length), why: `«${road[0].trim()}» before the name: on a road it bounds` };
	if (AROUND.test(mtext)) return { p: 2, start: m.start, why: `«${m.text}»: the surroundings of a town` };
	// The second town of «على الطريق بين القائم والرطبة» is as near as the first.
	const between = /بين\s+(?:\p{L}+\s+){1,3}و$/u.exec(nb);
	if (between) return { p: 2, start: startOf(between[0].length), why: `«${between[0]}» before the name: on the way between two places` };
	// «منطقة المنصورة»: «منطقة» before one town's name is how the town is called, not the area around it.
	if (region && !/^(?:[وف]?(?:ب|ل)?(?:ال)?)منطق[هت]$/u.test(region[0].trim())) return { p: 2, start: startOf(region[0].trimStart().length), why: `«${region[0].trim()}» before a town's name: the area around it` };
	return { p: 1, start: m.start, why: `«${m.text}» is a ${m.kind}, named as the place` };
}
