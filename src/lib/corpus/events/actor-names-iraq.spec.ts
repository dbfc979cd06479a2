/**
 * Iraq's and the Kurdistan Region's forces: sentences written for this file in the styles of Iraqi,
 * Kurdish and Gulf outlets (names in construct, with clitics, inside quotes), and near misses.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';

const ids = (text: string, country: 'IQ' | 'SY' | null = 'IQ') => findActors(text, 0, text.length, country).map((a) => a.id);

describe('Iraqi and Kurdistan Region forces', () => {
	it.each([
		['أعلنت خلية الإعلام الأمني إسقاط طائرة مسيّرة', 'iraqi-security-forces'],
		['وجهت طائرات F-16 وطائرات اف-16 العراقية ضربة في وادي الشاي', 'iraqi-security-forces'],
		['نفذت فرقة الرد السريع عملية تفتيش في جزيرة سامراء', 'iraqi-security-forces'],
		['دمرت غارة جوية عراقية مضافة للإرهابيين', 'iraqi-security-forces'],
		['باشرت قطعات عسكرية عراقية عملية تمشيط', 'iraqi-army'],
		['تمكنت قوة من فرقة المشاة الخامسة عشرة من قتل إرهابي', 'iraqi-army'],
		['أعلنت قيادة عمليات غرب نينوى تدمير وكر', 'iraqi-army'],
		['اعتقلت مفارز الأمن الوطني متهماً في الموصل', 'iraqi-intelligence'],
		['أفاد بيان لجهاز الأمن الوطني العراقي باعتقال إرهابي', 'iraqi-intelligence'],
		['وبالتعاون مع شعبة الاستخبارات في الفرقة', 'iraqi-intelligence'],
		['اشتبكت قوة من الشرطة الاتحادية مع مسلحين', 'iraqi-police'],
		['قتل منتسب في فوج طوارئ شرطة كركوك', 'iraqi-police'],
		['وضبطت قيادة شرطة الأنبار شاحنة', 'iraqi-police'],
		['نفذت الفرقة الذهبية إنزالاً جوياً', 'iraqi-counter-terrorism'],
		['ضبط أفواج الحدود متسللين على الشريط الحدودي', 'iraqi-border-guards'],
		['أحبطت ألوية الحدود محاولة تسلل', 'iraqi-border-guards'],
		['أعلنت مديرية شؤون المخدرات ضبط حبوب', 'iraqi-narcotics'],
		['هاجم مسلحون نقطة لـ"الحشد العشائري" في الثرثار', 'pmf'],
		['تصدت قوة من لواء علي الأكبر لهجوم', 'pmf'],
		['انتشرت سرايا السلام في سامراء', 'pmf'],
		['قتل مقاتل من حشد الأنبار', 'pmf'],
		['استهدف قصف تركي مواقع بيشمركة في سيدكان', 'kurdistan-region'],
		['اعتقلت أسايش أربيل خلية', 'kurdistan-region'],
		['أعلنت وزارة البيشمركة مقتل اثنين من قواتها', 'kurdistan-region'],
		['قال مجلس أمن إقليم كردستان إن قواته اعتقلت', 'kurdistan-region']
	])('«%s» → %s', (text, id) => expect(ids(text)).toContain(id));

	it('reads the security forces, the Kurdish forces and «الأمن الوطني» by the country', () => {
		expect(ids('انتشرت القوات الأمنية في محيط القائم', 'IQ')).toEqual(['iraqi-security-forces']);
		expect(ids('انتشرت القوات الأمنية في محيط الميادين', 'SY')).toEqual(['syrian-government-forces']);
		expect(ids('تقدمت القوات الكردية نحو القرية', 'IQ')).toEqual(['kurdistan-region']);
		expect(ids('تقدمت القوات الكردية نحو القرية', 'SY')).toEqual(['sdf']);
		// «الأمن الوطني» is a Syrian body of no id: left out, not read as Iraqi intelligence.
		expect(ids('اجتمع مسؤولون من الأمن الوطني', 'SY')).toEqual([]);
	});
	it('does not read «قوات الجيش السوري» as the Iraqi army, nor «وزارة الدفاع العراقية» as the security forces', () => {
		expect(ids('قصفت قوات الجيش السوري البلدة', 'IQ')).toEqual(['syrian-government-forces']);
		expect(ids('أعلنت وزارة الدفاع العراقية', 'SY')).toEqual(['iraqi-army']);
	});
	it('lets the adjective after a shared name decide over the article\'s country', () => {
		expect(ids('سلّمت القوات الأمنية السورية المطلوبين', 'IQ')).toEqual(['syrian-government-forces']);
		expect(ids('قوة أمنية عراقية', 'SY')).toEqual(['iraqi-security-forces']);
	});
});
