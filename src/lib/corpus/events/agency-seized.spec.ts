import { describe, expect, it } from 'vitest';
import { typeOf } from './clause-testing';

describe('«ضبط الأمن العام» with a count after it is the agency seizing', () => {
	it.each([
		'ضبط الأمن العام نحو 200 ألف حبة كبتاغون داخل سيارة على أطراف منبج، واعتقل سائقها',
		'ضبط الأمن الداخلي 50 كغ من الحشيش في مستودع بريف حمص',
		'ضبط الأمن العام ثلاثة آلاف حبة مخدرة بحوزة شاب في المدينة'
	])('«%s»', (text) => {
		expect(typeOf(text)).toBe('drug-seizure');
	});
	it('keeping order stays no seizure', () => {
		expect(typeOf('تعمل الوحدات على ضبط الأمن العام في المدينة خلال العيد')).toBe(null);
	});
});
