/**
 * Air and drone strikes and shelling as frontier outlets word them: suicide and booby-trapped drones, «الطيران المسيّر»,
 * aircraft that destroy or «treat» a target, rocket attacks and salvoes, mortars.
 * Built from how Arabic outlets on the Iraq–Syria frontier word these events, beside the words lexicon.ts grew from
 * the labelled splits; the sentences and near misses are in air-drone.spec.ts. Phrase syntax: scan.ts.
 */
import type { Trigger } from './lexicon';

/** Aircraft as the subject of a verb of destruction: «دمّرت طائرات F-16 مخبأً», «أغارت المقاتلات على …». */
const AIRCRAFT = ['طائرات', 'طائرة', 'الطيران', 'طيران', 'مقاتلات', 'المقاتلات', 'طائرات حربية', 'سلاح الجو', 'القوة الجوية'];

export const AIR_TRIGGERS: Trigger[] = [
	// Air and drone. «هاجمت مسيّرات انتحارية», «بطائرات مسيّرة مفخخة»: a suicide drone is a drone strike, not a suicide
	// bomber (the longer phrase takes «انتحارية» with it). «بالطيران المسيّر» is the armed groups' own word for drones.
	{ type: 'drone-strike', form: 'noun', phrases: ['مسيرات انتحارية', 'طائرات مسيرة انتحارية', 'مسيرتين انتحاريتين', 'طائرة انتحارية', 'طائرات انتحارية', 'مسيرات مفخخة', 'طائرة مسيرة مفخخة', 'طائرات مسيرة مفخخة', 'مسيرتين مفخختين', 'الطيران المسير', 'طيران مسير', 'طائرات بدون طيار', 'طائرات دون طيار', 'طائرة من دون طيار', 'طائرات من دون طيار', 'درونز'] },
	// «دمّرت طائرات F-16 عراقية مخبأً», «أغار الطيران الحربي على …»: aircraft that destroy or raid strike from the air.
	{ type: 'airstrike', form: 'verb', phrases: ['دمر*', 'اغار*'], needs: AIRCRAFT },
	// «طائرة مسيّرة تركية ضربت سيارة», «ضربت صواريخ القاعدة»: a weapon that struck, in any order; the weapon types it (means.ts).
	{ type: 'attack', form: 'verb', phrases: ['ضرب', 'ضربت', 'ضربوا', 'ضربا', 'ضربتا', 'يضرب', 'تضرب'], needs: ['مسير*', 'طائرة', 'طائرات', 'صاروخ*', 'صواريخ', 'قذيف*', 'قذائف', 'غارة', 'غارات'] },
	// «سلسلة غارات» is many strikes on one day, not the generic «series» of a trend («سلسلة هجمات خلال أشهر»).
	{ type: 'airstrike', form: 'noun', phrases: ['قصفا جويا', 'قصف الطيران', 'قصف طيران', 'سلسلة غارات', 'سلسلة غارات جوية', 'سلسلة ضربات جوية', 'قصف للطيران', 'قصف بالطيران'] },
	// The Syrian state's «عدوان جوي إسرائيلي»; the Iraqi statements' «معالجة هدف / وكر» by the air force (a bomb
	// «معالجة» is a defusal, the longer phrase in lexicon.ts).
	{ type: 'airstrike', form: 'noun', phrases: ['عدوان جوي', 'عدوانا جويا'] },
	{ type: 'airstrike', form: 'noun', phrases: ['معالجة'], needs: AIRCRAFT },
	{ type: 'airstrike', form: 'verb', phrases: ['عالج*', 'تمت معالجة', 'تم معالجة'], needs: AIRCRAFT },
	// Rockets and mortars as outlets word an attack with them: «هجوم صاروخي», «رشقة صاروخية», «هجمات بالصواريخ».
	{ type: 'shelling', form: 'noun', phrases: ['هجوم صاروخي', 'هجوما صاروخيا', 'هجمات صاروخية', 'هجومين صاروخيين', 'هجوم بالصواريخ', 'هجوم بالهاون', 'هجوما بالصواريخ', 'رشقة صاروخية', 'رشقات صاروخية', 'رشقة صواريخ', 'رشقة من الصواريخ', 'صلية صواريخ', 'قصفا صاروخيا', 'قصفا مدفعيا', 'قصف بالهاون', 'قصفا بالهاون', 'قصفا متبادلا'] }
];
