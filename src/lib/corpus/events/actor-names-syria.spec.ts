/**
 * Syria's forces before and after December 2024 and the SDF: sentences written for this file in the
 * styles of Syrian, Kurdish and opposition outlets, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';

const ids = (text: string, country: 'IQ' | 'SY' | null = 'SY') => findActors(text, 0, text.length, country).map((a) => a.id);

describe('Syrian forces and the SDF', () => {
	it.each([
		['داهمت قوات الأمن العام السورية منزلاً في البوكمال', 'syrian-government-forces'],
		['أعلنت إدارة الأمن العام في دير الزور', 'syrian-government-forces'],
		['قصف جيش النظام قرى في ريف دير الزور', 'syrian-government-forces'],
		['اشتبك عناصر من قوات الدفاع الوطني مع مهربين', 'syrian-government-forces'],
		['اعتقلت المخابرات الجوية شاباً', 'syrian-government-forces'],
		['ضبط فرع مكافحة المخدرات شحنة كبتاغون', 'syrian-interior-ministry'],
		['قال مصدر إن "قيادة الأمن الداخلي" في المحافظة أوقفت شاحنة', 'syrian-interior-ministry'],
		['شنت قوى الأمن الداخلي (الأسايش) حملة في مخيم الهول', 'sdf'],
		['استهدف هجوم نقطة لمجلس دير الزور العسكري في ذيبان', 'sdf'],
		['قتل مقاتل من وحدات حماية المرأة', 'sdf'],
		['اعتقلت الوحدات الكردية شباناً في الحسكة', 'sdf'],
		['اشتبكت قوات الصناديد مع خلية', 'sdf'],
		['هاجم مسلحون نقطة لـ YPG في منبج', 'sdf'],
		['ونفذت وحدات مكافحة الإرهاب عملية إنزال', 'sdf']
	])('«%s» → %s', (text, id) => expect(ids(text)).toContain(id));

	it('keeps «الأسايش» alone as the SDF and the Region\'s Asayish as Kurdistan\'s', () => {
		expect(ids('اعتقلت الأسايش ثلاثة أشخاص', 'IQ')).toEqual(['sdf']);
		expect(ids('اعتقلت أسايش السليمانية ثلاثة أشخاص', 'SY')).toEqual(['kurdistan-region']);
	});
});
