/**
 * Names that hold a shorter actor name but are no actor of ours: other states' forces, Syrian factions
 * no id covers, the old regime's remnants, and places named after a force. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';

const ids = (text: string, country: 'IQ' | 'SY' | null = 'SY') => findActors(text, 0, text.length, country).map((a) => a.id);

describe('names that are no actor of ours', () => {
	it('does not read a neighbour\'s army or police as Iraq\'s or Syria\'s', () => {
		expect(ids('اشتبك الجيش الأردني مع مهربين')).toEqual(['smugglers']);
		expect(ids('قالت القوات المسلحة الأردنية إنها قتلت مهربين', 'IQ')).toEqual(['smugglers']);
		expect(ids('أعلنت مديرية الأمن العام الأردنية')).toEqual([]);
		// Near miss: the Syrian army by name is still the Syrian army.
		expect(ids('اشتبك الجيش السوري مع مهربين')).toEqual(['syrian-government-forces', 'smugglers']);
	});
	it('does not read the Syrian factions no id covers as the Syrian army or Iran\'s', () => {
		expect(ids('اشتبك الجيش الوطني السوري مع قسد')).toEqual(['sdf']);
		expect(ids('قصفت الفصائل الموالية لتركيا قرية', 'IQ')).toEqual([]);
		expect(ids('سيطر الجيش السوري الحر على البلدة')).toEqual([]);
	});
	it('does not read the old regime\'s remnants as ISIS', () => {
		expect(ids('هاجمت فلول النظام البائد حاجزاً للأمن العام')).toEqual(['syrian-government-forces']);
		// Near miss: ISIS's remnants are ISIS.
		expect(ids('هاجمت فلول داعش حاجزاً للأمن العام')).toEqual(['isis', 'syrian-government-forces']);
	});
	it('does not read a place named after a force as the force', () => {
		expect(ids('انفجرت عبوة في حي الشرطة ببغداد', 'IQ')).toEqual([]);
		expect(ids('عثر على جثة قرب قناة الجيش', 'IQ')).toEqual([]);
	});
});
