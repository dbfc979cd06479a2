import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

// People caught who «crossed from the Syrian side», no unlawful manner said: an infiltration (with its arrests).
describe('caught after crossing from the other side', () => {
	it.each([
		'قوات حرس الحدود اعتقلت أربعة أشخاص عبروا من الجانب السوري قرب سنجار',
		'أوقف حرس الحدود شابين عبرا من سوريا إلى القضاء فجراً',
		'ألقت الدوريات القبض على سبعة أشخاص دخلوا من الأراضي العراقية ليلاً'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('infiltration');
	});
	it('a lawful crossing with no one caught is none', () => {
		expect(typeOf('عبروا من الجانب السوري إلى أراضيهم خلال العيد بعد موافقة السلطات')).toBeNull();
	});
	it('a column that entered is no infiltration', () => {
		expect(typeOf('دخل رتل للجيش من الجانب السوري واعتقل مطلوباً')).not.toBe('infiltration');
	});
});
