/**
 * Iraqi «مسك» (to catch) in quoted speech: people caught are arrested, a loaded lorry caught is a run
 * interdicted; holding ground, a border «ممسوكة», «التمسك» and the town «مسكنة» are no event. Sentences
 * written for this spec (triggers-colloquial.ts).
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('colloquial «مسك»: caught', () => {
	it.each([
		['الضابط: البارحة مسكنا ثلاث أشخاص بالسيطرة كانوا مطلوبين للقضاء', 'arrest'],
		['وبعدها مسكوا اثنين من المتهمين بالحي الصناعي', 'arrest'],
		['انمسك المطلوب عند مدخل القضاء وهسه بالتحقيق', 'arrest'],
		['فمسكناهم، كانوا خمسة مطلوبين بقضايا قتل', 'arrest'],
		['مسكنا شاحنة محمّلة بالسجائر المهربة بطريق ترابي', 'smuggling-interdiction'],
		['أول أمس مسكوا سيارة بيها حبوب كبتاغون قرب السيطرة', 'drug-seizure']
	])('%s → %s', (s, type) => expect(typeOf(s)).toBe(type));
});

describe('colloquial «مسك»: nothing caught', () => {
	it.each([
		['الحدود ممسوكة بشكل كامل والوضع مستقر'],
		['اللواء يواصل مسك الأرض في المناطق المحررة'],
		['نؤكد تمسكنا بموقفنا من الجانب الكردي'],
		['زار الوفد مدينة مسكنة والتقى الأهالي'],
		['مسكنا الأرض زين والقطعات منتشرة']
	])('%s', (s) => expect(typeOf(s)).toBeNull());
});
