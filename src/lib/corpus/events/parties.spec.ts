import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { parties } from './parties';

/** The parties of a one-clause text whose event word is `word`. */
const of = (text: string, word: string, type = 'clash') => {
	const c = { start: 0, end: text.length, text };
	return parties(text, c, findActors(text, 0, text.length, 'SY'), type, text.indexOf(word)).map((a) => a.id);
};

describe('parties to an event', () => {
	it('give a seizure the smugglers it targets, with the word that says so, named or not', () => {
		const text = 'أحبطت قوة أمنية محاولة تهريب أدوية مزورة عبر الحدود';
		const c = { start: 0, end: text.length, text };
		const s = parties(text, c, [], 'smuggling-interdiction', text.indexOf('أحبطت')).find((a) => a.id === 'smugglers')!;
		expect(s.text).toBe('تهريب');
		expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(of('صادرت دورية مخزناً للذخيرة', 'صادرت', 'weapons-seizure')).toEqual(['smugglers']);
		expect(of('صادرت دورية مخزناً للذخيرة', 'صادرت', 'patrol')).toEqual([]);
	});
	it('leave out whom protesters call on', () => {
		expect(of('تظاهر المئات في القامشلي مرددين شعارات تطالب الإدارة الذاتية بمحاسبة المسؤولين', 'تظاهر', 'protest')).not.toContain('sdf');
	});
	it('leave out a perpetrator only suspected, except in an arrest', () => {
		expect(of('اغتيل مختار البلدة برصاص مجهولين وأصابع الاتهام تتجه نحو داعش', 'اغتيل', 'assassination')).not.toContain('isis');
		expect(of('اعتقلت قسد ثلاثة أشخاص يشتبه بانتمائهم لخلايا التنظيم', 'اعتقلت', 'arrest')).toEqual(['sdf', 'isis']);
	});
	it('leave out the force that found a body', () => {
		expect(of('عثرت قوة من الجيش السوري على جثة مواطن مصاباً بطلقات نارية', 'جثة', 'attack-on-civilians')).toEqual(['civilians']);
	});
	it('leave out civilians in a description of what the arrested used to do', () => {
		expect(of('اعتقلت قسد ثلاثة أشخاص كانوا يديرون عمليات تهريب للنساء والأطفال', 'اعتقلت', 'arrest')).toEqual(['sdf']);
	});
	it('keep the victims and the attackers', () => {
		expect(of('اغتال مسلحون مجهولون مختاراً أمام منزله', 'اغتال', 'assassination')).toEqual(['unidentified-gunmen', 'civilians']);
	});
	it('leave out who gave the intelligence an operation acted on', () => {
		expect(of('وبناءً على معلومات دقيقة من جهاز المخابرات، داهمت قوة من الجيش العراقي وكراً لداعش', 'داهمت', 'clash')).toEqual(['iraqi-army', 'isis']);
		// An intelligence service that acts is a party.
		expect(of('اعتقل جهاز المخابرات ثلاثة من عناصر داعش', 'اعتقل', 'arrest')).toEqual(['iraqi-intelligence', 'isis']);
	});
});
