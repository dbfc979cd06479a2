/**
 * A killing in an air-landing raid is fought on the ground (the aircraft carry or cover it), and a
 * handover's captives in the accusative («عشرين عنصراً») are still captives. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';


describe('a killing in an air-landing raid is a clash', () => {
	it.each([
		'نفذت قوة خاصة، بإسناد من طيران التحالف، عملية إنزال جوي قرب القائم أسفرت عن قتل ثلاثة مسلحين',
		'قُتل قيادي في التنظيم خلال إنزال جوي نفذته مروحيات الجيش في البادية',
		'أسفرت عملية إنزال نفذتها قوات خاصة بمساندة الطائرات عن قتل خمسة إرهابيين'
	])('«%s» → clash', (text) => expect(typeOf(text)).toBe('clash'));
	it('near miss: a killing by aircraft with no raid is a strike from the air', () => {
		expect(typeOf('قتلت طائرات الجيش أربعة إرهابيين في وادي حوران')).toBe('airstrike');
	});
});

describe('a handover names its captives in any case ending', () => {
	it.each([
		'تسلّمت القوات العراقية عند المنفذ عشرين عنصراً من التنظيم',
		'سلّمت قوات سوريا الديمقراطية الجانب العراقي عنصرين من داعش',
		'استلمت السلطات عنصراً فاراً من الجانب السوري'
	])('«%s» → handover', (text) => expect(typeOf(text)).toBe('handover'));
	it('near miss: a handover of goods or a post is no handover of captives', () => {
		expect(typeOf('تسلّمت القوات أبراج مراقبة جديدة عند المنفذ')).not.toBe('handover');
	});
});

describe('the attack of an air-landing raid is fought on the ground, whatever aircraft cover it', () => {
	it.each([
		'نفذت قوة خاصة عملية إنزال جوي بإسناد من طيران الجيش استهدفت مضافة للتنظيم في البادية',
		'استهدفت عملية إنزال نفذتها مروحيات التحالف وكراً لخلية في ريف الحسكة',
		'هاجمت قوة محمولة جواً، خلال إنزال جوي بمساندة الطائرات، مخبأً للمسلحين'
	])('«%s» → clash', (text) => expect(typeOf(text)).toBe('clash'));
	it('near miss: aircraft that target a hideout with no raid strike from the air', () => {
		expect(typeOf('استهدفت طائرات القوة الجوية مضافة للتنظيم في البادية')).toBe('airstrike');
	});
});
