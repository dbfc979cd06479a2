/**
 * Foreign states' forces: named by institution, by the ministry or command that speaks for them, or by
 * the nationality adjective on a weapon or unit. Sentences written for this file, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';

const ids = (text: string, country: 'IQ' | 'SY' | null = 'IQ') => findActors(text, 0, text.length, country).map((a) => a.id);

describe('foreign forces', () => {
	it.each([
		['قال البنتاغون إن قواته قتلت قيادياً', 'us-forces'],
		['أعلنت وزارة الدفاع الأمريكية استهداف مستودع', 'us-forces'],
		['أصيب جنديان أمريكيان في الهجوم', 'us-forces'],
		['مر رتل عسكري أميركي من معبر الوليد', 'us-forces'],
		['استهدفت مروحيات أمريكية سيارة', 'us-forces'],
		['ذكرت القيادة المركزية (سنتكوم) أن', 'us-forces'],
		['سقطت صواريخ قرب قاعدة أمريكية في الحسكة', 'us-forces'],
		['أعلنت عملية "العزم الصلب" مقتل', 'coalition'],
		['قالت وزارة الدفاع التركية إنها حيدت 5 إرهابيين', 'turkish-forces'],
		['قتل جنود أتراك في اشتباك', 'turkish-forces'],
		['أطلق الجندرما التركية النار على لاجئين', 'turkish-forces'],
		['نفذت الاستخبارات التركية عملية في القامشلي', 'turkish-forces'],
		['سيّرت الشرطة العسكرية الروسية دورية', 'russian-forces'],
		['قصف الطيران الحربي الإسرائيلي موقعاً', 'israeli-forces'],
		['أغار جيش الاحتلال على مطار', 'israeli-forces']
	])('«%s» → %s', (text, id) => expect(ids(text)).toContain(id));

	it('does not read a foreign ministry or its soldiers as the army of the article\'s country', () => {
		expect(ids('أعلنت وزارة الدفاع التركية', 'IQ')).toEqual(['turkish-forces']);
		expect(ids('قتل جندي أمريكي', 'SY')).toEqual(['us-forces']);
		expect(ids('سيّرت الشرطة العسكرية الروسية دورية', 'SY')).toEqual(['russian-forces']);
	});
	it('does not read where a weapon was made as who used it', () => {
		expect(ids('أسقطت الدفاعات طائرة مسيرة إيرانية الصنع')).toEqual([]);
		expect(ids('استهدفت مسيرة تركية الصنع سيارة')).toEqual([]);
		// Near miss: the adjective alone still names the force.
		expect(ids('استهدفت مسيرة تركية سيارة')).toEqual(['turkish-forces']);
	});
});
