/**
 * What a weapon noun is in its clause: shells fired in an attack are its weapon, munitions or a belt named after a
 * find are what was seized, a drone named after its downing was downed. Each re-types the noun's event word before
 * the clause picks the type it reports (classify.ts).
 */
import { norm } from '$lib/arabic/normalize';
import type { Trigger } from './lexicon';
import type { Hit, Span } from './scan';
import type { Typed } from './rulings';
import { namesRemnant } from './remnants';

/** Types whose nouns name a weapon or a device, not an act. */
export const MEANS = new Set(['drone-strike', 'airstrike', 'shelling', 'ied', 'landmine', 'suicide-bombing']);
/** Finite verbs that tell a strike, a blast or its toll: the weapon noun beside one is their means. */
export const STRIKE_VERBS = new Set(['attack', 'explosion', 'killing']);

/** Small arms before a weapon noun that «و» joins to them: «الأسلحة الخفيفة والمتوسطة والطائرات المسيّرة», «بالرشاشات وقذائف الهاون». */
const ARMS_THEN = /(?:رشاش|اسلحه\s+(?:ال)?(?:خفيفه|متوسطه)|الاسلحه\s+(?:ال)?(?:خفيفه|متوسطه|الرشاشه)|بنادق|البنادق)\p{L}*(?:\s+(?:و?ال)?(?:خفيفه|متوسطه|ثقيله))*\s+$/u;
/** What introduces support fire: «مدعوماً بـ», «مدعومةً بـ», «بإسناد (من)», «بغطاء (من)», «تحت غطاء (من)». */
const SUPPORTING = /(?:مدعوم\p{L}{0,2}|باسناد|باسناد\s+من|بغطاء|بغطاء\s+من|تحت\s+غطاء|تحت\s+غطاء\s+من)\s*(?:ب)?$/u;
/** Arms other than bombs: a find of bombs among them is an arms cache. */
const ARMS = /اسلح|سلاح|ذخير|ذخاير|اعتده|عتاد|بنادق|بندقي|رشاش|مسدس|قذايف|قاذف|صواريخ|رمانات|قنابل/;

/** A hand grenade («قنبلة يدوية», «قنابل يدوية», «رمانة يدوية»). */
const GRENADE = /قنبله\s+يدويه|قنابل\s+يدويه|رمانه\s+يدويه/;
/** A civilian's home, shop or car as a target («على منزل مختار الحي», «على محل لبيع الذهب», «باتجاه سيارة …»). */
const CIVIL_TARGET = /(?:^|\s)(?:[وبل]|ال)?(?:منزل|بيت|محل|متجر|دكان|مكتب|سياره|منازل|بيوت|محال|محلات)(?=\s|$)/u;
/** A force's post, checkpoint or patrol as a target: a grenade there is an attack on the force. */
const FORCE_TARGET = /(?:^|\s)(?:[وبل]|ال|وال|بال|لل)?(?:حاجز|نقطه|مقر|دوريه|مخفر|ثكنه|رتل|عناصر|دوريات)(?=\s|$)/u;

/** Re-types, in place, the weapon nouns among a clause's typed event words by what the clause does with them. */
export function retypeMeans(c: Span, typed: Typed[], alive: Hit<Trigger>[]): void {
	// «هاجم … بالأسلحة الرشاشة والقذائف», «اشتباكات … استُخدمت فيها الرشاشات والقذائف»: shells as the weapon
	// of an attack or a fight make it a clash, not shelling.
	const attackVerb = alive.find((h) => (h.entry.type === 'attack' && h.entry.form === 'verb') || h.entry.type === 'clash');
	// Shells are the weapon of an attack only beside small arms; alone they are shelling («استهدفت صواريخ كاتيوشا قاعدة التنف»).
	const smallArms = /رشاش|اسلحه خفيفه|اسلحه متوسطه|بنادق|الاسلحه/.test(norm(c.text));
	for (const x of typed)
		if (x.type === 'shelling' && x.t.entry.form === 'noun' && !/قصف/.test(norm(x.t.text)) && smallArms && attackVerb && attackVerb.start < x.t.start) (x.type = 'clash'), x.reasons.push(`«${x.t.text}» are the weapon of «${attackVerb.text}»`);
	// «هاجمت الفصائل، مدعومةً بقصف مدفعي، مواقع القوات … بعد اشتباكات», «تقدّمت القوات بإسناد من المدفعية / تحت غطاء من
	// القصف»: shelling that backs an assault on the ground is its support; the assault is the fight.
	for (const x of typed)
		if (x.type === 'shelling' && x.t.entry.form === 'noun' && attackVerb && SUPPORTING.test(norm(c.text.slice(Math.max(0, x.t.start - c.start - 30), x.t.start - c.start)))) (x.type = 'clash'), x.reasons.push(`«${x.t.text}» backed the assault`);
	// «هجوم شنته مجموعات … على نقاط الجيش، مستخدمةً الأسلحة المتوسطة والطائرات المسيّرة»: drones or shells listed after
	// the small arms of an assault are among its weapons; the assault on the ground is a clash.
	const assault = alive.find((h) => h.entry.type === 'attack' || h.entry.type === 'clash');
	const listedWithArms = (x: Typed) => /^و/.test(norm(x.t.text)) && ARMS_THEN.test(norm(c.text.slice(Math.max(0, x.t.start - c.start - 60), x.t.start - c.start)));
	for (const x of typed)
		if ((x.type === 'drone-strike' || x.type === 'shelling') && assault && assault.start < x.t.start && listedWithArms(x)) (x.type = 'clash'), x.reasons.push(`«${x.t.text}» are among the weapons of «${assault.text}»`);
	// «عثرت … على مخبأ فيه بنادق وقذائف», «ضبطت صواريخ», «مخبأ فيه عبوتان وبنادق»: munitions or bombs after a find or
	// seizure of arms are what was seized (bombs alone found are disrupted weapons use: resolve.ts).
	// The seized thing may come first, the subject of a passive: «منصة لإطلاق الصواريخ محمّلة بستة صواريخ ضُبطت فجر
	// اليوم», «قذائف هاون وعبوات عُثر عليها في مضافة» — so long as no strike verb in the clause fired them.
	const seizure = typed.find((x) => x.t.entry.type === 'seizure' && x.type === 'weapons-seizure');
	const fired = alive.some((h) => STRIKE_VERBS.has(h.entry.type) && h.entry.form === 'verb');
	for (const x of typed)
		if ((x.type === 'shelling' || (x.type === 'ied' && ARMS.test(norm(c.text)))) && x.t.entry.form === 'noun' && !/قصف|انفجار/.test(norm(x.t.text)) && seizure && (seizure.t.start < x.t.start || !fired)) (x.type = 'weapons-seizure'), x.reasons.push(`«${x.t.text}» were seized`);
	// «وضبط حزام ناسف», «عثرت على أحزمة ناسفة»: a belt named after a find or seizure is what was found, not a bombing.
	const found = typed.find((x) => x.t.entry.type === 'seizure');
	for (const x of typed)
		if (x.type === 'suicide-bombing' && /حزام|احزمه/.test(norm(x.t.text)) && found && found.t.start < x.t.start) (x.type = 'weapons-seizure'), x.reasons.push(`«${x.t.text}» was found or seized`);
	// «قُتل طفل حين عبث بقذيفة غير منفجرة», «انفجار جسم معدني غريب»: a remnant that goes off wounds or kills, a landmine
	// (remnants.ts); found or defused with no blast told it stays what the find makes it («عثرا على جسم غريب … فانفجر بهما» went off).
	const blast = alive.some((h) => h.entry.type === 'explosion');
	const handled = alive.some((h) => h.entry.type === 'seizure' || h.entry.type === 'defusal');
	if ((blast || (!handled && alive.some((h) => h.entry.type === 'killing'))) && namesRemnant(c.text)) for (const x of typed) if (x.type === 'shelling' || x.type === 'ied') (x.type = 'landmine'), x.reasons.push(`«${x.t.text}»: a war remnant that went off`);
	// «أسقطت القوات طائرة مسيّرة تحمل …», «جرى إسقاط مسيّرة محمّلة بالكريستال»: a drone named after its downing is what was
	// downed and seized, not a strike.
	// «ألقى مجهولون قنبلة يدوية على منزل مختار الحي», «رمى مسلح رمانة يدوية على محل تجاري»: a grenade thrown at a
	// civilian's home or shop is an attack on civilians (ACLED Attack), not a roadside bomb; at a post it stays a device.
	const clause = norm(c.text);
	for (const x of typed) if (x.type === 'ied' && GRENADE.test(norm(x.t.text)) && CIVIL_TARGET.test(clause) && !FORCE_TARGET.test(clause)) (x.type = 'attack-on-civilians'), x.reasons.push(`«${x.t.text}» thrown at a civilian's home or shop`);
	const downed = typed.find((x) => x.t.entry.type === 'seizure' && /اسقط|اسقاط/.test(norm(x.t.text)));
	for (const x of typed) if (x.type === 'drone-strike' && x.t.entry.form === 'noun' && downed && downed.t.start < x.t.start) (x.type = downed.type), x.reasons.push(`«${x.t.text}» was downed`);
}
