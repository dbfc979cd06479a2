import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

// Gunmen on someone inside his own home or shop, named only by a pronoun («داخل محله», «في منزلها»): violence against civilians.
describe('gunmen on a civilian in his own premises', () => {
	it.each([
		'أطلق عليه مسلحون مجهولون النار داخل محله في السوق وسلبوا ما معه',
		'هاجم مسلحون مجهولون الرجل في منزله وأطلقوا النار عليه',
		'أطلق مسلحون النار على امرأة داخل متجرها في الحي',
		'أطلق مسلحون الرصاص على رجل مسن داخل دكانه في القرية'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('attack-on-civilians');
	});
	it('a policeman attacked in his home stays a fight with a force member', () => {
		expect(typeOf('هاجم مسلحون مجهولون عنصراً من الشرطة داخل منزله')).not.toBe('attack-on-civilians');
	});
	it('«محلة» (a quarter) is no shop', () => {
		expect(typeOf('اندلع اشتباك مسلح بين مجموعتين في محلة السوق')).toBe('clash');
	});
});
