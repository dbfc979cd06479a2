import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

// A post or patrol that suffered the smugglers' fire, no load named: they attacked it, no run was stopped — a clash.
describe('a force attacked by smugglers', () => {
	it.each([
		'تعرّضت نقطة عسكرية قرب البلدة، فجر الجمعة، لإطلاق نار من قبل مجموعة من المهربين المسلحين، ما أدى إلى إصابة عنصر',
		'تعرضت دورية لحرس الحدود لهجوم من قبل مهربين قرب الساتر',
		'تعرض مخفر حدودي لإطلاق نار على يد المهربين ليلاً'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('clash');
	});
	it.each(['اشتبكت قوة من الجيش مع مهربين حاولوا إدخال شحنة', 'تعرضت دورية لإطلاق نار من قبل مهربين كانوا ينقلون شحنة سجائر'])(
		'a fight over a run stays an interdiction: «%s»',
		(text) => {
			expect(typeOf(text)).toBe('smuggling-interdiction');
		}
	);
});
