/**
 * The whole-clause rulings: which of a clause's typed event words the clause reports, and its ACLED pair. An
 * interdiction or a crossing attempt that ends in fire keeps its type as a battle (the README's fire rule), a
 * meeting's agreed outcome is the meeting, an ambush set for an arrest is the arrest, a protest that burns riots.
 */
import { norm } from '$lib/arabic/normalize';
import { ACLED, findObjects, type EventType, type Trigger } from './lexicon';
import type { Hit, Span } from './scan';
import { caughtSmuggling, drugSeized, SMUGGLERS } from './resolve';
import { mutiny } from './prison';
import { MEANS, STRIKE_VERBS } from './means';
import { carriedByArrested } from './carried';
import { ambushCatch } from './ambush';
/** «تعرّضت نقطة عسكرية … لإطلاق نار من قبل مجموعة من المهربين»: the force suffered the smugglers' attack. */
const SMUGGLERS_FIRED = /(?:^|\s)[وف]?تعرض(?:ت|وا|ا|تا)?\s(?:[^.؛]*?\s)?(?:من\s+قبل|من\s+جانب|علي\s+يد)\s+(?:\S+\s+){0,3}?(?:ال)?مهرب(?:ين|ون)(?![\p{L}])/u;

/** An event word with the type it resolved to and why. */
export interface Typed {
	t: Hit<Trigger>;
	type: EventType;
	reasons: string[];
}

/** Protest turned violent: burning, stoning, storming, smashing. */
const RIOTING = /احراق|احرق|اضرام النار|اضرم|رشق|بالحجاره|تكسير|حطم|تحطيم|اقتحموا|اقتحام المحتجين|اعمال شغب|(?:^|\s)[وف]?(?:كسر|كسروا|كسرت|يكسرون)(?=\s)/;
/**
 * A road blocked with burning tyres («يقطعون الطريق بالإطارات المشتعلة», «أشعلوا الإطارات», «حرق الإطارات») is a
 * protest; dispersed by force («تفرقهم بإطلاق النار في الهواء») the coders code it a riot (README, blind12).
 */
const TYRES = /(?:[يت]?حرق\p{L}{0,2}|اشعال|اشعل\p{L}{0,2}|[يت]شعل\p{L}{0,2})\s+(?:ال)?اطارات|اطارات\s+(?:ال)?مشتعله/u;
const DISPERSED = /فرق|تفريق|اطلاق النار|اطلاق الرصاص|بالرصاص|الغاز المسيل/;
/** Protesters as the target of fire: «على متظاهرين», «على المحتجين», «باتجاه المعتصمين». */
const ON_PROTESTERS = /(?:^|\s)(?:عل[يى]|باتجاه|صوب|نحو)\s+(?:ال)?(?:متظاهر|محتج|معتصم)\p{L}*/u;
/**
 * A try to smuggle a load: «حاولوا تهريب أسلحة», «حاولت إدخال شحنة مخدرات», «حاولت تهرّب سلاح» — the load named, so that
 * «حاول يهرب» (tried to flee) is not read as smuggling.
 */
const SMUGGLING_TRY = /(?:حاول\p{L}{0,3}|محاوله)\s+(?:ان\s+)?(?:[يتن]?هرب\p{L}{0,3}|تهريب|ادخال|[يت]دخل\p{L}{0,3})\s+(?:\p{L}+\s+){0,2}?(?:ال)?(?:سلاح|اسلحه|مخدرات|حبوب|دخان|مواشي|ماشيه|بضايع|شحنه|شحنات|وقود|مازوت|محروقات)(?![\p{L}])/u;
/** A meeting held: «اجتمعنا», «اجتمع المحافظ», «التقينا», «عقدنا اجتماعاً» (normalised: ى is ي). */
const MET = /(?:^|\s)[وف]?(?:اجتمع\p{L}{0,3}|التقي\p{L}{0,3}|التقت|عقد\p{L}{0,3}\s+(?:\p{L}+\s+){0,2}?اجتماع\p{L}*)(?![\p{L}])/u;
/** «اقتادوه», «واقتادتهم», «اقتياد»: taken away. */
const TAKEN_AWAY = /^[وف]?(?:[يت]?قتاد|اقتاد|اقتياد)/;
/** Breaking up a crowd: «لتفريق», «فرّقت», «لفض الاعتصام» (normalised). */
const BREAK_UP = /(?:^|\s)[وف]?(?:ل|ب)?(?:تفريق|فرق\p{L}{0,3}|فض|لفض)(?=\s|$)/u;
const rioting = (clause: string) => RIOTING.test(clause) || (TYRES.test(clause) && DISPERSED.test(clause));

/**
 * An infiltration that is an attempted crossing, an operation under the fire rule (README: «a thwarted or attempted
 * crossing … keeps infiltration»): infiltrators named («متسللان قُتلا في اشتباك», «محاولة تسلل») or the border told
 * («… في اشتباك قرب الحدود», «عند الساتر», «إلى الأراضي السورية»). Fighters who «تسللوا» up to a post to attack it
 * fight a clash; smugglers crossing («اشتبكت مع مهربين حاولوا العبور») are a smuggling run (ruling, below).
 */
const BORDER = /حدود|ساتر|شريط|الاراضي\s+(?:السوري|العراقي)/;
function crossing(c: Span, t: Hit<Trigger>): boolean {
	const clause = norm(c.text);
	return (t.entry.form === 'noun' || BORDER.test(clause)) && !SMUGGLERS.test(clause);
}

/**
 * The clause's event among its typed event words (sorted most specific first), its ACLED pair and the reasons.
 */
export function ruling(text: string, c: Span, typed: Typed[], alive: Hit<Trigger>[]): { best: Typed; event_type: string; sub_event_type: string; reasons: string[] } {
	let best = typed[0];
	const reasons: string[] = [];
	const has = (x: string) => alive.some((h) => h.entry.type === x);
	// Deaths and wounds told with a mutiny or a riot («قُتل سجينان … خلال عصيان», «وقع اشتباك داخل المهجع» in a foiled
	// break-out) are its toll: the detainees rose against their guards (prison.ts).
	const uprising = mutiny(text, c, typed, best);
	// A seizure or a foiled smuggling run that ends in a clash is still that operation, coded as a battle; so is a
	// fight with smugglers whose load is seized after it («فاشتبكت معهم القوة …، وصادرت الشاحنة بما فيها»).
	// An attempted crossing is such an operation too (README: «a thwarted or attempted crossing … keeps infiltration»).
	const op = typed.find((x) => x.type === 'smuggling-interdiction' || x.type === 'drug-seizure' || x.type === 'weapons-seizure' || (x.type === 'infiltration' && crossing(c, x.t)));
	let acled = ACLED[best.type];
	// Bodies found with arms on them («عثرت على جثتي الإرهابيين وبحوزتهما بنادق») are the dead of a fight told before, not
	// an operation fought: the clause stays that fight.
	const bodies = /^(?:[وفب]?(?:ال)?)?(?:جثه|جثت|جثث|جثمان|جثامين|رفات)/.test(norm(best.t.text));
	if (!uprising && !bodies && best.type === 'clash' && op && (op.t.start < best.t.start || op.type === 'infiltration' || SMUGGLERS.test(norm(c.text)))) {
		best = op;
		acled = ['Battles', 'Armed clash'];
		reasons.push(op.type === 'infiltration' ? 'a clash with infiltrators: the thwarted crossing, ACLED Armed clash' : 'a clash during the operation: ACLED Armed clash');
	}
	if (uprising) (best = uprising.best), (acled = ACLED.riot), reasons.push(uprising.reason);
	// «عقدنا اجتماعاً مع قيادة العمليات، واتفقنا على توحيد غرف المراقبة», «وتم الاتفاق خلاله على …»: what a meeting
	// agreed on («اتفق على», «الاتفاق على») is its outcome; the meeting is the event. A text signed («وقّعا مذكرة», «اتفاقية») stays an agreement.
	const meeting = typed.find((x) => x.type === 'security-meeting');
	const agreedOn = /^[وف]?(?:ال)?اتف(?:ق|اق)(?!ي)/.test(norm(best.t.text)) && /^\s+(?:\p{L}+\s+)?عل[يى](?![\p{L}])/u.test(norm(text.slice(best.t.end, best.t.end + 24)));
	if (best.type === 'agreement' && meeting && meeting.t.start < best.t.start && agreedOn) {
		reasons.push(`«${best.t.text}» is what the meeting agreed on`);
		best = meeting;
		acled = ACLED['security-meeting'];
	}
	// «اجتمعنا بالقحطانية مع وجهاء عشائر المنطقة، واتفقنا على …», «التقى المحافظ شيوخ العشائر واتفقوا على …»: a meeting verb
	// before the agreement in its clause held the meeting that agreed, though it names no security body of its own.
	if (best.type === 'agreement' && !meeting && agreedOn && MET.test(norm(text.slice(c.start, best.t.start)))) {
		reasons.push(`«${best.t.text}» is what the meeting told before it agreed on`);
		best = { ...best, type: 'security-meeting' };
		acled = ACLED['security-meeting'];
	}
	// «ألقت القبض على ثلاثة متهمين بعد كمين محكم نُصب لهم», «نصبت كميناً …، وتمكنت من ضبط الحبوب»: an ambush that
	// ends in a seizure or arrests, no one killed and no fight told, is how the catch was made (ambush.ts).
	const caught = ambushCatch(text, c, best, typed, alive);
	if (caught) {
		reasons.push(`«${best.t.text}» was set to make the ${caught.type === 'arrest' ? 'arrest' : 'seizure'}`);
		best = caught;
		acled = ACLED[caught.type];
	}
	// A fight with smugglers, or with a group that tried to smuggle a load («اشتباك مع مجموعة حاولت تهريب أسلحة», the
	// colloquial «حاولت تهرّب سلاح»), is an interdiction that turned into a clash (the README's ACLED pairs):
	// its type is the operation's, ACLED's Armed clash. Drugs named and seized or counted make it a drug seizure.
	// A post or patrol that suffered fire «من قبل مهربين», no load named, was attacked by them: no run was stopped, a clash.
	const attackedBy = SMUGGLERS_FIRED.test(norm(c.text)) && !findObjects(text, c.start, c.end).some((o) => !/هرب/.test(norm(o.text)));
	if (best.type === 'clash' && !op && !attackedBy && (SMUGGLERS.test(norm(c.text)) || SMUGGLING_TRY.test(norm(c.text)))) {
		const drugs = findObjects(text, c.start, c.end).some((o) => o.entry.kind === 'drugs') && drugSeized(c, alive);
		best = { ...best, type: drugs ? 'drug-seizure' : 'smuggling-interdiction' };
		reasons.push('a clash with smugglers: an interdiction, ACLED Armed clash');
	}
	// «اعتقلت قسد سبعة أشخاص …، واقتادتهم إلى جهة مجهولة»: people a force arrested and took away to an unknown place were
	// arrested (ACLED Arrests); «taken away» is an abduction only when no arrest is told before it («اختطف مسلحون … واقتادوه»).
	const heldFirst = typed.find((x) => x.type === 'arrest' && x.t.start < best.t.start);
	if (best.type === 'abduction' && TAKEN_AWAY.test(norm(best.t.text)) && heldFirst) (best = heldFirst), (acled = ACLED.arrest), reasons.push('taken away after an arrest: the arrest');
	if (best.type === 'arrest' && caughtSmuggling(text, c, best.t)) (best = { ...best, type: 'smuggling-interdiction' }), (acled = ACLED['smuggling-interdiction']), reasons.push('a smuggler arrested in the act: the run was stopped');
	// Arms, phones or a car found on the people arrested, in this clause or after an arrest told before it in the
	// sentence, are what they carried: the arrest is the event (carried.ts).
	const holder = carriedByArrested(text, c, best, typed);
	if (holder) {
		best = holder;
		acled = ACLED.arrest;
		reasons.push('the things seized were found on the people arrested');
	}
	// «تعرّض الحقل لهجوم بطائرة مسيّرة», «استهدفت طائرة مسيّرة القاعدة», «قُتل جنديان بقذيفة هاون»: a weapon noun whose
	// strike a finite verb of the clause tells is a finite report, not talk about the weapon.
	if (best.t.entry.form === 'noun' && MEANS.has(best.type) && alive.some((x) => x.entry.form === 'verb' && STRIKE_VERBS.has(x.entry.type)))
		(best = { ...best, t: { ...best.t, entry: { ...best.t.entry, form: 'verb' } } }), reasons.push('a finite verb tells the strike');
	let [event_type, sub_event_type] = acled;
	if (best.t.entry.type === 'looting') sub_event_type = 'Looting/property destruction';
	reasons.unshift(`«${best.t.text}» reports ${best.type}`, ...best.reasons);
	if (best.type === 'ied' && typed.some((x) => x.t.entry.type === 'defusal' || (x.t.entry.type === 'seizure' && (x.type === 'ied' || x.t.start < best.t.start)))) {
		[event_type, sub_event_type] = ['Strategic developments', 'Disrupted weapons use'];
		reasons.push('the device was found or defused, not set off');
	}
	if (best.type === 'infiltration' && has('arrest') && event_type !== 'Battles') (sub_event_type = 'Arrests'), reasons.push('arrests in the same clause: ACLED Arrests');
	// Storming or burning told beside protesters («احتجاجات … أحرق خلالها محتجون إطارات واقتحموا مبنى») is the
	// protesters' doing: a riot, not a clash, when the violence comes from a generic attack word, not a fight.
	if ((best.type === 'clash' || best.type === 'attack-on-civilians') && best.t.entry.type === 'attack' && has('protest') && rioting(norm(c.text))) {
		best = { ...best, type: 'protest' };
		reasons.push(`«${best.t.text}» is done by the protesters`);
	}
	// Fire opened on a demonstration («أطلقت الأسايش الرصاص الحي على متظاهرين», «فتحت القوات النار على المحتجين») is the
	// force's intervention in the protest, not a fight: the protest is the event (the contract has no Excessive force).
	if ((best.type === 'clash' || best.type === 'attack-on-civilians') && best.t.entry.type === 'attack' && ON_PROTESTERS.test(norm(c.text))) {
		best = { ...best, type: 'protest' };
		[event_type, sub_event_type] = [ACLED.protest[0], 'Protest with intervention'];
		reasons.push(`«${best.t.text}» is fire on the protesters`);
	}
	// «أطلق عناصر الأمن الرصاص الحي لتفريق مظاهرة …», «أُصيب محتجان حين فرّقت القوات الاعتصام بالرصاص»: fire to
	// break up a protest is the intervention in it; the protest is the event (ACLED Protest with intervention), not a fight.
	if ((best.type === 'clash' || best.type === 'attack-on-civilians') && best.t.entry.type !== 'clash' && has('protest') && BREAK_UP.test(norm(c.text)) && !rioting(norm(c.text))) {
		best = typed.find((x) => x.type === 'protest') ?? { ...best, type: 'protest' };
		[event_type, sub_event_type] = [ACLED.protest[0], 'Protest with intervention'];
		reasons.push('fire to disperse the protest: the protest, with intervention');
	}
	// «قُتل سجينان … خلال عصيان داخل السجن»: the dead of a riot are its toll, not a fight of their own (a clash word keeps the fight).
	const riot = typed.find((x) => x.type === 'riot');
	if (best.type === 'clash' && best.t.entry.type !== 'clash' && riot) {
		best = riot;
		[event_type, sub_event_type] = ACLED.riot;
		reasons.push('killed during a riot: the riot is the event');
	}
	// Protesters who burn, stone or storm («أحرق المحتجون حاجزاً ورشقوا عناصره بالحجارة») riot.
	if (best.type === 'protest' && rioting(norm(c.text))) {
		best = { ...best, type: 'riot' };
		[event_type, sub_event_type] = ACLED.riot;
		reasons.push('the protesters burned, stoned or stormed: a violent demonstration');
	}
	if (best.type === 'protest' && (/فرق|بالقوه|قمع|تفريق|اعتقل|الغاز المسيل|الرصاص الحي/.test(norm(c.text)) || ON_PROTESTERS.test(norm(c.text))))
		(sub_event_type = 'Protest with intervention'), reasons.push('the protest was dispersed or met with arrests');
	return { best, event_type, sub_event_type, reasons };
}
