/**
 * The type a generic event word takes from the rest of its clause: a seizure by what it seized, an
 * explosion by its device, a killing by its victims, a foiled run by its cargo (classify.ts picks
 * the clause's type among these). Each rule is one construction of Arabic news prose.
 */
import { norm } from '$lib/arabic/normalize';
import { findObjects, type EventType, type Trigger } from './lexicon';
import type { Hit, Span } from './scan';
import { withoutProtected } from './protected-people';

/**
 * Victims that make a killing or an attack violence against civilians. Nouns ending in a weak «ي» lose it when
 * indefinite («قُتل راعٍ», «اغتيال محامٍ», «قاضٍ»): normalised, «راع», «محام», «قاض». Taa marbuta is «ه» once normalised («رعاه»).
 * «عامل» is a whole word: «فتعاملت معها قوة» (dealt with) names no worker.
 */
const CIVILIAN = /مدني|راعي|(?:^|\s)[وبل]?(?:ال)?(?:رعاه|راع|محام|محامي|قاض|عامل|عاملا|عاملين|عاملان|عمال)(?=\s|$)|رعاة|مواطن|طفل|اطفال|امراه|نساء|مزارع|مختار|شيخ عشيره|(?:^|\s)(?:[وبل]|ال)?(?:شاب|شابا|شبان|شابين|شابان|فتى|فتيه|فتيان|فتاه|فتاتين|فتيات|رجل|رجلا|رجلين|رجلان|رجال|امراتين|امراتان|سيدتين|مسنين|شقيقين|شقيقان|اخوين|مسن|سيده|تاجر|تاجرا|صياد|صيادا|صيادين|صيادان|سايق|سايقا|طبيب|طبيبا|صيدلاني|صيدلانيا|صحفي|صحفيا|معلم|معلما|موظف|موظفا|بايع|بايعا|فلاح|فلاحا|فلاحين|ركاب|مصلين|مسافرين|جامعي|عايله|عايلات|اسره)(?=\s|$)/;
/**
 * Aircraft as the means («طائرات F-16 دمّرت …، وقُتل …», «بقصف الطيران», a statement's «طائراتنا»), or the air arm that
 * flew it («حصيلة الضربة التي نفذتها القوة الجوية … أربعة قتلى», «نفّذها سلاح الجو»): a strike from the air, unless it is a drone.
 */
const AIRCRAFT = /(?:^|\s)(?:[وبل]|ال|لل|بال)?(?:طايرات|طايره|طيران|مقاتلات|مقاتله|مروحيه|مروحيات|طايراتنا|طايرتنا|طيراننا|مقاتلاتنا)(?!\s+(?:ال)?(?:مسير|بدون|دون))(?=\s|$)|(?:^|\s)(?:[وبل]|ال|لل|بال)?(?:قوه\s+(?:ال)?جويه|سلاح\s+(?:ال)?جو)(?=\s|$)/u; // normalised: ئ is ي, ة is ه
/** An execution («أعدم التنظيم …», «إعدام ميداني», «تصفية», «ذبح / نحر راعياً»): a killing of captives, violence against civilians. */
const EXECUTION = /^(?:[وفب]?(?:ال)?)?(?:اعدم|اعدام|تصفيه|ذبح|نحر)/;
/**
 * A person shot dead by gunmen riding a motorbike («برصاص ملثمين كانوا يستقلون دراجة نارية», «أطلق مسلحون على متن
 * دراجة نارية النار على … فأردوه قتيلاً», «لاذوا بالفرار على دراجة نارية»): the hit-and-run of a targeted killing.
 */
const DRIVE_BY = /(?:يستقل\p{L}{0,3}|يستقلان|تستقل|يركب\p{L}{0,3}|علي\s+متن|علي\s+ظهر|لاذوا\s+بالفرار\s+علي|فروا\s+علي|فر\s+علي)\s+(?:ال)?(?:دراجه|دراجات|دراجتين|دراجتان|موتور)|ملثم/u;
/** An attack on a post, a checkpoint or a patrol is a fight with the force, not the killing of one person. */
const POST = /(?:^|\s)(?:[وبل]|ال|وال|بال|لل)?(?:حاجز|نقطه|نقاط|مقر|موقع|دوريه|رتل|مخفر|ثكنه|قاعده|قافله|اشتباك)\p{L}{0,3}(?=\s|$)/u;
/** «ثأراً», «بدافع الثأر», «انتقاماً لمقتل»: a killing for revenge, of people who did not fight (the README). */
const REVENGE = /(?:^|\s)(?:[وب]?(?:ال)?ثار(?:ا|يه)?|انتقاما|بدافع\s+الانتقام)(?=\s|$)/u;
/** Combatants: a body of one of these is a fighter's, not a civilian's. */
const COMBATANT = /(?:^|\s)(?:[وبل]|ال|وال|بال|لل)?(?:عنصر|عنصرين|عنصران|عناصر|مقاتل\p{L}*|جندي|جنديين|جنديان|جنود|منتسب\p{L}*|ارهابي\p{L}*|مسلح\p{L}*|قيادي|امير|انتحاري)(?=\s|$)/u;
/** «مكافحة» (combatting) heads a body's name: «إدارة مكافحة المخدرات». */
const COMBATTING = /(?:^|\s)[وفبل]?(?:ال|لل)?مكافحه\s+$/u;
/** People as the object of a seizure word: the accused, the wanted, suspects, persons. */
const PERSONS = /(?:^|\s)(?:[وبل]|ال)?(?:متهم|متهما|متهمين|مطلوب|مطلوبا|مطلوبين|مشتبه|مشتبها|اشخاص|شخص|شخصا|شخصين)(?=\s|$)/u;
/** The words for a dead body: «عُثر على جثة» reports a killing whose author the text does not know. */
const BODY = /^(?:[وفب]?(?:ال)?)?(?:جثه|جثت|جثث|جثمان|جثامين|رفات)/;

/**
 * «شبكة لتهريب الأشخاص», «بتهمة تهريب مهاجرين», «مهرّب بشر», «بتهريب ما لا يقل عن 60 شخصاً»: smuggling whose load is
 * people names no goods. A person
 * «ضُبط» for it is a person arrested, not contraband seized (caught in the act, `caughtSmuggling` below, stays a run).
 */
const PEOPLE = /^(?:[\s\u00A0]+(?:ما|لا|يقل|عن|نحو|اكثر|من|[0-9\u0660-\u0669]+)){0,5}[\s\u00A0]*(?:ال)?(?:اشخاص|شخصا|بشر|مهاجرين|مهاجرا|لاجيين|لاجيا|افراد|عايلات|عايله|نساء|سوريين|عراقيين)(?![\p{L}])/u;
const peopleRun = (text: string, o: Hit<{ kind: string }>) => o.entry.kind === 'contraband' && /هرب|تهريب/.test(norm(o.text)) && PEOPLE.test(norm(text.slice(o.end, o.end + 40)));

/** «محاولة», «محاولتهم», «حاولوا»: an act only tried. */
const TRIED = /(?:^|\s)(?:[وبل]|ال|بال|لل)?(?:محاول\p{L}{0,3}|حاول\p{L}{0,3}|يحاول\p{L}{0,3})\s+$/u;
/** The manner of a crossing, listed among contraband words: it names no goods. */
const MANNER = /غير\s+(?:شرعي|قانوني|نظامي)|خلسه/;
// «أحدهم مطلوب بقضايا تهريب مخدرات», «متهم بتجارة المخدرات», «بالتورط في عمليات تهريب»: goods named in a charge against
// the people are no cargo, neither of a crossing nor of a seizure («وضبطت هواتف» after arrests on such a charge).
const CHARGED = /(?:^|\s)(?:[وفب]?(?:ال)?(?:قضايا|قضيه|تهمه|تهم|تورط)|[وف]?(?:مطلوب|متهم|مدان|محكوم|مشتبه)\p{L}{0,3}\s+ب(?!حوز)\p{L}+)(?:\s+\S+){0,3}\s*$/u;
const charged = (text: string, c: Span, o: Span) => CHARGED.test(norm(text.slice(Math.max(c.start, o.start - 40), o.start)));
/** Goods (contraband or drugs) named in the clause: not the smugglers («مهرّباً»), the smuggling, nor the crossing's manner. */
const goodsCrossing = (text: string, c: Span) => findObjects(text, c.start, c.end).some((o) => (o.entry.kind === 'contraband' || o.entry.kind === 'drugs') && !MANNER.test(norm(o.text)) && !/هرب/.test(norm(o.text)) && !/بحوز/.test(norm(text.slice(Math.max(c.start, o.start - 30), o.start))) && !charged(text, c, o));

/** Whether a clause that names drugs tells them seized: counted («مليوني حبة», «50 كغ») or a seizure word beside them. */
export const drugSeized = (c: Span, all: Hit<Trigger>[]) => COUNTED_DRUGS.test(norm(c.text)) || all.some((h) => h.entry.type === 'seizure');

/** Vehicles seized with their load: «عجلتين محملتين بالبضاعة», «شاحنة محمّلة», «صهريجاً مع حمولته». */
const LOADED = /(?:شاحن|صهريج|صهاريج|عجل|سيار|مركب)\p{L}*\s+(?:ال)?(?:محمل\p{L}*|مع\s+حمول\p{L}*|بحمول\p{L}*)/u;

/** Drugs counted by the pill or the weight: «مليوني حبة», «50 كغ من الحشيش», «3 كيلوغرامات». */
const COUNTED_DRUGS = /(?:[0-9\u0660-\u0669]|الف|مليون|مليوني|ملايين)\s*(?:حبه|حبات|كغ|كيلو\p{L}*|غرام\p{L}*|طن)(?![\p{L}])/u;

/** What is dismantled when people are: a cell, a network, a gang, a ring (the object right after «تفكيك»). */
const RING = /^(?:[وبل]|ال)?(?:خليه|خليتين|خلايا|شبكه|شبكتين|شبكات|عصابه|عصابتين|عصابات|مجموعه|مجموعتين|مجاميع)$/u;
/** A device: what a defusal defuses. */
const DEVICE = /^(?:[وبل]|ال)?(?:عبو|لغم|الغام|متفجر|مفخخ|قنبل|قذيف|صاروخ|حزام|احزمه)/u;
/** The first of the four words after the defusal word that is a ring or a device decides («فككت القوات الأمنية شبكة …»). */
function ringDismantled(after: string): boolean {
	const first = after.split(/[\s\u00A0]+/).filter(Boolean).slice(0, 4).find((w) => RING.test(w) || DEVICE.test(w));
	return first !== undefined && RING.test(first);
}

/** Why an explosion is an IED only by default: the clause names no device (readings.ts lets a named one win). */
export const UNNAMED_DEVICE = 'an explosion whose device the clause does not name';
/** A victim shot at his own door or shop («أمام منزله», «عند باب محله»): a targeted killing too. */
/** …shot there, not stabbed or beaten: a hit at the door is a gunman's. */
// «بطلقات نارية أطلقها مسلحان»: «طلقات», «أطلق», «ناري» tell the shooting as well as «رصاص» and «النار».
const SHOT = /رصاص|النار|نيران|اطلاق|طلقات|طلقه|اطلق|ناري/u;
/**
 * A civilian's premises as the target of an attack: «هاجم مسلحون محلاً للصاغة وأطلقوا النار على صاحبه», «هاجموا منزل
 * مزارع»: violence against civilians, unless a force's post or a fighter is what was hit, or a force stormed the house
 * to arrest or seize (a raid, not an attack).
 */
// «داخل محله», «أمام منزلها», «في متجرهم»: the victim's own premises, named by a pronoun; «محله» bare is also «محلّة» (a
// quarter), so the shop with a pronoun counts only inside it or as «محله التجاري».
// The toll of such an attack told in its clause («مسلحان يهاجمان محلاً لبيع الهواتف، ما أدى إلى مقتل صاحبه») is the same act.
const PREMISES = /(?:^|\s)(?:[وبل]|ال|بال|لل)?(?:(?:منزل|بيت|محل|متجر|دكان|مطعم|صيدليه|ورشه)(?:ا|ين|ان)?|(?:منزل|بيت|متجر|دكان|مطعم|ورشت)(?:ه|ها|هم|هما)|منازل|بيوت|محال|محلات|متاجر)(?=\s|$)|داخل\s+محل(?:ه|ها|هم)(?=\s|$)|محل(?:ه|ها|هم)\s+التجاري(?=\s|$)/u;
/** A fighter or an officer as the victim or the owner of the premises («منزل عنصر في قسد»). */
const FORCE_MEMBER = /(?:^|\s)(?:[وبل]|ال|لل)?(?:عنصر|عناصر|جندي|جنود|مقاتل|منتسب|قيادي|ضابط|شرطي)\p{L}{0,3}(?=\s|$)/u;
const AT_DOOR = /(?:امام|قرب|بجانب|عند\s+باب)\s+(?:منزل|بيت|محل|مكتب|متجر)(?:ه|ها|هم|هما)(?![\p{L}])/u;

export function resolve(text: string, c: Span, t: Hit<Trigger>, all: Hit<Trigger>[], reasons: string[]): EventType {
	const type = t.entry.type;
	// «دورية لمكافحة المخدرات», «مديرية مكافحة المتفجرات»: a word in a body's name is not what was seized.
	// «وبحوزته وثائق مزورة»: what someone had on him is named after the possession word; a charge before it
	// («اعتُقل متهم بتهريب أشخاص …») is what he is accused of, not what was found.
	const from = type === 'seizure' && /بحوز/.test(norm(t.text)) ? t.end : c.start;
	const objects = new Set(findObjects(text, from, c.end).filter((o) => !COMBATTING.test(norm(text.slice(Math.max(c.start, o.start - 14), o.start))) && !peopleRun(text, o) && !charged(text, c, o)).map((o) => o.entry.kind));
	const has = (x: string) => all.some((h) => h.entry.type === x);
	const clause = norm(c.text);
	switch (type) {
		case 'seizure': {
			// «خلال محاولتهم اعتراض سيارة يُشتبه بأنها تنقل حبوباً», «أثناء محاولة ضبط شاحنة»: a seizure only tried seized
			// nothing: the run was met, an interdiction.
			if (TRIED.test(norm(text.slice(Math.max(c.start, t.start - 16), t.start)))) return reasons.push(`«${t.text}» only tried: an interdiction`), 'smuggling-interdiction';
			// «حاولوا إدخال شحنة سجائر ومواد مخدرة …، وضبطنا عجلتين محملتين بالبضاعة»: a finite seizure verb followed by loaded
			// vehicles seized what they carried, the run's goods: the cargo the attempt was told with does not type it — unless
			// drugs are counted («ثلاثمئة ألف حبة», «50 كغ»): then the drugs were seized.
			const after = norm(text.slice(t.end, c.end));
			if (t.entry.form === 'verb' && LOADED.test(after) && !findObjects(text, t.end, c.end).length && !COUNTED_DRUGS.test(clause)) return reasons.push('loaded vehicles seized'), 'smuggling-interdiction';
			if (objects.has('drugs')) return reasons.push('a seizure of drugs'), 'drug-seizure';
			if (objects.has('explosive') && !objects.has('weapons')) return reasons.push('explosives found: disrupted weapons use'), 'ied';
			if (objects.has('weapons') || objects.has('explosive')) return reasons.push('a seizure of weapons or explosives'), 'weapons-seizure';
			if (objects.has('contraband')) return reasons.push('a seizure of smuggled goods'), 'smuggling-interdiction';
			// «ضبطت … شاحنة محمّلة بمواد …»: loaded lorries seized are contraband, whatever the load.
			if (/شاحن|صهريج|صهاريج|عجلات|سيارات/.test(clause) && /محمل/.test(clause)) return reasons.push('loaded vehicles seized'), 'smuggling-interdiction';
			// «ضبطت الشرطة ثلاثة متهمين»: people «seized» and nothing else are people arrested.
			if (PERSONS.test(clause)) return reasons.push('people seized: an arrest'), 'arrest';
			return reasons.push('a seizure of something the clause does not name'), 'other';
		}
		case 'raid':
			if (has('killing') || has('clash')) return reasons.push('a raid in which people were killed: a clash'), 'clash';
			if (has('arrest')) return reasons.push('a raid that made arrests'), 'arrest';
			return reasons.push('a raid'), 'clash';
		case 'smuggling-interdiction':
		case 'foiled':
			if (type === 'foiled' && has('infiltration')) return 'infiltration';
			// A foiled run of drugs ends with the drugs seized and counted (pills, kg): a drug seizure.
			if (objects.has('drugs')) return reasons.push('a foiled run of drugs: the drugs were seized'), 'drug-seizure';
			// «أحبطت القوات هجوماً لداعش على قرية»: an attack repelled, no cargo and no arrest named, is a fight.
			if (type === 'foiled' && has('attack') && !has('arrest') && !objects.size) return reasons.push(`«${t.text}» an attack: repelled in a fight`), 'clash';
			return reasons.push(`«${t.text}»: a foiled smuggling or attack`), 'smuggling-interdiction';
		case 'escape':
			// A foiled escape is an interdiction of the people fleeing («أُحبطت محاولة فرار ثلاث نساء من المخيم»);
			// one that succeeded is a strategic development (ACLED Other). A mutiny fought inside is classify.ts's.
			if (has('foiled')) return reasons.push(`«${t.text}»: a foiled escape, an interdiction`), 'smuggling-interdiction';
			return reasons.push(`«${t.text}»: an escape from a prison or camp`), 'other';
		case 'looting':
			return reasons.push(`«${t.text}»: looting`), 'other';
		case 'defusal':
			// «تفكيك خلية نائمة», «فككت شبكة لتهريب المخدرات», «تفكيك عصابة»: a cell or a ring dismantled is people
			// arrested, not a bomb defused.
			if (ringDismantled(norm(text.slice(t.end, c.end)))) return reasons.push(`«${t.text}» a cell or ring: its members arrested`), 'arrest';
			// «ضبطت منصة لإطلاق الصواريخ … وجرى تفكيكها»: a launcher or a weapon disarmed, no bomb named, is the weapon seized
			// (the contract gives Disrupted weapons use only to a defused bomb).
			// The phrase itself may name the bomb («تمكنت المفارز من معالجة عبوة ناسفة»): then it is a bomb defused.
			if (!objects.has('explosive') && objects.has('weapons') && !/عبو|لغم|ناسف/.test(norm(t.text))) return reasons.push('a weapon disarmed, no bomb named: a seizure of weapons'), 'weapons-seizure';
			return reasons.push('explosives defused: disrupted weapons use'), 'ied';
		case 'explosion':
			if (has('landmine')) return 'landmine';
			if (objects.has('explosive')) return 'ied';
			return reasons.push(UNNAMED_DEVICE), 'ied';
		case 'attack':
		case 'killing':
			if (type === 'killing' && EXECUTION.test(norm(t.text))) return reasons.push(`«${t.text}»: an execution, violence against civilians`), 'attack-on-civilians';
			// «عملية إنزال جوي، بإسناد من طيران الجيش، أسفرت عن قتل …»: aircraft that carry or cover a raid; the killing is on the ground.
			// «عملية إنزال جوي بإسناد من طيران الجيش استهدفت وكراً …»: the raid is what targeted the hideout, whatever flew it.
			if (has('raid')) return reasons.push(`${type === 'killing' ? 'killed in' : 'the attack of'} a raid (an air landing): a clash on the ground`), 'clash';
			if (AIRCRAFT.test(clause)) return reasons.push('aircraft named as the means: a strike from the air'), 'airstrike';
			if ((DRIVE_BY.test(clause) || (AT_DOOR.test(clause) && SHOT.test(clause))) && !POST.test(clause)) return reasons.push('gunmen on a motorbike or at the victim’s door: a targeted killing'), 'assassination';
			if ((type === 'attack' || (type === 'killing' && has('attack'))) && PREMISES.test(clause) && !POST.test(clause) && !FORCE_MEMBER.test(clause) && !has('arrest') && !has('seizure')) return reasons.push('gunmen on a civilian’s home or shop: violence against civilians'), 'attack-on-civilians';
			if (type === 'killing' && REVENGE.test(clause)) return reasons.push('a revenge killing: violence against civilians'), 'attack-on-civilians';
			if (CIVILIAN.test(withoutProtected(clause))) return reasons.push('violence against civilians named in the clause'), 'attack-on-civilians';
			// A body found killed, no fighter named: a killing of a civilian by an unknown hand (ACLED Attack).
			if (type === 'killing' && BODY.test(norm(t.text)) && !COMBATANT.test(clause)) return reasons.push(`«${t.text}»: a body found, no combatant named`), 'attack-on-civilians';
			return reasons.push(`«${t.text}» without a named means: an armed clash`), 'clash';
		case 'infiltration':
			// «أوقف حرس الحدود ثلاث سيارات حاولت عبور الساتر محمّلة بصناديق سجائر», «محاولة تسلل وتهريب مواد مخدرة»: goods
			// crossing, not people, are a smuggling run (the unlawful manner and people smuggled name no goods).
			if (goodsCrossing(text, c)) return reasons.push('goods, not people, tried to cross: a smuggling run'), 'smuggling-interdiction';
			return type;
		default:
			return type;
	}
}

/** Smugglers as a party: «اشتبكت … مع مهربين» is an interdiction that turned into a fight. */
export const SMUGGLERS = /(?:^|\s)(?:[وبل]|ال|وال|بال|لل)?مهرب(?:ين|ون|ي|ا|ان)?(?=\s|$)/u;

/**
 * A smuggler arrested in the act («القبض على مهرّب … كان ينقل امرأتين من المخيم في سيارته», «اعتقلت مهربين أثناء
 * نقلهم …», «ضبطت مهرباً متلبساً»): the run was stopped, an interdiction; a smuggler arrested on a warrant or on
 * suspicion («اعتقلت مهرباً مطلوباً») stays an arrest.
 */
const IN_THE_ACT = /(?:^|\s)(?:(?:و?(?:كان|كانوا|كانا|وهو|وهم|وهما)\s+)(?:ينقل|ينقلون|ينقلان|يقل|يقلون|يهرب|يهربون|يهربان|يحاول|يحاولون)|اثناء\s+(?:نقل|تهريب|محاول)|خلال\s+(?:نقل|تهريب|محاول)|متلبس)\p{L}*/u;
export function caughtSmuggling(text: string, c: Span, arrest: Hit<Trigger>): boolean {
	const after = norm(text.slice(arrest.end, c.end));
	const object = after.split(/\s+/).slice(0, 5).join(' ');
	return SMUGGLERS.test(object) && IN_THE_ACT.test(after);
}
