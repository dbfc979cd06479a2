/**
 * Places a clause names only to locate another place, or as the far end of a road or a pair:
 * «بلدة الكرامة شرقي الرقة» (الرقة locates the town), «طريق السخنة – دير الزور» and «بين القائم
 * والرطبة» (the event is coded at the first town), «نُقلوا إلى المشفى الوطني في الحسكة» (where the
 * wounded were taken), a capital someone visited, a place inside a body's name («شرطة الأنبار»).
 * Pure; offsets are the article's.
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

/** A direction in every spelling: جنوب، جنوبي، جنوبيّ، الجنوب الشرقي…, bare or compound, with a و ب ل. */
const DIRECTION = String.raw`(?:[وف]?(?:ب|ل)?(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|\s+(?:ال)?(?:شرق|غرب)ي?)?|[وف]?(?:ب|ل)?اقصي\s+(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|\s+(?:ال)?(?:شرق|غرب)ي?)?)`;
/**
 * A unit that contains a place: a governorate, a district, a sub-district, a Turkish province (ولاية) or a
 * city's countryside. Named after a town it only says where the town lies.
 */
const UNIT = String.raw`(?:ريف|محافظه|ولايه|قضاء|ناحيه|اقليم)`;
/**
 * Between a town and the bigger place that locates it:
 * - a direction, with an optional place noun («بلدة الكرامة شرقي الرقة», «جنوب شرقي ولاية ماردين», «إلى الشمال من مدينة …»);
 * - the unit it lies in, after «بـ», «في» or «ضمن»: «مدينة دير حافر بريف حلب الشرقي», «قرب قضاء سيلوبي بولاية شرناق»,
 *   «قرية … ضمن محافظة الرقة» (the direction, if any, follows the bigger place);
 * - the unit it belongs to: «قضاء نصيبين التابع لولاية ماردين», «ناحية باتيفا التابعة لقضاء زاخو», «الواقعة في ريف حلب».
 * A comma may stand before any of these («في ريف بلدة الشدادي، جنوبي الحسكة»), after the countryside's own side too
 * («في ريف الشدادي الجنوبي، جنوبي الحسكة»), but not before «و»/«ف», which
 * begins another place of a list («في الميادين، وشرقي الرقة»). A parenthesis may give the town's other name first.
 */
const LOCATING = new RegExp(
	String.raw`^\s*(?:\(\S[^()،,]{0,25}\)\s*)?(?:ال(?:جنوبي|شمالي|شرقي|غربي)(?:\s+ال(?:شرقي|غربي))?\s*)?(?:[،,]\s*(?![وف]))?(?:(?:${DIRECTION}|ال[يى]\s+${DIRECTION}\s+من)\s+(?:(?:مدينه|بلده|منطقه|${UNIT})\s+)?|(?:ب|في\s+|ضمن\s+)${UNIT}\s+|(?:(?:ال)?تابع[هي]?|[تي]تبع)\s+(?:ل|لل|الي\s+)(?:(?:مدينه|${UNIT})\s+)?|(?:ال)?واقع[هي]?\s+(?:في\s+|ضمن\s+|ب)(?:${UNIT}\s+)?)$`,
	'u'
);
/** A unit's noun opening a matched name («ريف دير الزور», «محافظة دهوك»): read with the words before the name. */
const UNIT_LEAD = new RegExp(String.raw`^(?:[وفبل]|لل)?${UNIT}\s+`, 'u');

/** Whether `m`, named after `o`, only says where `o` lies (see LOCATING). */
export function locates(text: string, o: Span, m: Span): boolean {
	const between = text.slice(o.end, m.start);
	if (o.end > m.start || m.start - o.end > 40 || /[.؛\n]/.test(between)) return false;
	return LOCATING.test(norm(between) + (UNIT_LEAD.exec(norm(m.text))?.[0] ?? ''));
}

/**
 * The place `m` locates when it is named right after another place only to say where that one lies («قرب ناحية
 * القيارة جنوبي الموصل», «قضاء نصيبين التابع لولاية ماردين»), or null.
 */
export function locatedBy<T extends Span>(text: string, places: readonly T[], m: Span, regions: (p: T) => boolean): T | null {
	return places.find((o) => o.start !== m.start && !regions(o) && locates(text, o, m)) ?? null;
}

/**
 * The places of a clause not named only to locate another. A far namesake of a place the text puts in a district
 * («ناحية ربيعة التابعة لقضاء تلعفر», a Rabia by the sea) gives way to the district (farFromParent); else the
 * district, the province or the countryside only says where the place lies («قضاء نصيبين بولاية ماردين»).
 */
export function unlocated<T extends Span & { source?: string; id?: string | null; lon: number | null; lat: number | null }>(text: string, places: readonly T[], regions: (p: T) => boolean, km: (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => number): T[] {
	const kept = places.filter((m) => !farFromParent(text, places, m, km));
	return kept.filter((m) => !kept.includes(locatedBy(text, kept, m, regions) as T));
}

/** A road named by its two ends: «طريق السخنة – دير الزور», «طريق دمشق/بغداد»; or a pair «بين القائم والرطبة». */
const ROAD_HEAD = /(?:^|\s)[وفبل]?(?:ال)?طريق\s+(?:(?:ال)?(?:دولي|سريع|عام|رييسي|ترابي|صحراوي|قديم)\s+)?$/u;
const PAIR_HEAD = /(?:^|\s)(?:بين|ما\s+بين)\s+(?:(?:مدينتي|بلدتي|قريتي|ناحيتي|قضاءي|منطقتي|مدينه|بلده|قريه|ناحيه|قضاء|مخيم|منطقه)\s+)?$/u;
/** Between the two ends: a dash, a slash or «و», the second end with its own place noun or not («بين بلدة الهول ومدينة الحسكة»). */
const JOINT = /^\s*(?:[-–—ـ/]\s*|و\s*|\s+)(?:(?:مدينه|بلده|قريه|ناحيه|قضاء|مخيم|منطقه)\s+)?$/u;
/** A crossing named by its two sides: «منفذ القائم – البوكمال», «معبر اليعربية/ ربيعة» (the first side is the one named for it). */
const CROSSING_HEAD = /(?:^|\s)[وفبل]?(?:ال)?(?:منفذ|معبر)\s+$/u;

/** Whether `m` follows the road word directly: the first town of «طريق A – B», near the event (2). */
export function roadStart(text: string, m: Span, from: number): string | null {
	const b = norm(text.slice(Math.max(from, m.start - 30), m.start));
	return ROAD_HEAD.exec(b)?.[0].trim() ?? null;
}

/** Whether `m` is the far end of a road, a crossing or a pair whose first town `o` the clause names just before it. */
export function secondEnd<T extends Span>(text: string, places: readonly T[], m: Span, from: number): T | null {
	return (
		places.find((o) => {
			if (o.start === m.start || o.end > m.start || m.start - o.end > 14) return false;
			const joint = text.slice(o.end, m.start);
			if (!JOINT.test(norm(joint))) return false;
			const b = norm(text.slice(Math.max(from, o.start - 30), o.start));
			return ROAD_HEAD.test(b) || PAIR_HEAD.test(b) || ((CROSSING_HEAD.test(b) || CROSSING_HEAD.test(' ' + norm(text.slice(o.start, o.end)).replace(/\S+$/u, ''))) && /[-–—ـ/]/.test(joint));
		}) ?? null
	);
}

/** «نُقل إلى مستشفى الموصل», «إلى المشفى الوطني في الحسكة»: the town of a hospital the wounded were taken to. */
export function hospitalTown(text: string, clause: Span, m: Span): boolean {
	const b = norm(text.slice(Math.max(clause.start, m.start - 40), m.start));
	return /(?:^|\s)[وفبل]?(?:ال)?(?:مشفي|مستشفي|مشافي|مستشفيات)\s+(?:(?:ال)?\p{L}+\s+){0,3}(?:(?:في|ب)\s+(?:مدينه\s+)?)?$/u.test(b) && !/[،,.]/.test(b.slice(b.search(/(?:مشفي|مستشفي|مشافي|مستشفيات)/u)));
}

/** Whether a capital named without a preposition is where someone went («زار وفد أمني عراقي رفيع دمشق», «استقبلت دمشق وفداً»). */
export function visited(text: string, clause: Span, m: Span): boolean {
	const b = norm(text.slice(Math.max(clause.start, m.start - 90), m.start));
	return /(?:^|\s)(?:[وف]?(?:زار|زارت|يزور|تزور|استضاف\p{L}*|استقبل\p{L}*|احتضن\p{L}*|شهد\p{L}*|وصل\p{L}*|توجه\p{L}*|غادر\p{L}*))\s+(?:[^\s،,.]+\s+){0,9}$/u.test(b);
}

/**
 * «وحدات مقاومة سنجار», «شرطة الأنبار», «مجلس دير الزور العسكري»: a place that names a body, not where it acted.
 * `unit`: only a force or an office («قيادة عمليات كركوك»), not the people of a place («أبناء الميادين»).
 */
export function bodyName(text: string, clause: Span, m: Span, unit = false): boolean {
	const b = norm(text.slice(Math.max(clause.start, m.start - 22), m.start));
	// «ضمن قاطع عمليات سامراء»: an operations sector is an area, named for its town.
	if (/(?:^|\s)(?:[وفبل]?(?:ال)?قاطع|ضمن)\s+(?:ال)?عمليات\s+$/u.test(b)) return false;
	const near = norm(text.slice(Math.max(clause.start, m.start - 14), m.start));
	if (unit) return /(?:^|\s)[وفبل]?(?:ال)?(?:وحدات|مجلس|شرطه|قياده|عمليات|لواء|فوج|فرقه|مديريه|حرس|مفارز|قوات|جيش)\s+$/u.test(near);
	return /(?:^|\s)[وفبل]?(?:ال)?(?:وحدات|مقاومه|مجلس|شرطه|قياده|عمليات|لواء|فوج|فرقه|مديريه|حرس|مفارز|قوات|جيش|ابناء|عشاير|عشيره|اهالي)\s+$/u.test(near);
}

/** «… التابعة لقضاء», «… التابع لناحية», «… تتبع لمحافظة»: the words that name the district a place belongs to. */
const BELONGS = /^\s*(?:(?:ال)?تابع[هي]?|[تي]تبع)\s+(?:ل|لل|الي\s+)(?:(?:قضاء|ناحيه|مدينه|محافظه|لواء)\s+)?$/u;

/**
 * Whether `m`, a GeoNames record the gazetteer does not hold, is a namesake far away: the text says
 * which district it belongs to («ناحية ربيعة التابعة لقضاء تلعفر»), and that district lies more than
 * `maxKm` from the record (a Rabia by the sea is not Tal Afar's). The district is then the place.
 */
export function farFromParent<T extends Span & { source?: string; id?: string | null; lon: number | null; lat: number | null }>(text: string, places: readonly T[], m: T, km: (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => number, maxKm = 60): boolean {
	if (m.source !== 'geonames' || m.id || m.lon === null || m.lat === null) return false;
	const parent = places.find((o) => o.start >= m.end && o.start - m.end <= 30 && o.lon !== null && o.lat !== null && BELONGS.test(norm(text.slice(m.end, o.start))));
	return !!parent && km(m as { lon: number; lat: number }, parent as { lon: number; lat: number }) > maxKm;
}

/**
 * A reporter, a source or an official, whose seat a place after it may name. A whole word (with its article,
 * a clitic, a case or plural ending or a possessive), never inside another: «الجسر الرئيسي في مدينة الطبقة» and
 * «الطريق الرئيسي في مركز الشرقاط» name a main bridge and road, not a head (رئيس) who sits in the town.
 */
const OFFICIAL = /(?<![\p{L}])(?:[وفبل]|ال|وال|بال|لل)?(?:مراسل|مصدر|مصادر|مسوول|مكتب|قايممقام|محافظ|مدير|قايد|رييس|عضو|نايب|اوساط|دواير)(?:ا|ان|ين|ون|و|نا|ها|هم)?(?![\p{L}])/gu;
/**
 * «كشف المحافظ، خلال مؤتمر صحفي عقده في مبنى المحافظة ببعقوبة، عن تفاصيل الهجوم …», «في مؤتمر صحفي بالرمادي»: where
 * a speaker held a press conference is where he spoke, not where what he told happened.
 */
const PRESS = /(?:^|\s)(?:[وفبل]|ال|بال|لل)?(?:موتمر|موتمرا)\s+(?:ال)?صحفي\p{L}*(?:\s+(?:عقد\p{L}*|اقيم\p{L}*|في|داخل|[بف]?(?:ال)?(?:مبني|مقر|قاعه|ديوان|محافظه|قياده|وزاره|مديريه|شرطه|عمليات|حكومه|مجلس|اداره))){0,5}\s+[وفبل]?(?:في\s+)?$/u;
/** «أمام مكتب الأمم المتحدة في …», «قرب مكتب المحافظ في …»: an office stood before, near or in is a building. */
const OFFICE_BUILDING = /(?:^|\s)(?:امام|قرب|بالقرب\s+من|داخل|عند|حول|محيط|بجانب|بجوار|مقابل)\s+(?:[وفبل]|ال)?مكتب\p{L}*(?:\s+[^\s،,.:"«»]+){0,4}\s+(?:في\s+)?$/u;
/** A harm done to the person named next: «مقتل», «اغتيال», «اختطاف», «استهداف منزل» (with its clitics). */
const HARMED = /(?:^|\s)[وفبل]?(?:ال)?(?:مقتل|قتل|اغتيال|اختطاف|خطف|استهداف|اعتقال|اصابه|استشهاد|جثه|جثمان|منزل|سياره|موكب)\s+$/u;
/**
 * Whether `m` only says where a reporter, a source or an official sits («مراسل عنب بلدي في دير الزور», «قائممقام
 * قضاء زاخو») — the governorate's or district's building is a place («أمام مبنى المحافظة في الموصل»). The seat is
 * named inside the title's own noun phrase: a colon (an interview's speaker label «القائممقام: أغلقنا منفذ …»), a
 * quotation mark or a complementiser («المصدر قوله إن "مدينة …"», «مسؤول أن القوات في …») ends that phrase, and
 * what follows is what the person said. «مجهولة المصدر» (of unknown origin) names no source.
 */
export function seatOf(text: string, clause: Span, m: Span): boolean {
	const before = norm(text.slice(Math.max(clause.start, m.start - 30), m.start));
	const wide = norm(text.slice(Math.max(clause.start, m.start - 45), m.start));
	if (PRESS.test(wide)) return true;
	if (OFFICE_BUILDING.test(wide)) return false;
	return [...before.matchAll(OFFICIAL)].some((o) => {
		// «قذيفة مجهولة المصدر»: a shell of unknown origin, no source.
		if (/مجهول\p{L}{0,2}\s+(?:ال)?$/u.test(before.slice(0, o.index))) return false;
		// «اجتمع … مع قائد شرطة المحافظة في مدينة كركوك», «التقى مع محافظ الأنبار في الرمادي»: the official met with is the
		// counterpart, and the place after him is where they met, not his seat.
		if (/(?:^|\s)(?:مع|و?بحضور)\s+$/u.test(wide.slice(0, wide.length - before.length + o.index))) return false;
		// «اغتال مسلحون عضواً في المجلس المحلي لبلدة هجين», «بعد مقتل مسؤول في بلدية …»: an office-holder the event
		// befell — its object, in the accusative (-اً), or after a harm's noun — lives and works where his office is;
		// that is no speaker's seat but the likeliest place of what happened to him.
		if (/[^نه]ا$/u.test(o[0]) && !/^[وفبل]?ال/u.test(o[0])) return false;
		if (HARMED.test(wide.slice(0, wide.length - before.length + o.index))) return false;
		const between = before.slice(o.index + o[0].length);
		return between.length <= 25 && !/[،,:"«»“”]/.test(between) && !/(?:^|\s)[وف]?(?:ان|بان)(?![\p{L}])/u.test(between);
	});
}

/**
 * A place that locates where people went («متجهة إلى مخيم الجدعة جنوبي الموصل», «نُقلوا نحو قرية … شرقي الرقة»):
 * a direction after a destination the text names with a place noun; the town locates that destination.
 */
const TO_LOCATED = new RegExp(String.raw`(?:^|\s)(?:ال[يى]|نحو|باتجاه)\s+(?:(?:مخيم|قريه|بلده|مدينه|منطقه|ناحيه|معسكر|سجن|مركز)\s+)(?:\p{L}+\s+){1,3}${DIRECTION}\s+$`, 'u');
export function destination(text: string, clause: Span, m: Span): boolean {
	const before = text.slice(Math.max(clause.start, m.start - 50), m.start);
	return !/[،,.؛]/.test(before) && TO_LOCATED.test(norm(before));
}

/**
 * «غادرت 48 عائلة مخيم الهول», «تغادر القافلة الثانية المخيمَ غداً», «بعد مغادرتهم مخيم الهول»: the object of a verb
 * of leaving is the place left, as «من» before it would say; in a repatriation the camp left is the event's place,
 * not the home town of those who helped («بالتنسيق مع وجهاء عشائر من ريف الرقة»).
 */
const LEFT = /(?:^|\s)[وف]?(?:غادر|يغادر|تغادر|نغادر|مغادره|مغادرت)\p{L}*\s+(?:[^\s،,.؛:]+\s+){0,4}$/u;
export function departed(text: string, clause: Span, m: Span): boolean {
	return LEFT.test(norm(text.slice(Math.max(clause.start, m.start - 50), m.start)));
}

/**
 * Whether the «من» before `m` closes a phrase of nearness («بالقرب من بلدة صبحا», «على مقربة من الحدود», «القريبة من
 * البوكمال»): the event was near the place, it did not come from it.
 */
export function nearFrom(text: string, clause: Span, m: Span): boolean {
	return /(?:^|\s)(?:[وف]?(?:ب|عل[يى]\s+)?(?:ال)?(?:قرب|مقربه)|(?:ال)?قريب(?:ه|ين|ون)?)\s+من\s+(?:\p{L}+\s+)?$/u.test(norm(text.slice(Math.max(clause.start, m.start - 40), m.start)));
}

/** What an agreement or a decision provides: «يقضي بـ», «ينص على», «يتضمن». */
const CONTENT = /(?:^|\s)[وف]?(?:يقضي|تقضي|ينص|تنص|يتضمن|تتضمن|يلزم|تلزم)(?![\p{L}])/u;
/** Where in the clause the first «يقضي»/«ينص» stands (Infinity when none). */
export function contentStart(text: string, clause: Span): number {
	const words = text.slice(clause.start, clause.end).matchAll(/[\p{L}\u064B-\u0652]+/gu);
	for (const w of words) if (CONTENT.test(' ' + norm(w[0]))) return clause.start + w.index!;
	return Infinity;
}
