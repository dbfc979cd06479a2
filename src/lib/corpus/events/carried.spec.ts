/**
 * Things found on the people arrested (carried.ts): the arrest is the event, whether it is told before the seizure
 * word in its clause or in a clause before it in the sentence; drugs or smuggled goods on them stay a seizure.
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { draftIncidents } from './extract';
import type { Geography } from './where';
import { typeOf } from './clause-testing';

const geo: Geography = { places: [], stop_phrases: [] };
const types = (text: string) => draftIncidents({ id: 'x', text, date: '2026-03-02' }, geo).map((d) => d.type);

describe('arms, phones or a car on the people arrested: the arrest', () => {
	it.each([
		['اعتقلت قوات الأمن، مساء الأحد، أربعة مطلوبين في حي العزيزية بعد عملية رصد استمرت أياماً، وضبطت بحوزتهم بنادق وقنابل يدوية.'],
		['أوقفت القوات فجر اليوم قيادياً في خلية نائمة مع مرافقَيه في القرية، وعُثر بحوزتهم على مسدسين وهواتف.'],
		['أوقفت دورية، أمس، شخصين بتهمة تهريب مهاجرين عبر الحدود، وضُبطت في حوزتهما سيارة بيك آب.'],
		['ألقت الشرطة القبض على ثلاثة أشخاص، مساء السبت، قرب السوق، وصادرت بحوزتهم أسلحة خفيفة.']
	])('%s', (text) => {
		expect(types(text)).toEqual(['arrest']);
	});
	it('drugs or smuggled goods on them stay a seizure', () => {
		expect(typeOf('اعتقلت القوة شخصين وضبطت بحوزتهما عشرين ألف حبة كبتاغون')).toBe('drug-seizure');
		expect(types('اعتقلت القوة، مساء أمس، ثلاثة مهربين قرب الحدود، وضبطت بحوزتهم صناديق سجائر مهربة.')).not.toContain('arrest');
	});
	it('a cache found after the arrests, on no one, stays a seizure', () => {
		expect(types('اعتقلت القوات، مساء الأحد، مطلوبين اثنين في القرية، وعثرت في مزرعة مجاورة على مخزن للأسلحة والذخائر.')).toContain('weapons-seizure');
	});
});
