import { describe, expect, it } from 'vitest';
import { normalize, norm, stripTashkeel } from './normalize';

describe('normalize', () => {
	it('folds alef and hamza forms', () => {
		expect(norm('أبو')).toBe('ابو');
		expect(norm('إيران')).toBe('ايران');
		expect(norm('آمن')).toBe('امن');
		expect(norm('ٱلله')).toBe('الله');
		expect(norm('مؤتمر')).toBe('موتمر');
		expect(norm('إسرائيل')).toBe('اسراييل');
	});
	it('folds taa marbuta and alef maqsura', () => {
		expect(norm('سورية')).toBe('سوريه');
		expect(norm('ديالى')).toBe('ديالي');
	});
	it('drops tashkeel and tatweel', () => {
		expect(norm('القُصَيْر')).toBe('القصير');
		expect(norm('عمّان')).toBe('عمان');
		expect(norm('بغـــداد')).toBe('بغداد');
		expect(norm('طلبًا')).toBe('طلبا');
	});
	it('lower-cases Latin', () => {
		expect(norm('Albu Kamal')).toBe('albu kamal');
	});
	it('maps every normalised character back to its original index', () => {
		const src = 'في القُصَيْر اليوم';
		const n = normalize(src);
		expect(n.map).toHaveLength(n.text.length + 1);
		for (let i = 0; i < n.text.length; i++) expect(norm(src[n.map[i]])).toBe(n.text[i]);
		const at = n.text.indexOf('القصير');
		expect(src.slice(n.map[at], n.map[at + 'القصير'.length - 1] + 1)).toBe('القُصَيْر');
	});
	it('stripTashkeel keeps letters as written', () => {
		expect(stripTashkeel('القُصَيْر')).toBe('القصير');
		expect(stripTashkeel('أنقرة')).toBe('أنقرة');
	});
});
